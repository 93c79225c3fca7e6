"""Logits, temperature and label smoothing: the softmax panel's rules.

- The temperature slider is logarithmic, from :data:`T_MIN` to :data:`T_MAX` with T = 1 in
  the middle (:func:`temperature_at`, :func:`temperature_position`).
- When q was set some other way (a drag in the main window), the logits shown are the ones
  that give q back at the current temperature: T · log q, centred on 0 (softmax does not
  care about a shift) and kept within ±:data:`LOGIT_LIMIT` (:func:`logits_for`).
- Label smoothing acts on a one-hot target; a p that is already a smoothed one-hot is
  recognised (:func:`one_hot_target`), so changing ε and applying again re-smooths the
  original one-hot instead of smoothing twice.
"""
from __future__ import annotations

import math

import numpy as np

from .activations import softmax
from .losses import lowest_cross_entropy, smooth_labels
from .validation import as_probabilities

#: Temperature range of the slider (T = 1 sits in the middle on a log scale).
T_MIN, T_MAX = 0.05, 20.0

#: Positions of the temperature slider.
T_STEPS = 1000

#: Largest |logit| the panel shows or lets a drag reach.
LOGIT_LIMIT = 30.0

#: Largest ε the smoothing slider offers.
EPS_MAX = 0.5


def temperature_at(position: int, steps: int = T_STEPS) -> float:
    """The temperature at slider `position` in 0..steps (log scale, exact T = 1 mid-way)."""
    pos = min(max(int(position), 0), steps)
    if 2 * pos == steps:
        return 1.0
    return float(T_MIN * (T_MAX / T_MIN) ** (pos / steps))


def temperature_position(temperature: float, steps: int = T_STEPS) -> int:
    """The slider position nearest to `temperature` (clamped to the range)."""
    t = float(temperature)
    if not math.isfinite(t) or t <= 0:
        raise ValueError(f"temperature is {temperature!r}; it must be a finite number > 0")
    frac = math.log(t / T_MIN) / math.log(T_MAX / T_MIN)
    return int(min(max(round(frac * steps), 0), steps))


def clamp_logit(value: float) -> float:
    """A dragged logit limited to ±LOGIT_LIMIT (``ValueError`` if not finite)."""
    v = float(value)
    if not math.isfinite(v):
        raise ValueError(f"a logit must be a finite number, got {value!r}")
    return min(LOGIT_LIMIT, max(-LOGIT_LIMIT, v))


def logits_for(q, temperature: float = 1.0) -> np.ndarray:
    """Logits z with softmax(z / T) = q: T · log q, centred so the mean over the outcomes
    with q_i > 0 is 0, limited to ±LOGIT_LIMIT; outcomes with q_i = 0 get −LOGIT_LIMIT.

    Exact unless the limit bites (q spanning more than e^(2·LOGIT_LIMIT/T))."""
    qa = as_probabilities(q, "q")
    t = float(temperature)
    if not math.isfinite(t) or t <= 0:
        raise ValueError(f"temperature is {temperature!r}; it must be a finite number > 0")
    pos = qa > 0
    z = np.full(qa.size, -LOGIT_LIMIT)
    lz = t * np.log(qa[pos])
    z[pos] = lz - lz.mean()
    return np.clip(z, -LOGIT_LIMIT, LOGIT_LIMIT)


def one_hot_target(p, tol: float = 1e-9) -> int | None:
    """The index k if `p` is one-hot at k or a smoothed one-hot (one largest entry, every
    other entry equal), else None."""
    pa = as_probabilities(p, "p")
    if pa.size < 2:
        return None
    k = int(np.argmax(pa))
    others = np.delete(pa, k)
    if pa[k] - others.max() <= tol:  # no unique largest entry
        return None
    if others.max() - others.min() > tol:
        return None
    return k


def smoothing_target(p) -> np.ndarray:
    """What label smoothing acts on: the one-hot behind `p` if it is a (smoothed) one-hot,
    else `p` itself."""
    pa = as_probabilities(p, "p")
    k = one_hot_target(pa)
    if k is None:
        return pa
    out = np.zeros(pa.size)
    out[k] = 1.0
    return out


def smoothed(p, eps: float) -> np.ndarray:
    """``smooth_labels(smoothing_target(p), eps)``: what "apply to p" makes p."""
    return smooth_labels(smoothing_target(p), eps)


def lowest_reachable(p, eps: float, unit: str = "bits") -> float:
    """The lowest cross entropy any q can reach against the smoothed target,
    H(smooth_labels(target, ε)): 0 for a one-hot with ε = 0, rising with ε."""
    return lowest_cross_entropy(smoothing_target(p), eps, unit)


def shown_logits(q, temperature: float = 1.0, stored=None, previous=None, tol: float = 1e-12) -> np.ndarray:
    """The logits the softmax panel shows for the current q.

    The state's own logits (`stored`, set by ``set_q_logits``) when there are any; else the
    ones shown before (`previous`) if they still give q at this temperature (so editing p
    does not redraw unchanged logits); else :func:`logits_for` (q was changed elsewhere).
    """
    qa = as_probabilities(q, "q")
    for cand in (stored, previous):
        if cand is None:
            continue
        z = np.asarray(cand, float)
        if z.shape != qa.shape or not np.all(np.isfinite(z)):
            continue
        if cand is stored:
            return z.copy()
        if np.allclose(softmax(z, temperature), qa, rtol=0.0, atol=tol):
            return z.copy()
    return logits_for(qa, temperature)
