"""An immutable probability vector, and the rules for changing one bar at a time.

The drag rule a lecturer expects: the bar under the pointer becomes exactly the value
asked for; locked bars keep theirs; the other (free) bars share what is left in the
ratios they had, or equally when they were all zero.
"""
from __future__ import annotations

import numpy as np

from .validation import as_float_vector, as_probabilities

#: Keyboard nudge steps: arrow keys, and with Shift.
NUDGE_SMALL = 0.01
NUDGE_LARGE = 0.1


def normalize(weights) -> np.ndarray:
    """Rescale non-negative weights so that they sum to 1.

    This is the one explicit place where the app turns weights into probabilities: no
    measure normalises silently (unlike ``scipy.stats.entropy``).

    Raises
    ------
    ValueError
        If a weight is negative or not finite, or all weights are zero.
    """
    w = as_float_vector(weights, "weights")
    neg = w < 0
    if neg.any():
        i = int(np.argmax(neg))
        raise ValueError(f"weights[{i}] is {w[i]:g}; weights must be non-negative")
    with np.errstate(over="ignore"):  # an overflowing sum is handled below
        total = float(w.sum())
    if total <= 0:
        raise ValueError("weights are all zero; there is nothing to normalise")
    if not np.isfinite(total):
        w = w / w.max()  # huge but finite weights: scale first so the sum does not overflow
        total = float(w.sum())
    return w / total


def uniform(n: int) -> np.ndarray:
    """The uniform distribution over `n` outcomes."""
    n = _check_count(n)
    return np.full(n, 1.0 / n)


def empirical(samples, n_bins: int) -> np.ndarray:
    """The empirical distribution of integer `samples` over outcomes 0..n_bins-1."""
    n_bins = _check_count(n_bins, minimum=1)
    s = np.asarray(samples)
    if s.ndim != 1 or s.size == 0:
        raise ValueError("samples must be a non-empty 1-D sequence of outcome indices")
    if s.dtype.kind not in "iu":
        raise ValueError(f"samples must be integer outcome indices, got {s.dtype.name}")
    bad = (s < 0) | (s >= n_bins)
    if bad.any():
        i = int(np.argmax(bad))
        raise ValueError(f"samples[{i}] is {int(s[i])}; outcomes are 0..{n_bins - 1}")
    return np.bincount(s, minlength=n_bins) / s.size


def _check_count(n, minimum: int = 1) -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise ValueError(f"a number of outcomes must be an integer, got {n!r}")
    if n < minimum:
        raise ValueError(f"a number of outcomes must be at least {minimum}, got {n}")
    return int(n)


