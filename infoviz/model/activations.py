"""Sigmoid and softmax, stable for any finite input (±1000 included, no overflow warning)."""
from __future__ import annotations

import math

import numpy as np

from .validation import as_float_vector


def sigmoid(z):
    """The logistic function 1 / (1 + e^-z), computed without overflow.

    Returns a float for a scalar, else an array of the same shape.
    """
    arr = np.asarray(z, float)
    if not np.all(np.isfinite(arr)):
        raise ValueError("sigmoid: z must be finite")
    e = np.exp(-np.abs(arr))  # in (0, 1]: never overflows
    out = np.where(arr >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return float(out) if out.ndim == 0 else out


def softmax(logits, temperature: float = 1.0) -> np.ndarray:
    """softmax(logits / temperature), shifted by the maximum so nothing overflows.

    Parameters
    ----------
    logits : sequence of float
        Finite scores, one per class.
    temperature : float
        > 0. Small T sharpens toward the arg-max (one-hot), large T flattens toward uniform.
    """
    z = as_float_vector(logits, "logits")
    try:
        t = float(temperature) if not isinstance(temperature, (str, bytes)) else math.nan
    except (TypeError, ValueError):  # None, a list...: not a temperature
        t = math.nan
    if not math.isfinite(t) or t <= 0:
        raise ValueError(f"temperature is {temperature!r}; it must be a finite number > 0")
    with np.errstate(over="ignore", under="ignore"):
        s = z / t
        if not np.all(np.isfinite(s)):  # huge logits over a tiny T: the arg-max takes all
            s = np.where(s == s.max(), 0.0, -np.inf)
        s = s - s.max()
        e = np.exp(s)
    return e / e.sum()


def log_softmax(logits, temperature: float = 1.0) -> np.ndarray:
    """log softmax(logits / temperature), the log-probabilities a classifier outputs."""
    p = softmax(logits, temperature)  # validates logits and temperature
    with np.errstate(over="ignore", invalid="ignore"):  # overflow handled just below
        z = as_float_vector(logits, "logits") / float(temperature)
        s = z - z.max()
    if not np.all(np.isfinite(s)):
        with np.errstate(divide="ignore"):
            return np.log(p)
    return s - math.log(float(np.exp(s).sum()))


def logits_from_probs(p) -> np.ndarray:
    """Logits whose softmax is `p` (log p, shifted so the largest is 0); zeros become a
    large negative number so the inverse stays finite for the logit panel."""
    arr = np.asarray(p, float)
    with np.errstate(divide="ignore"):
        lg = np.log(arr)
    lg = np.where(np.isfinite(lg), lg, -30.0)
    return lg - lg.max()
