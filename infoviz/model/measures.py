"""The six measures of the lecture and their per-bin terms.

Conventions (REFERENCE.md section 3): ``0 · log 0 = 0``; a term with ``p_i > 0`` and
``q_i = 0`` is ``+inf`` and so is its total; never NaN; KL is clamped at 0 from below so
that ``p == q`` gives exactly ``0.0``. Everything is vectorised: no Python loops over bins.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .validation import as_pair, as_probabilities, as_unit_interval, check_unit, log_in


def _safe_log(x: np.ndarray, unit: str) -> np.ndarray:
    """log(x) where x > 0 and 0 elsewhere (the caller masks those entries)."""
    return log_in(unit)(np.where(x > 0, x, 1.0))


# The term functions take the logarithms of their inputs when the caller has them:
# summarize computes all six measures of one (p, q) from log p and log q, once each.

def _entropy_terms(p: np.ndarray, unit: str, log_p=None) -> np.ndarray:
    return -p * (_safe_log(p, unit) if log_p is None else log_p)


def _cross_terms(p: np.ndarray, q: np.ndarray, unit: str, log_q=None) -> np.ndarray:
    terms = np.where(p > 0, -p * (_safe_log(q, unit) if log_q is None else log_q), 0.0)
    terms[(p > 0) & (q == 0)] = math.inf
    return terms


def _kl_terms(p: np.ndarray, q: np.ndarray, unit: str, log_p=None, log_q=None) -> np.ndarray:
    # log p - log q rather than log(p/q): p/q overflows when q is subnormal.
    if log_p is None:
        log_p = _safe_log(p, unit)
    if log_q is None:
        log_q = _safe_log(q, unit)
    terms = np.where(p > 0, p * (log_p - log_q), 0.0)
    terms[(p > 0) & (q == 0)] = math.inf
    return terms


def _all_terms(a: np.ndarray, b: np.ndarray, unit: str) -> dict:
    """The per-bin terms of the six measures of (a, b), keyed as ``summary.MEASURE_KEYS``,
    from the functions above with log a and log b computed once each (eight logarithms
    were two: a drag frame computes all six)."""
    la, lb = _safe_log(a, unit), _safe_log(b, unit)
    return {
        "entropy_p": _entropy_terms(a, unit, la),
        "entropy_q": _entropy_terms(b, unit, lb),
        "cross_entropy_pq": _cross_terms(a, b, unit, lb),
        "cross_entropy_qp": _cross_terms(b, a, unit, la),
        "kl_pq": _kl_terms(a, b, unit, la, lb),
        "kl_qp": _kl_terms(b, a, unit, lb, la),
    }


def _total(terms: np.ndarray) -> float:
    return float(terms.sum())


def entropy(p, unit: str = "bits") -> float:
    """Shannon entropy H(p) = -sum p_i log p_i.

    Parameters
    ----------
    p : sequence of float
        A probability vector (finite, in [0, 1], summing to 1 within 1e-9).
    unit : {"bits", "nats"}
        ``"bits"`` uses log base 2, ``"nats"`` the natural logarithm.

    Returns
    -------
    float
        H(p) >= 0; ``0 · log 0`` counts as 0.
    """
    check_unit(unit)
    return max(0.0, _total(_entropy_terms(as_probabilities(p, "p"), unit)))


def cross_entropy(p, q, unit: str = "bits") -> float:
    """Cross entropy H(p, q) = -sum p_i log q_i; ``math.inf`` when some p_i > 0 has q_i = 0."""
    check_unit(unit)
    a, b = as_pair(p, q)
    return max(0.0, _total(_cross_terms(a, b, unit)))


def kl_divergence(p, q, unit: str = "bits") -> float:
    """Kullback-Leibler divergence D(p||q) = sum p_i log(p_i / q_i).

    ``math.inf`` when some p_i > 0 has q_i = 0. Never negative: round-off below zero is
    clamped to ``0.0``, so ``kl_divergence(p, p) == 0.0`` exactly.
    """
    check_unit(unit)
    a, b = as_pair(p, q)
    return max(0.0, _total(_kl_terms(a, b, unit)))


def js_divergence(p, q, unit: str = "bits") -> float:
    """Jensen-Shannon divergence: mean KL of p and q to their midpoint m = (p + q) / 2.

    Always finite and symmetric, between 0 and 1 bit (ln 2 nats).
    """
    check_unit(unit)
    a, b = as_pair(p, q)
    m = 0.5 * (a + b)  # m_i > 0 wherever a_i > 0 or b_i > 0, so no term is infinite
    js = 0.5 * _total(_kl_terms(a, m, unit)) + 0.5 * _total(_kl_terms(b, m, unit))
    upper = 1.0 if unit == "bits" else math.log(2)
    return min(max(0.0, js), upper)


def binary_cross_entropy(y, y_hat, unit: str = "bits"):
    """Binary cross entropy -[y log y_hat + (1 - y) log(1 - y_hat)].

    Parameters
    ----------
    y, y_hat : float or array of float in [0, 1]
        The label (a soft label is allowed) and the predicted probability of class 1.
        Arrays broadcast against each other.
    unit : {"bits", "nats"}

    Returns
    -------
    float or numpy.ndarray
        A float for scalar inputs, else an array. ``inf`` when the prediction rules out
        what the label says happened (y > 0 with y_hat = 0, or y < 1 with y_hat = 1).
    """
    check_unit(unit)
    yv = np.asarray(as_unit_interval(y, "y"), float)
    yh = np.asarray(as_unit_interval(y_hat, "y_hat"), float)
    try:
        yv, yh = np.broadcast_arrays(yv, yh)
    except ValueError:
        raise ValueError(f"y has shape {yv.shape} and y_hat {yh.shape}; they must broadcast") from None
    pos = _cross_terms_elementwise(yv, yh, unit)
    neg = _cross_terms_elementwise(1.0 - yv, 1.0 - yh, unit)
    out = np.maximum(pos + neg, 0.0)
    return float(out) if out.ndim == 0 else out


def _cross_terms_elementwise(a: np.ndarray, b: np.ndarray, unit: str) -> np.ndarray:
    """-a log b elementwise with the 0·log 0 and a > 0, b = 0 → inf conventions."""
    terms = np.where(a > 0, -a * _safe_log(b, unit), 0.0)
    return np.where((a > 0) & (b == 0), math.inf, terms)


@dataclass(frozen=True, eq=False)  # arrays inside: == would be ambiguous
class Contributions:
    """Per-bin terms of the three sums; each array sums to its total (``inf`` where it is).

    Attributes
    ----------
    entropy : numpy.ndarray
        -p_i log p_i.
    cross_entropy : numpy.ndarray
        -p_i log q_i (``inf`` where p_i > 0 and q_i = 0).
    kl : numpy.ndarray
        p_i log(p_i / q_i) (``inf`` where p_i > 0 and q_i = 0; may be negative per bin).
    """

    entropy: np.ndarray
    cross_entropy: np.ndarray
    kl: np.ndarray


def contributions(p, q, unit: str = "bits") -> Contributions:
    """Per-bin terms of H(p), H(p, q) and D(p||q), as a frozen :class:`Contributions`."""
    check_unit(unit)
    a, b = as_pair(p, q)
    arrays = (_entropy_terms(a, unit), _cross_terms(a, b, unit), _kl_terms(a, b, unit))
    for arr in arrays:
        arr.setflags(write=False)
    return Contributions(*arrays)


def infinite_bins(p, q) -> np.ndarray:
    """Indices i where p_i > 0 and q_i = 0: the bins that make H(p, q) and D(p||q) infinite."""
    a, b = as_pair(p, q)
    return np.flatnonzero((a > 0) & (b == 0))


def information_content(p, unit: str = "bits"):
    """Surprisal -log p_i of each outcome; ``inf`` where p_i = 0.

    Accepts one probability or an array of probabilities in [0, 1] (they need not sum to
    1, so the surprise of a single event can be asked for). Returns a float for a scalar,
    else an array.
    """
    check_unit(unit)
    arr = np.asarray(as_unit_interval(p, "p"), float)
    out = np.where(arr > 0, -_safe_log(arr, unit), math.inf)
    out = np.maximum(out, 0.0)  # -log 1 is -0.0; show 0
    return float(out) if out.ndim == 0 else out


def perplexity(p) -> float:
    """Perplexity 2**H(p) in bits, the same number as e**H(p) in nats: the effective
    number of equally likely outcomes."""
    return float(math.exp(entropy(p, unit="nats")))


def perplexity_of(value: float, unit: str = "bits") -> float:
    """Perplexity of an entropy or cross entropy already computed in `unit` (``inf`` stays)."""
    check_unit(unit)
    if math.isinf(value):
        return math.inf
    base = 2.0 if unit == "bits" else math.e
    try:
        return float(base ** value)
    except OverflowError:
        return math.inf
