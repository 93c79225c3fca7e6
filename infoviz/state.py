"""The session: the one QObject between the Qt widgets and the pure model.

Widgets never change a distribution themselves: they call an intent here ("set bar 3 of
q to 0.4", "load a preset", "undo"), the state asks :mod:`infoviz.model` for the new
values, stores them, and emits :attr:`AppState.changed` once. Every edit is a command on
the :class:`QUndoStack`, so undo works the same way for a drag, a typed value, a preset or
a new bin count.
"""
from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from . import model
from .model.labels import check_label
from .model.presets import get_preset
from .model.rebin import MAX_BINS, check_bins, default_labels, random_distribution, rebin
from .model.summary import Summary, summarize
from .attr_lookup import plain_attribute_lookup

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

WHICH = ("p", "q")


@dataclass(frozen=True)
class Snapshot:
    """Everything an undo step restores: both distributions (with locks), labels, preset."""

    p: model.Distribution
    q: model.Distribution
    labels: tuple
    preset: str | None = None
    logits: tuple | None = None
    temperature: float = 1.0


class _SnapshotCommand(QUndoCommand):
    """An undo step that swaps between two snapshots of the state."""

    def __init__(self, state: "AppState", before: Snapshot, after: Snapshot, text: str):
        super().__init__(text)
        self._state, self._before, self._after = state, before, after

    def redo(self):
        self._state._restore(self._after)

    def undo(self):
        self._state._restore(self._before)


