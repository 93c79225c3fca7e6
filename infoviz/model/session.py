"""A session (what is on screen: p, q, labels, locks, unit) and its JSON file format.

File format, version 1 (UTF-8 JSON, one object)::

    {
      "format": "infoviz-session",
      "version": 1,
      "unit": "bits",
      "labels": ["A", "B", "C"],
      "p": [0.5, 0.3, 0.2],
      "q": [0.2, 0.3, 0.5],
      "locked_p": [],
      "locked_q": [1],
      "preset": null,
      "logits": null,
      "temperature": 1.0
    }

Required keys: ``format``, ``version``, ``p``, ``q``. Optional: ``labels`` (default A, B,
C, ... or 1..n), ``unit`` (``"bits"``), ``locked_p`` / ``locked_q`` (``[]``), ``preset``
(``null`` or a known preset name: where the session started), ``logits`` (``null`` or one
finite number per bin: the softmax panel's inputs; ``q`` stays authoritative and is not
recomputed from them) and ``temperature`` (a finite number > 0, default 1.0).

Rules (decisions):

- Nothing is normalised silently: p and q must each sum to 1 within 1e-9.
- Unknown keys are refused, not ignored: a typo such as ``"lables"`` would otherwise drop
  data without a word. A future format that adds keys bumps ``version``.
- A UTF-8 byte-order mark is accepted; UTF-16/UTF-32 are refused with a message saying so.
- ``NaN``/``Infinity`` literals, numbers that overflow to infinity, duplicate keys,
  booleans or strings where numbers belong, and files over :data:`MAX_FILE_BYTES` (checked
  before parsing) are refused. Every refusal is a :class:`SessionError` (a ``ValueError``)
  whose message says what is wrong and in which field; an unreadable file raises
  ``OSError``.
"""
from __future__ import annotations

import json
import math
import numbers
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import _strictjson as sj
from .presets import (DEFAULT_PRESET, MAX_BINS, PRESETS, check_bin_count, check_labels,
                      default_labels, get_preset)
from .validation import as_probabilities, check_unit

#: The session file format this app writes and reads.
SESSION_FORMAT = "infoviz-session"
SESSION_VERSION = 1

#: Files larger than this are refused before they are parsed.
MAX_FILE_BYTES = sj.MAX_FILE_BYTES

_REQUIRED = ("format", "version", "p", "q")
_OPTIONAL = ("unit", "labels", "locked_p", "locked_q", "preset", "logits", "temperature")
_OTHER_FORMATS = {"infoviz-lesson": "an infoviz lesson file"}


class SessionError(ValueError):
    """A session (file or value) is malformed; the message says what and where."""


def _field(name: str, exc: Exception) -> SessionError:
    msg = str(exc)
    named = msg.startswith((f"'{name}'", f"{name}[", f"{name} "))
    return SessionError(msg if named else f"'{name}': {msg}")


def _locks(value, n: int, name: str) -> frozenset:
    if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
        raise SessionError(f"'{name}' must be a list of bar indices, got {sj.kind(value)}")
    if hasattr(value, "__len__") and len(value) > n:
        raise SessionError(f"'{name}' lists {len(value)} bars but there are only {n}")
    seen = set()
    for k, i in enumerate(value):
        if isinstance(i, (bool, np.bool_)) or not isinstance(i, numbers.Integral):
            raise SessionError(f"{name}[{k}] is {sj.kind(i)}; expected a bar index (an integer)")
        i = int(i)
        if not 0 <= i < n:
            raise SessionError(f"{name}[{k}] is {i}; bars are numbered 0..{n - 1}")
        if i in seen:
            raise SessionError(f"'{name}' lists bar {i} twice")
        seen.add(i)
    return frozenset(seen)


