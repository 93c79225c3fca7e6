"""Input checks shared by every measure: what a probability vector is, and what a unit is.

Every public function of :mod:`infoviz.model` funnels its inputs through here, so the
messages a user sees for bad input are worded the same everywhere and always say *what*
is wrong and *where* ("q[2] is -0.1; a probability must be in [0, 1]").
"""
from __future__ import annotations

import math
import numpy as np

#: How far from 1 a probability vector's sum may be (relative to 1, so also absolute).
SUM_TOLERANCE = 1e-9

#: The two units the app knows, and the logarithm that goes with each.
UNITS = ("bits", "nats")


def check_unit(unit) -> str:
    """Return `unit` if it is ``"bits"`` or ``"nats"``, else raise ``ValueError``."""
    if not isinstance(unit, str) or unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; use 'bits' (log base 2) or 'nats' (natural log)")
    return unit


def log_in(unit: str):
    """The numpy logarithm for `unit`: ``np.log2`` for bits, ``np.log`` for nats."""
    return np.log2 if check_unit(unit) == "bits" else np.log


def nats_to(value: float, unit: str) -> float:
    """Convert a value in nats to `unit`."""
    return value / math.log(2) if check_unit(unit) == "bits" else value


def as_float_vector(values, name: str = "p") -> np.ndarray:
    """A 1-D float array of finite numbers, or ``ValueError`` naming the bad entry.

    Strings are refused even when numpy could parse them: a typed "0.5" must be parsed by
    the caller that knows it was text, not silently by the maths.
    """
    if isinstance(values, (str, bytes)):
        raise ValueError(f"{name} is text ({values!r}); expected a sequence of numbers")
    try:
        arr = np.asarray(values)
    except Exception as exc:  # ragged nesting and the like
        raise ValueError(f"{name} is not a flat sequence of numbers ({exc})") from None
    if arr.dtype.kind not in "biuf":
        raise ValueError(f"{name} must hold numbers only, got {arr.dtype.name} values")
    if arr.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {arr.shape}")
    if arr.size == 0:
        raise ValueError(f"{name} is empty; a distribution needs at least one outcome")
    arr = arr.astype(float)
    bad = ~np.isfinite(arr)
    if bad.any():
        i = int(np.argmax(bad))
        raise ValueError(f"{name}[{i}] is {arr[i]}; a probability must be a finite number in [0, 1]")
    return arr


def as_probabilities(values, name: str = "p") -> np.ndarray:
    """Validate a probability vector: finite, each in [0, 1], summing to 1 within 1e-9.

    Returns a new float array (never a view of the caller's data).
    """
    if type(values) is np.ndarray and values.dtype == np.float64 and values.ndim == 1 and values.size:
        # The common case, a distribution's own probs (validated a dozen times a drag
        # frame): three reductions instead of a dozen steps. Anything they do not pass
        # (NaN, inf, out of range, a bad sum) takes the full path and its message.
        lo, hi = float(np.minimum.reduce(values)), float(np.maximum.reduce(values))
        if 0.0 <= lo and hi <= 1.0 and abs(float(np.add.reduce(values)) - 1.0) <= SUM_TOLERANCE:
            return values.copy()
    arr = as_float_vector(values, name)
    out = (arr < 0) | (arr > 1)
    if out.any():
        i = int(np.argmax(out))
        raise ValueError(f"{name}[{i}] is {arr[i]:g}; a probability must be in [0, 1]")
    total = float(arr.sum())
    if total == 0.0:
        raise ValueError(f"{name} is all zeros; a distribution must put its mass somewhere")
    if abs(total - 1.0) > SUM_TOLERANCE:
        raise ValueError(f"{name} sums to {total:.12g}, not 1 (tolerance {SUM_TOLERANCE:g}); "
                         "use normalize() to rescale weights explicitly")
    return arr.copy()


def as_pair(p, q, names=("p", "q")):
    """Validate two distributions over the same outcomes."""
    a = as_probabilities(p, names[0])
    b = as_probabilities(q, names[1])
    if a.shape != b.shape:
        raise ValueError(f"{names[0]} has {a.size} entries but {names[1]} has {b.size}; "
                         "they must describe the same outcomes")
    return a, b


def as_unit_interval(value, name: str):
    """A float (or float array) of finite numbers in [0, 1], e.g. a label or a prediction."""
    if isinstance(value, (str, bytes)):
        raise ValueError(f"{name} is text ({value!r}); expected a number in [0, 1]")
    if np.ndim(value) == 0:
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{name} is {value!r}; expected a number in [0, 1]") from None
        if not math.isfinite(v) or not 0.0 <= v <= 1.0:
            raise ValueError(f"{name} is {v}; it must be a finite number in [0, 1]")
        return v
    arr = np.asarray(value)
    if arr.dtype.kind not in "biuf":
        raise ValueError(f"{name} must hold numbers only, got {arr.dtype.name} values")
    arr = arr.astype(float)
    bad = ~np.isfinite(arr) | (arr < 0) | (arr > 1)
    if bad.any():
        idx = np.unravel_index(int(np.argmax(bad)), arr.shape)
        where = ",".join(str(int(k)) for k in idx)
        raise ValueError(f"{name}[{where}] is {arr[idx]}; it must be a finite number in [0, 1]")
    return arr