@plain_attribute_lookup  # see infoviz.attr_lookup: a hot path
class AppState(QObject):
    """The session shown in the window.

    Attributes
    ----------
    changed : Signal()
        Emitted once per change of p, q, labels, locks, unit or preset (once per drag
        frame while dragging).
    selection_changed : Signal()
        The selected bar (for the keyboard) changed.
    drag_started, drag_finished : Signal(str)
        A drag of distribution ``"p"`` or ``"q"`` began or ended.
    undo_stack : QUndoStack
        One command per user action; a whole drag is one command.
    """

    changed = Signal()
    selection_changed = Signal()
    drag_started = Signal(str)
    drag_finished = Signal(str)

    def __init__(self, parent: QObject | None = None, preset: str = "default"):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._unit = "bits"
        self._summary: Summary | None = None
        self._drag = None  # (which, index, base Distribution, snapshot before) while dragging
        self._batch = None  # snapshot before a batched interaction (logit drag, ...)
        self._selected: tuple[str, int] | None = ("q", 0)
        self._rng = np.random.default_rng()
        pre = get_preset(preset)
        self._snap = Snapshot(model.Distribution(pre.p, name="p"), model.Distribution(pre.q, name="q"),
                              tuple(pre.labels), pre.name)

    # -- reading ---------------------------------------------------------------------
    @property
    def p(self) -> np.ndarray:
        """The true distribution p, as a read-only copy."""
        return self._frozen_copy(self._snap.p.probs)

    @property
    def q(self) -> np.ndarray:
        """The model distribution q, as a read-only copy."""
        return self._frozen_copy(self._snap.q.probs)

    @staticmethod
    def _frozen_copy(arr: np.ndarray) -> np.ndarray:
        out = arr.copy()
        out.setflags(write=False)
        return out

    def dist(self, which: str) -> model.Distribution:
        """The :class:`~infoviz.model.Distribution` for ``"p"`` or ``"q"`` (with its locks)."""
        return getattr(self._snap, self._check_which(which))

    @property
    def n_bins(self) -> int:
        """How many outcomes p and q have."""
        return len(self._snap.p)

    @property
    def labels(self) -> tuple:
        """The outcome labels shown under both histograms."""
        return self._snap.labels

    @property
    def unit(self) -> str:
        """``"bits"`` or ``"nats"``: every readout and plot follows it."""
        return self._unit

    @property
    def preset(self) -> str | None:
        """The name of the preset the session came from, or None once edited away from it."""
        return self._snap.preset

    @property
    def logits(self) -> tuple | None:
        """The logits q was made from by :meth:`set_q_logits`, or None."""
        return self._snap.logits

    @property
    def temperature(self) -> float:
        """The temperature of the last :meth:`set_q_logits`."""
        return self._snap.temperature

    @property
    def snapshot(self) -> Snapshot:
        """The current state, as an immutable snapshot (for lessons and tests)."""
        return self._snap

    @property
    def summary(self) -> Summary:
        """All six measures and their per-bin terms, computed once per change."""
        if self._summary is None:
            self._summary = summarize(self._snap.p.probs, self._snap.q.probs, self._unit)
        return self._summary

    @property
    def dragging(self) -> str | None:
        """``"p"`` or ``"q"`` while a drag is in progress, else None."""
        return self._drag[0] if self._drag else None

    @property
    def selected(self) -> tuple[str, int] | None:
        """The bar the keyboard acts on, as (which, index)."""
        return self._selected

    # -- whole-distribution edits ----------------------------------------------------
    def set_p(self, values) -> None:
        """Set the whole of p (validated; same bin count; one undo step)."""
        self._set_whole("p", values)

    def set_q(self, values) -> None:
        """Set the whole of q (validated; same bin count; one undo step)."""
        self._set_whole("q", values)

    def _set_whole(self, which: str, values) -> None:
        d = self.dist(which).with_probs(values)
        self._commit(replace(self._snap, **{which: d}, preset=None, logits=None),
                     translate("AppState", "Set %s") % which)

    def set_bar(self, which: str, index: int, value: float) -> None:
        """Set one bar exactly (a typed value); the others rescale. One undo step.

        Raises ``ValueError`` (and changes nothing) if the value is not a probability or
        the bar is locked.
        """
        d = self.dist(which).with_bar(index, value)
        self._commit(replace(self._snap, **{which: d}, preset=None, logits=None),
                     translate("AppState", "Set %s[%d]") % (which, index))

    def nudge(self, which: str, index: int, delta: float) -> None:
        """Move one bar by `delta` (keyboard ↑/↓); one undo step."""
        d = self.dist(which).nudged(index, delta)
        self._commit(replace(self._snap, **{which: d}, preset=None, logits=None),
                     translate("AppState", "Nudge %s[%d]") % (which, index))

    def set_lock(self, which: str, index: int, locked: bool) -> None:
        """Lock or unlock one bar; a locked bar keeps its value when others are dragged."""
        d = self.dist(which).with_lock(index, locked)
        self._commit(replace(self._snap, **{which: d}),
                     (translate("AppState", "Lock %s[%d]") if locked else translate("AppState", "Unlock %s[%d]")) % (which, index))

    def toggle_lock(self, which: str, index: int) -> None:
        """Lock the bar if it is free, free it if it is locked."""
        self.set_lock(which, index, not self.dist(which).is_locked(index))

    def swap(self) -> None:
        """Swap p and q (locks travel with the values)."""
        s = self._snap
        self._commit(replace(s, p=model.Distribution(s.q.probs, s.q.locked, "p"),
                             q=model.Distribution(s.p.probs, s.p.locked, "q"), preset=None, logits=None),
                     translate("AppState", "Swap p and q"))

    def copy(self, source: str, target: str) -> None:
        """Copy the values of `source` into `target` ("p" → "q" or "q" → "p")."""
        values = self.dist(source).probs
        d = model.Distribution(values, (), self._check_which(target))
        self._commit(replace(self._snap, **{target: d}, preset=None, logits=None),
                     translate("AppState", "Copy %s to %s") % (source, target))

    def reset_uniform(self, which: str | None = None) -> None:
        """Make `which` (or both, when None) uniform and unlocked."""
        n = self.n_bins
        targets = WHICH if which is None else (self._check_which(which),)
        parts = {w: model.Distribution(model.uniform(n), (), w) for w in targets}
        self._commit(replace(self._snap, **parts, preset=None, logits=None), translate("AppState", "Reset to uniform"))

    def randomise(self, which: str | None = None) -> None:
        """Draw `which` (or both) at random, every bar positive, locks cleared."""
        n = self.n_bins
        targets = WHICH if which is None else (self._check_which(which),)
        parts = {w: model.Distribution(random_distribution(n, self._rng), (), w) for w in targets}
        self._commit(replace(self._snap, **parts, preset=None, logits=None), translate("AppState", "Randomise"))

    def set_bins(self, n: int, *, limit: int | None = MAX_BINS) -> None:
        """Give p and q `n` bins (2 ≤ n ≤ 50): their mass is re-binned, so their shape
        carries over; labels become A, B, C...; locks are cleared. One undo step.

        `limit` may be lifted by the benchmark to measure 1000 bins.
        """
        if limit is not None:
            n = check_bins(n)
        elif isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2:
            raise ValueError(f"the number of bins must be a whole number ≥ 2, got {n!r}")
        n = int(n)
        p = rebin(self._snap.p.probs, n, limit=None)
        q = rebin(self._snap.q.probs, n, limit=None)
        self._commit(Snapshot(model.Distribution(p, name="p"), model.Distribution(q, name="q"),
                              default_labels(n)), translate("AppState", "%d bins") % n)

    def set_label(self, index: int, text: str) -> None:
        """Rename outcome `index` (shown under both histograms)."""
        label = check_label(text, f"label {index}")
        if not 0 <= index < self.n_bins:
            raise ValueError(f"bar {index} does not exist; there are {self.n_bins} bars")
        labels = list(self._snap.labels)
        labels[index] = label
        self._commit(replace(self._snap, labels=tuple(labels)), translate("AppState", "Rename outcome"))

    def set_q_logits(self, logits, temperature: float = 1.0) -> None:
        """q becomes softmax(logits / temperature); same length as q. Undoable (one step,
        or one step for a whole batch, see :meth:`batch`)."""
        values = model.softmax(logits, temperature)
        if values.size != self.n_bins:
            raise ValueError(f"got {values.size} logits for {self.n_bins} bins")
        d = model.Distribution(values, (), "q")
        self._commit(replace(self._snap, q=d, preset=None,
                             logits=tuple(float(x) for x in np.asarray(logits, float)),
                             temperature=float(temperature)), translate("AppState", "Set logits"))

    def load_preset(self, name: str) -> None:
        """Load a preset of the lecture by name (see :func:`infoviz.model.preset_names`)."""
        pre = get_preset(name)
        snap = Snapshot(model.Distribution(pre.p, name="p"), model.Distribution(pre.q, name="q"),
                        tuple(pre.labels), pre.name)
        self._commit(snap, translate("AppState", "Preset %s") % name)
        if pre.unit:
            self.set_unit(pre.unit)

    def restore(self, snapshot: Snapshot, text: str = "") -> None:
        """Make `snapshot` current as one undo step (used by lessons and session loading)."""
        self._commit(snapshot, text or translate("AppState", "Restore"))

    # -- session files ----------------------------------------------------------------
    def to_session(self):
        """The current session as a validated :class:`~infoviz.model.session.Session`."""
        from .model.session import Session
        s = self._snap
        return Session(p=tuple(s.p.probs), q=tuple(s.q.probs), labels=s.labels,
                       locked_p=s.p.locked, locked_q=s.q.locked, unit=self._unit, preset=s.preset,
                       logits=s.logits, temperature=s.temperature)

    def save(self, path) -> None:
        """Write the session to `path` as versioned JSON, atomically (temporary file, then
        rename): a crash never leaves a half-written file."""
        from .model.session import save_session_atomic
        save_session_atomic(path, self.to_session())

    def load(self, path) -> None:
        """Replace the session with the file at `path` (one undo step).

        Raises ``ValueError`` (``SessionError``) for a malformed file and ``OSError`` for
        one that cannot be read; in both cases the state is untouched.
        """
        from .model.session import load_session
        self.apply_session(load_session(path))

    def apply_session(self, session) -> None:
        """Make a validated Session current (one undo step; the unit follows)."""
        snap = Snapshot(model.Distribution(session.p, session.locked_p, "p"),
                        model.Distribution(session.q, session.locked_q, "q"),
                        tuple(session.labels), session.preset, session.logits, session.temperature)
        self._commit(snap, translate("AppState", "Open session"))
        self.set_unit(session.unit)

    # -- view settings (not undo steps) ---------------------------------------------
    def set_unit(self, unit: str) -> None:
        """Show every measure in ``"bits"`` or ``"nats"``."""
        unit = model.check_unit(unit)
        if unit != self._unit:
            self._unit = unit
            self._summary = None
            self.changed.emit()

    def toggle_unit(self) -> None:
        """Switch between bits and nats."""
        self.set_unit("nats" if self._unit == "bits" else "bits")

    def select(self, which: str, index: int) -> None:
        """Select the bar the keyboard acts on."""
        which = self._check_which(which)
        index = int(index) % self.n_bins
        if self._selected != (which, index):
            self._selected = (which, index)
            self.selection_changed.emit()

    # -- dragging: live changes, one undo step at the end ------------------------------
    def begin_drag(self, which: str, index: int) -> bool:
        """Start dragging bar `index` of `which`; False (and nothing starts) if locked."""
        which = self._check_which(which)
        d = self.dist(which)
        if d.is_locked(index):
            return False
        if self._drag is not None:
            self.end_drag()
        self._drag = (which, int(index), d, self._snap)
        self.select(which, index)
        self.drag_started.emit(which)
        return True

    def drag_to(self, value: float) -> None:
        """Move the dragged bar to `value` (clamped to [0, 1]); emits :attr:`changed`.

        Every frame starts from the distribution at the start of the drag, so dragging a
        bar to 1 and back restores the other bars' ratios instead of losing them.
        """
        if self._drag is None:
            return
        which, index, base, _ = self._drag
        v = float(value)
        if not math.isfinite(v):
            return
        v = min(1.0, max(0.0, v))
        new = base.with_bar(index, v)
        if new == getattr(self._snap, which):
            return
        self._snap = replace(self._snap, **{which: new}, preset=None, logits=None)
        self._summary = None
        self.changed.emit()

    def end_drag(self) -> None:
        """Finish the drag: push one undo step if anything changed."""
        if self._drag is None:
            return
        which, _, _, before = self._drag
        self._drag = None
        after = self._snap
        if after != before:
            self._push(before, after, translate("AppState", "Drag %s") % which)
        self.drag_finished.emit(which)

    def cancel_drag(self) -> None:
        """Abandon the drag (Escape): restore the state from before it."""
        if self._drag is None:
            return
        which, _, _, before = self._drag
        self._drag = None
        self._restore(before)
        self.drag_finished.emit(which)

    @contextlib.contextmanager
    def batch(self, text: str = ""):
        """Group every change made inside into one undo step (a logit or temperature
        drag): the views update live, the undo stack gets one command at the end."""
        if self._batch is not None:  # nested: the outer batch records everything
            yield
            return
        self._batch = self._snap
        try:
            yield
        finally:
            before, self._batch = self._batch, None
            if self._snap != before:
                self._push(before, self._snap, text or translate("AppState", "Edit"))

    # -- internals --------------------------------------------------------------------
    def _commit(self, after: Snapshot, text: str) -> None:
        if self._drag is not None:
            self.end_drag()
        if after == self._snap:
            return
        if self._batch is not None:
            self._restore(after)
            return
        self._push(self._snap, after, text)

    def _push(self, before: Snapshot, after: Snapshot, text: str) -> None:
        # QUndoStack.push calls redo(), which restores `after` (a no-op if already current).
        self.undo_stack.push(_SnapshotCommand(self, before, after, text))

    def _restore(self, snap: Snapshot) -> None:
        if snap == self._snap:
            return
        resized = len(snap.p) != len(self._snap.p)
        self._snap = snap
        self._summary = None
        if resized and self._selected is not None:
            self._selected = (self._selected[0], min(self._selected[1], len(snap.p) - 1))
            self.selection_changed.emit()
        self.changed.emit()

    @staticmethod
    def _check_which(which: str) -> str:
        if which not in WHICH:
            raise ValueError(f"which must be 'p' or 'q', got {which!r}")
        return which