@dataclass(frozen=True)
class Session:
    """Everything a session file holds, validated on construction (``SessionError``).

    Attributes
    ----------
    p, q : tuple of float
        The true and predicted distributions: same length, 2..50 bins, each a probability
        vector summing to 1 within 1e-9 (never normalised silently).
    labels : tuple of str
        One label per bin, at most 40 characters of plain text each; ``None`` on
        construction gives :func:`~infoviz.model.presets.default_labels`.
    locked_p, locked_q : frozenset of int
        Indices of locked bars.
    unit : str
        ``"bits"`` or ``"nats"``.
    preset : str or None
        The preset the session started from, if any (must be a known name).
    logits : tuple of float or None
        The softmax panel's logits, one per bin; q is not recomputed from them.
    temperature : float
        The softmax temperature, finite and > 0.

    Use :func:`dataclasses.replace` for a changed copy; it validates again.
    """

    p: tuple
    q: tuple
    labels: tuple | None = None
    locked_p: frozenset = frozenset()
    locked_q: frozenset = frozenset()
    unit: str = "bits"
    preset: str | None = None
    logits: tuple | None = None
    temperature: float = 1.0

    def __post_init__(self):
        probs = {}
        for name in ("p", "q"):
            try:
                values = sj.number_list(getattr(self, name), name, MAX_BINS)
                check_bin_count(len(values), name)
                probs[name] = as_probabilities(values, name)
            except SessionError:
                raise
            except ValueError as exc:
                raise _field(name, exc) from None
        n = probs["p"].size
        if probs["q"].size != n:
            raise SessionError(f"p has {n} entries but q has {probs['q'].size}; "
                               "they must describe the same outcomes")
        set_ = object.__setattr__
        set_(self, "p", tuple(float(x) for x in probs["p"]))
        set_(self, "q", tuple(float(x) for x in probs["q"]))
        labels = default_labels(n) if self.labels is None else self.labels
        try:
            set_(self, "labels", check_labels(labels, n))
        except ValueError as exc:
            raise _field("labels", exc) from None
        set_(self, "locked_p", _locks(self.locked_p, n, "locked_p"))
        set_(self, "locked_q", _locks(self.locked_q, n, "locked_q"))
        try:
            check_unit(self.unit)
        except ValueError as exc:
            raise _field("unit", exc) from None
        if self.preset is not None and (not isinstance(self.preset, str)
                                        or self.preset not in PRESETS):
            shown = sj.kind(self.preset)
            raise SessionError(f"'preset' is {shown}, not a known preset; known presets: "
                               + ", ".join(PRESETS))
        if self.logits is not None:
            try:
                logits = sj.number_list(self.logits, "logits", MAX_BINS)
            except ValueError as exc:
                raise _field("logits", exc) from None
            if len(logits) != n:
                raise SessionError(f"'logits' has {len(logits)} entries but there are {n} "
                                   "bins; give one logit per bin")
            set_(self, "logits", logits)
        t = self.temperature
        if isinstance(t, (bool, np.bool_)) or not isinstance(t, numbers.Real) \
                or not math.isfinite(float(t)) or float(t) <= 0:
            raise SessionError(f"'temperature' is {sj.kind(t)}; it must be a finite number > 0")
        set_(self, "temperature", float(t))

    @property
    def n_bins(self) -> int:
        """The number of bins (outcomes)."""
        return len(self.p)


def session_from_preset(name: str, unit: str | None = None) -> Session:
    """A fresh session holding preset `name` (no locks, no logits). The unit is `unit`,
    else the preset's own, else bits. Unknown name: ``ValueError`` listing the known ones."""
    preset = get_preset(name)
    return Session(p=preset.p, q=preset.q, labels=preset.labels,
                   unit=unit or preset.unit or "bits", preset=preset.name)


def default_session() -> Session:
    """The session the app opens with: the ``"default"`` preset, in bits."""
    return session_from_preset(DEFAULT_PRESET)


# -- writing ----------------------------------------------------------------------------
def session_to_dict(session: Session) -> dict:
    """The JSON object of `session` (format and version first)."""
    if not isinstance(session, Session):
        raise TypeError(f"expected a Session, got {type(session).__name__}")
    return {
        "format": SESSION_FORMAT,
        "version": SESSION_VERSION,
        "unit": session.unit,
        "labels": list(session.labels),
        "p": list(session.p),
        "q": list(session.q),
        "locked_p": sorted(session.locked_p),
        "locked_q": sorted(session.locked_q),
        "preset": session.preset,
        "logits": None if session.logits is None else list(session.logits),
        "temperature": session.temperature,
    }


def to_json(session: Session) -> str:
    """`session` as pretty JSON text (one key per line, each list on one line, non-ASCII
    labels kept as they are: write it as UTF-8). Floats are written with ``repr``, so
    :func:`parse_session` gives back an equal session."""
    obj = session_to_dict(session)
    dump = lambda v: json.dumps(v, ensure_ascii=False, allow_nan=False,  # noqa: E731
                                separators=(", ", ": "))
    body = ",\n".join(f"  {dump(k)}: {dump(v)}" for k, v in obj.items())
    return "{\n" + body + "\n}\n"


