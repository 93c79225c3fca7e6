"""Losses of a classifier's output, their gradients, label smoothing and sampled NLL.

The loss panel compares binary cross entropy with the squared error on a sigmoid output
(REFERENCE.md concept 10: cross entropy keeps a large gradient when the prediction is badly
wrong, the squared error's gradient vanishes); the label-smoothing panel shows the lowest
cross entropy a model can reach against a smoothed target; the sampling panel shows the
running mean of -log q(x) over draws x ~ p settling on H(p, q) (concept 9: the average
negative log-likelihood of data from p under the model q estimates the cross entropy).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .activations import sigmoid
from .measures import cross_entropy, entropy
from .validation import as_pair, as_probabilities, as_unit_interval, check_unit, log_in

#: The losses :func:`loss_gradient` knows.
LOSSES = ("bce", "mse")


def mse_loss(y, y_hat):
    """Squared error (y_hat - y)**2 of a prediction, with no factor 1/2.

    Parameters
    ----------
    y, y_hat : float or array of float in [0, 1]
        The label and the predicted probability of class 1 (as for
        :func:`~infoviz.model.binary_cross_entropy`). Arrays broadcast against each other.

    Returns
    -------
    float or numpy.ndarray
        A float for scalar inputs, else an array; in [0, 1].

    Raises
    ------
    ValueError
        If a value is not a finite number in [0, 1], or the shapes do not broadcast.
    """
    yv, yh = _broadcast(as_unit_interval(y, "y"), as_unit_interval(y_hat, "y_hat"), "y", "y_hat")
    out = (yh - yv) ** 2
    return float(out) if out.ndim == 0 else out


def loss_gradient(loss: str, y, z):
    """Derivative of a loss with respect to the logit z, for the prediction y_hat = sigmoid(z).

    Parameters
    ----------
    loss : {"bce", "mse"}
        ``"bce"``: binary cross entropy in nats, whose derivative is ``y_hat - y`` (divide by
        ln 2 for the loss in bits). ``"mse"``: :func:`mse_loss`, whose derivative is
        ``2 (y_hat - y) y_hat (1 - y_hat)``: it vanishes when the sigmoid saturates, however
        wrong the prediction.
    y : float or array of float in [0, 1]
        The label.
    z : float or array of float
        The logit: any finite number. Broadcasts against `y`.

    Returns
    -------
    float or numpy.ndarray
        A float for scalar inputs, else an array.

    Raises
    ------
    ValueError
        For an unknown `loss`, a label outside [0, 1], a logit that is not finite, or
        shapes that do not broadcast.
    """
    if not isinstance(loss, str) or loss not in LOSSES:
        raise ValueError(f"unknown loss {loss!r}; use 'bce' (binary cross entropy) or "
                         "'mse' (squared error)")
    yv, zv = _broadcast(as_unit_interval(y, "y"), _as_finite(z, "z"), "y", "z")
    y_hat = np.asarray(sigmoid(zv), float)
    if loss == "bce":
        out = y_hat - yv
    else:
        out = 2.0 * (y_hat - yv) * y_hat * (1.0 - y_hat)
    return float(out) if out.ndim == 0 else out


def bce_from_logit(y, z, unit: str = "bits"):
    """Binary cross entropy of the prediction sigmoid(z), computed from the logit z.

    Equal to ``binary_cross_entropy(y, sigmoid(z), unit)``, but written as
    y softplus(-z) + (1 - y) softplus(z) with softplus(t) = log(1 + e^t), so it stays
    accurate and finite where sigmoid(z) rounds to 0 or 1 (|z| beyond about 37): a loss
    panel that plots the loss against the logit needs this, e.g. label 0 at z = 40 costs
    40 nats, not infinity.

    Parameters
    ----------
    y : float or array of float in [0, 1]
        The label.
    z : float or array of float
        The logit, any finite number. Broadcasts against `y`.
    unit : {"bits", "nats"}

    Returns
    -------
    float or numpy.ndarray
        A float for scalar inputs, else an array; >= 0 and finite.
    """
    check_unit(unit)
    yv, zv = _broadcast(as_unit_interval(y, "y"), _as_finite(z, "z"), "y", "z")
    out = yv * _softplus(-zv) + (1.0 - yv) * _softplus(zv)
    if unit == "bits":
        out = out / math.log(2)
    return float(out) if out.ndim == 0 else out


def smooth_labels(target, eps) -> np.ndarray:
    """Label smoothing: (1 - eps) * target + eps / K over K classes.

    Parameters
    ----------
    target : sequence of float
        A probability vector over K classes (typically one-hot).
    eps : float in [0, 1]
        How much of the mass is spread uniformly: 0 keeps `target`, 1 gives the uniform
        distribution.

    Returns
    -------
    numpy.ndarray
        The smoothed distribution (still sums to 1).

    Raises
    ------
    ValueError
        If `target` is not a probability vector, or `eps` is not a finite number in [0, 1].
    """
    t = as_probabilities(target, "target")
    e = _scalar_unit(eps, "eps")
    return (1.0 - e) * t + e / t.size


def lowest_cross_entropy(p, eps, unit: str = "bits") -> float:
    """The lowest cross entropy any model q can reach against the smoothed target.

    Since H(p', q) = H(p') + D(p'||q) with p' = ``smooth_labels(p, eps)``, the minimum over
    q is H(p'), reached at q = p'. With eps > 0 the floor is above 0 even for a one-hot p,
    which is what stops a smoothed classifier from chasing infinite logits.

    Parameters
    ----------
    p : sequence of float
        The target distribution.
    eps : float in [0, 1]
        The smoothing (see :func:`smooth_labels`).
    unit : {"bits", "nats"}

    Returns
    -------
    float
        ``entropy(smooth_labels(p, eps), unit)``.
    """
    check_unit(unit)
    return entropy(smooth_labels(p, eps), unit)


@dataclass(frozen=True, eq=False)
class NLLSamples:
    """Draws from p scored by q: what the sampling panel plots.

    Every array has length n and is read-only; entry k describes the first k + 1 draws.

    Attributes
    ----------
    outcomes : numpy.ndarray of int
        The drawn outcome indices x_1..x_n.
    surprisal : numpy.ndarray
        -log q(x_k) of each draw (``inf`` where q(x_k) = 0).
    running_mean : numpy.ndarray
        Mean of the first k + 1 surprisals: the sample NLL, tending to H(p, q). Once a draw
        with q(x) = 0 has been seen it is ``inf`` from there on; never NaN.
    running_se : numpy.ndarray
        Standard error of that mean: sample standard deviation (ddof = 1) over sqrt(k + 1).
        0 for the first draw (a spread needs two), ``inf`` where the mean is. A band of
        ``running_mean ± 2 running_se`` should contain H(p, q) about 95 % of the time.
    expected : float
        H(p, q) in the same unit: the value the running mean tends to.
    unit : str
        ``"bits"`` or ``"nats"``.
    """

    outcomes: np.ndarray
    surprisal: np.ndarray
    running_mean: np.ndarray
    running_se: np.ndarray
    expected: float
    unit: str


def nll_samples(p, q, n: int, seed=0, unit: str = "bits") -> NLLSamples:
    """Draw n outcomes from p and score each by its surprisal under q.

    The draws are ``numpy.random.default_rng(seed).choice(len(p), size=n, p=p)``, so a seed
    gives the same draws on every machine and in every unit.

    Parameters
    ----------
    p, q : sequence of float
        The true distribution (drawn from) and the model (scored with), same length.
    n : int
        Number of draws, >= 1.
    seed : int >= 0 or None
        Seed for :func:`numpy.random.default_rng`; ``None`` draws fresh entropy.
    unit : {"bits", "nats"}

    Returns
    -------
    NLLSamples
        Outcomes, surprisals, running mean and running standard error.

    Raises
    ------
    ValueError
        For invalid distributions, a non-positive or non-integer `n`, a bad `seed` or an
        unknown unit.
    """
    check_unit(unit)
    a, b = as_pair(p, q)
    n = _check_draws(n)
    rng = np.random.default_rng(_check_seed(seed))
    outcomes = rng.choice(a.size, size=n, p=a)
    qx = b[outcomes]
    with np.errstate(divide="ignore"):
        surprisal = np.where(qx > 0, -log_in(unit)(np.where(qx > 0, qx, 1.0)), math.inf)
    surprisal = np.maximum(surprisal, 0.0)  # -log 1 is -0.0
    mean, se = _running_mean_se(surprisal)
    for arr in (outcomes, surprisal, mean, se):
        arr.setflags(write=False)
    return NLLSamples(outcomes, surprisal, mean, se, cross_entropy(a, b, unit), unit)


def nll_running_average(p, q, n: int, seed=0, unit: str = "bits") -> np.ndarray:
    """Running mean of -log q(x) over n draws x ~ p: the sample NLL, tending to H(p, q).

    Entry k is the mean over the first k + 1 draws; ``inf`` from the first draw with
    q(x) = 0 on, never NaN. The draws are those of :func:`nll_samples` (same seed, same
    draws), which also gives the standard error for a confidence band.

    Parameters
    ----------
    p, q : sequence of float
        The true distribution and the model, same length.
    n : int
        Number of draws, >= 1.
    seed : int >= 0 or None
        Seed for :func:`numpy.random.default_rng`.
    unit : {"bits", "nats"}

    Returns
    -------
    numpy.ndarray
        Length n (read-only).
    """
    return nll_samples(p, q, n, seed=seed, unit=unit).running_mean


# -- internals --------------------------------------------------------------------------

def _running_mean_se(x: np.ndarray):
    """Running mean and standard error of x (which may hold +inf, never NaN)."""
    n = x.size
    k = np.arange(1, n + 1, dtype=float)
    finite = np.isfinite(x)
    xf = np.where(finite, x, 0.0)
    # Shift by the first value before accumulating: the sums of squares then stay small
    # and the variance does not lose its digits to cancellation.
    shift = xf[0]
    d = xf - shift
    s1 = np.cumsum(d)
    s2 = np.cumsum(d * d)
    mean = shift + s1 / k
    var = np.zeros(n)
    if n > 1:
        var[1:] = np.maximum(s2[1:] - s1[1:] ** 2 / k[1:], 0.0) / (k[1:] - 1.0)
    se = np.sqrt(var / k)
    if not finite.all():
        first = int(np.argmin(finite))
        mean[first:] = math.inf
        se[first:] = math.inf
    return mean, se


def _softplus(t: np.ndarray) -> np.ndarray:
    """log(1 + e^t) without overflow: max(t, 0) + log1p(e^-|t|)."""
    return np.maximum(t, 0.0) + np.log1p(np.exp(-np.abs(t)))


def _broadcast(a, b, name_a: str, name_b: str):
    av, bv = np.asarray(a, float), np.asarray(b, float)
    try:
        return np.broadcast_arrays(av, bv)
    except ValueError:
        raise ValueError(f"{name_a} has shape {av.shape} and {name_b} {bv.shape}; "
                         "they must broadcast") from None


def _as_finite(value, name: str):
    """A float or float array of finite numbers, else ``ValueError`` naming the entry."""
    if isinstance(value, (str, bytes)):
        raise ValueError(f"{name} is text ({value!r}); expected a finite number")
    try:
        arr = np.asarray(value)
    except Exception as exc:
        raise ValueError(f"{name} is not a number or an array of numbers ({exc})") from None
    if arr.dtype.kind not in "biuf":
        raise ValueError(f"{name} must hold numbers only, got {arr.dtype.name} values")
    arr = arr.astype(float)
    bad = ~np.isfinite(arr)
    if bad.any():
        if arr.ndim == 0:
            raise ValueError(f"{name} is {float(arr)}; it must be a finite number")
        idx = np.unravel_index(int(np.argmax(bad)), arr.shape)
        where = ",".join(str(int(i)) for i in idx)
        raise ValueError(f"{name}[{where}] is {arr[idx]}; it must be a finite number")
    return arr


def _scalar_unit(value, name: str) -> float:
    if np.ndim(value) != 0:
        raise ValueError(f"{name} must be a single number in [0, 1], got shape {np.shape(value)}")
    return float(as_unit_interval(value, name))


def _check_draws(n) -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise ValueError(f"n is {n!r}; the number of draws must be a positive integer")
    if n < 1:
        raise ValueError(f"n is {n}; the number of draws must be at least 1")
    return int(n)


def _check_seed(seed):
    if seed is None:
        return None
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed is {seed!r}; it must be a non-negative integer or None")
    return int(seed)