class Distribution:
    """An immutable, validated probability vector with optional locked bars.

    Parameters
    ----------
    probs : sequence of float
        Finite values in [0, 1] summing to 1 within 1e-9.
    locked : iterable of int, optional
        Indices of bars that :meth:`with_bar` never changes.
    name : str
        Used in error messages ("q[2] is -0.1; ...").

    Attributes
    ----------
    probs : numpy.ndarray
        A read-only copy of the probabilities.
    locked : frozenset of int
        The locked bar indices.
    """

    __slots__ = ("_probs", "_locked", "name")

    def __init__(self, probs, locked=(), name: str = "p"):
        arr = as_probabilities(probs, name)
        arr.setflags(write=False)
        self._probs = arr
        self.name = name
        locked_set = set()
        for i in locked:
            locked_set.add(self._check_index(i))
        self._locked = frozenset(locked_set)

    # -- reading ---------------------------------------------------------------------
    @property
    def probs(self) -> np.ndarray:
        """The probabilities, as a read-only numpy array."""
        return self._probs

    @property
    def locked(self) -> frozenset:
        """Indices of locked bars."""
        return self._locked

    def __len__(self) -> int:
        return self._probs.size

    def __eq__(self, other) -> bool:
        return (isinstance(other, Distribution) and np.array_equal(self._probs, other._probs)
                and self._locked == other._locked)

    def __hash__(self):
        return hash((self._probs.tobytes(), self._locked))

    def __repr__(self) -> str:
        locks = f", locked={sorted(self._locked)}" if self._locked else ""
        return f"Distribution({np.array2string(self._probs, precision=4)}{locks})"

    def is_locked(self, i: int) -> bool:
        """Whether bar `i` is locked."""
        return self._check_index(i) in self._locked

    def free_mass(self, i: int) -> float:
        """The most bar `i` can hold: 1 minus the locked bars other than `i`."""
        i = self._check_index(i)
        others = [j for j in self._locked if j != i]
        return max(0.0, 1.0 - float(self._probs[others].sum())) if others else 1.0

    # -- changing (every method returns a new Distribution) ----------------------------
    def with_bar(self, i: int, value: float) -> "Distribution":
        """A new distribution in which bar `i` is exactly `value` (clamped to what the
        locked bars leave), locked bars keep their values, and the other bars share the
        rest in their current ratios (equally if they are all zero).

        Raises
        ------
        ValueError
            If `i` is out of range, bar `i` is locked, or `value` is not a finite number
            in [0, 1].
        """
        i = self._check_index(i)
        if i in self._locked:
            raise ValueError(f"{self.name}[{i}] is locked; unlock it to change it")
        v = _check_value(value, f"{self.name}[{i}]")
        n = self._probs.size
        free = np.ones(n, bool)
        free[i] = False
        lock_idx = np.fromiter(self._locked, int, len(self._locked))
        free[lock_idx] = False
        locked_sum = float(self._probs[lock_idx].sum()) if lock_idx.size else 0.0
        room = max(0.0, 1.0 - locked_sum)
        new = self._probs.copy()
        if not free.any():
            new[i] = room  # every other bar is locked: the dragged bar holds what is left
        else:
            v = min(v, room)
            new[i] = v
            rest = room - v
            weights = self._probs[free]
            total = float(weights.sum())
            new[free] = rest * (weights / total) if total > 0 else rest / free.sum()
        return Distribution._trusted(new, self._locked, self.name)

    def nudged(self, i: int, delta: float) -> "Distribution":
        """Bar `i` moved by `delta` (clamped to [0, 1]), the rest rescaled as in
        :meth:`with_bar`. The keyboard's ↑/↓ use :data:`NUDGE_SMALL` and, with Shift,
        :data:`NUDGE_LARGE`."""
        i = self._check_index(i)
        d = _check_finite(delta, "a nudge")
        return self.with_bar(i, min(1.0, max(0.0, float(self._probs[i]) + d)))

    def with_lock(self, i: int, locked: bool = True) -> "Distribution":
        """The same probabilities with bar `i` locked (or unlocked)."""
        i = self._check_index(i)
        locks = set(self._locked)
        (locks.add if locked else locks.discard)(i)
        return Distribution._trusted(self._probs, frozenset(locks), self.name)

    def with_probs(self, probs) -> "Distribution":
        """New probabilities of the same length, keeping the locks."""
        arr = as_probabilities(probs, self.name)
        if arr.size != self._probs.size:
            raise ValueError(f"{self.name} has {self._probs.size} bins; got {arr.size} values")
        return Distribution(arr, self._locked, self.name)

    # -- internals --------------------------------------------------------------------
    @classmethod
    def _trusted(cls, arr: np.ndarray, locked, name: str) -> "Distribution":
        """Build from an array this module computed (already valid): skips re-validation,
        which matters on the drag path at 1000 bins."""
        obj = cls.__new__(cls)
        arr = np.clip(arr, 0.0, 1.0)
        arr.setflags(write=False)
        obj._probs = arr
        obj._locked = frozenset(locked)
        obj.name = name
        return obj

    def _check_index(self, i) -> int:
        if isinstance(i, bool) or not isinstance(i, (int, np.integer)):
            raise ValueError(f"a bar index must be an integer, got {i!r}")
        n = self._probs.size
        if not 0 <= i < n:
            raise ValueError(f"bar {i} does not exist; {self.name} has bars 0..{n - 1}")
        return int(i)


def _check_finite(value, what: str) -> float:
    if isinstance(value, (str, bytes)):  # typed text is parsed by the caller, not here
        raise ValueError(f"{what}: {value!r} is text, not a number")
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number, got {value!r}") from None
    if not np.isfinite(v):
        raise ValueError(f"{what} is {v}; it must be a finite number")
    return v


def _check_value(value, what: str) -> float:
    if isinstance(value, (str, bytes)):
        raise ValueError(f"{what}: {value!r} is text, not a number")
    v = _check_finite(value, what)
    if not 0.0 <= v <= 1.0:
        raise ValueError(f"{what} would be {v:g}; a probability must be in [0, 1]")
    return v