def save_session_atomic(path, session: Session) -> None:
    """Write `session` to `path` atomically: a new temporary file in the same directory is
    written in full and fsynced, then renamed over `path` with ``os.replace`` (and the
    directory fsynced, so the rename survives a power cut).

    On any failure the temporary file is removed, the old file (if any) is left exactly as
    it was, and the exception propagates (``OSError`` for disk errors). A symlink at `path`
    is followed, so the file it points to is replaced. A new file gets the usual
    permissions (0666 minus the umask); an existing one keeps its mode.
    """
    data = to_json(session).encode("utf-8")
    target = Path(os.path.realpath(os.fspath(path)))
    directory = target.parent
    try:
        keep_mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        keep_mode = None
    fd, tmp = _create_temp(directory, target.name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:
                    raise OSError(f"could not write {tmp}: write returned {written}")
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_mode is not None:
            try:
                os.chmod(tmp, keep_mode)
            except OSError:
                pass  # the new file keeps the usual permissions rather than fail the save
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_directory(directory)


def _create_temp(directory: Path, name: str):
    """A new, exclusively created file beside the target: ``(fd, path)``.

    Like ``tempfile.mkstemp`` (O_EXCL, random name, not inherited by child processes), but
    created with mode 0666 so the kernel applies the umask: a saved session gets the same
    permissions as any file the user creates, with no process-wide ``os.umask`` juggling.
    """
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    for _ in range(100):
        tmp = directory / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file in {directory}")


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); best effort elsewhere."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        dfd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


# -- reading ----------------------------------------------------------------------------
def parse_session(data) -> Session:
    """The :class:`Session` in `data` (JSON text, or UTF-8 bytes), or :class:`SessionError`
    naming the problem and the field."""
    try:
        text = sj.decode_text(data, "session")
        obj = sj.loads(text, "session")
    except sj.Refused as exc:
        raise SessionError(str(exc)) from None
    return session_from_dict(obj)


def session_from_dict(obj) -> Session:
    """Validate a parsed JSON object (format, version, keys, types) into a Session."""
    try:
        sj.check_format_version(obj, SESSION_FORMAT, SESSION_VERSION, "session",
                                _OTHER_FORMATS)
        sj.check_keys(obj, _REQUIRED, _OPTIONAL, "the session")
    except ValueError as exc:
        raise SessionError(str(exc)) from None
    for name in ("p", "q"):
        try:
            sj.number_list(obj[name], name, MAX_BINS)
        except ValueError as exc:
            raise _field(name, exc) from None
    labels = obj.get("labels")
    if "labels" in obj and not isinstance(labels, list):
        raise SessionError(f"'labels' must be a list of strings, got {sj.kind(labels)}")
    for name in ("locked_p", "locked_q"):
        if name in obj and not isinstance(obj[name], list):
            raise SessionError(f"'{name}' must be a list of bar indices, "
                               f"got {sj.kind(obj[name])}")
    unit = obj.get("unit", "bits")
    if not isinstance(unit, str):
        raise SessionError(f"'unit' must be \"bits\" or \"nats\", got {sj.kind(unit)}")
    logits = obj.get("logits")
    if logits is not None and not isinstance(logits, list):
        raise SessionError(f"'logits' must be null or a list of numbers, got {sj.kind(logits)}")
    return Session(p=obj["p"], q=obj["q"], labels=labels,
                   locked_p=obj.get("locked_p", []), locked_q=obj.get("locked_q", []),
                   unit=unit, preset=obj.get("preset"), logits=logits,
                   temperature=obj.get("temperature", 1.0))


def load_session(path) -> Session:
    """Read and parse the session file at `path`.

    At most ``MAX_FILE_BYTES + 1`` bytes are read (the size is checked with ``os.stat``
    first). Raises :class:`SessionError` for a malformed, too large or non-regular file and
    ``OSError`` for one that cannot be read.
    """
    try:
        data = sj.read_bounded(path, "session")
    except sj.Refused as exc:
        raise SessionError(str(exc)) from None
    return parse_session(data)

