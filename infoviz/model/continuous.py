"""Continuous distributions: differential entropy and KL divergence of Gaussians.

The continuous panel (REFERENCE.md concept 3) shows that differential entropy
h = 1/2 log(2 pi e sigma^2) goes negative once sigma < 1 / sqrt(2 pi e) ~ 0.242 (a density
can exceed 1, unlike a probability), while the KL divergence between two Gaussians stays
>= 0 and is 0 only when they coincide. The closed forms come with quadrature versions on a
fine grid, so a student (and the tests) can check them against the defining integrals.
"""
from __future__ import annotations

import math

import numpy as np

from .validation import check_unit

#: Half-width of the quadrature grid, in standard deviations of the density integrated
#: against: beyond 12 sigma a Gaussian's mass is below 1e-32.
QUAD_SPAN = 12.0

#: Points of the quadrature grid (odd, for Simpson's rule).
QUAD_POINTS = 20001


def gaussian_entropy(sigma, unit: str = "bits"):
    """Differential entropy of a Gaussian, h = 1/2 log(2 pi e sigma^2).

    It does not depend on the mean, and it is negative for sigma < 1 / sqrt(2 pi e).

    Parameters
    ----------
    sigma : float or array of float
        Standard deviation(s), finite and > 0.
    unit : {"bits", "nats"}

    Returns
    -------
    float or numpy.ndarray
        A float for a scalar `sigma`, else an array of the same shape.

    Raises
    ------
    ValueError
        If a `sigma` is not a finite number > 0, or the unit is unknown.
    """
    check_unit(unit)
    s = _positive(sigma, "sigma")
    h = 0.5 * math.log(2.0 * math.pi * math.e) + np.log(s)
    return _out(_to_unit(h, unit))


def gaussian_kl(mu1, sigma1, mu2, sigma2, unit: str = "bits"):
    """Closed-form KL divergence D(N(mu1, sigma1^2) || N(mu2, sigma2^2)).

    D = log(sigma2 / sigma1) + (sigma1^2 + (mu1 - mu2)^2) / (2 sigma2^2) - 1/2.

    Parameters
    ----------
    mu1, sigma1 : float or array of float
        Mean and standard deviation of the first Gaussian (the "p" of D(p||q)).
    mu2, sigma2 : float or array of float
        Mean and standard deviation of the second. All four broadcast together.
    unit : {"bits", "nats"}

    Returns
    -------
    float or numpy.ndarray
        >= 0 (round-off below zero is clamped), exactly 0.0 when the two coincide.

    Raises
    ------
    ValueError
        If a mean is not finite, a standard deviation is not a finite number > 0, or the
        unit is unknown.
    """
    check_unit(unit)
    m1, m2 = _finite(mu1, "mu1"), _finite(mu2, "mu2")
    s1, s2 = _positive(sigma1, "sigma1"), _positive(sigma2, "sigma2")
    try:
        m1, s1, m2, s2 = np.broadcast_arrays(m1, s1, m2, s2)
    except ValueError:
        raise ValueError("mu1, sigma1, mu2 and sigma2 must broadcast to one shape") from None
    r = s1 / s2
    z = (m1 - m2) / s2
    # log(s2/s1) + (r^2 - 1)/2 + z^2/2 with r = s1/s2, z = (m1 - m2)/s2: exactly 0 when
    # r == 1 and z == 0, and free of the overflow of s1^2 for huge but finite sigmas
    d = -np.log(r) + 0.5 * (r * r - 1.0) + 0.5 * z * z
    return _out(_to_unit(np.maximum(d, 0.0), unit))


def gaussian_pdf(x, mu, sigma):
    """Density of N(mu, sigma^2) at `x`.

    Parameters
    ----------
    x : float or array of float
        Where to evaluate (finite).
    mu : float
        Mean (finite).
    sigma : float
        Standard deviation, finite and > 0.

    Returns
    -------
    float or numpy.ndarray
        A float for a scalar `x`, else an array of the same shape.
    """
    xs = _finite(x, "x")
    m = _scalar(_finite(mu, "mu"), "mu")
    s = _scalar(_positive(sigma, "sigma"), "sigma")
    z = (xs - m) / s
    return _out(np.exp(-0.5 * z * z) / (s * math.sqrt(2.0 * math.pi)))


def numeric_entropy(mu, sigma, unit: str = "bits", points: int = QUAD_POINTS,
                    span: float = QUAD_SPAN) -> float:
    """Differential entropy of N(mu, sigma^2) by quadrature: -integral of f log f.

    Composite Simpson's rule on `points` equally spaced points over mu ± span sigma. The log
    density is evaluated pointwise (not by exponentiating then taking the log), so the tails
    do not underflow. With the defaults it agrees with :func:`gaussian_entropy` to ~1e-12.

    Parameters
    ----------
    mu, sigma : float
        Mean and standard deviation (> 0).
    unit : {"bits", "nats"}
    points : int
        Odd, >= 3.
    span : float
        Half-width of the grid in standard deviations, > 0.

    Returns
    -------
    float
    """
    check_unit(unit)
    m = _scalar(_finite(mu, "mu"), "mu")
    s = _scalar(_positive(sigma, "sigma"), "sigma")
    x = _grid(m, s, points, span)
    log_f = _log_pdf(x, m, s)
    h = -_simpson(np.exp(log_f) * log_f, x)
    return float(_to_unit(h, unit))


def numeric_kl(mu1, sigma1, mu2, sigma2, unit: str = "bits", points: int = QUAD_POINTS,
               span: float = QUAD_SPAN) -> float:
    """D(N(mu1, sigma1^2) || N(mu2, sigma2^2)) by quadrature: integral of f1 log(f1 / f2).

    Composite Simpson's rule over mu1 ± span sigma1 (where f1 has its mass), with both log
    densities evaluated pointwise. With the defaults it agrees with :func:`gaussian_kl` to
    ~1e-10 relative.

    Parameters
    ----------
    mu1, sigma1, mu2, sigma2 : float
        The two Gaussians (standard deviations > 0).
    unit : {"bits", "nats"}
    points : int
        Odd, >= 3.
    span : float
        Half-width of the grid in standard deviations of the first Gaussian, > 0.

    Returns
    -------
    float
        Clamped at 0 from below.
    """
    check_unit(unit)
    m1 = _scalar(_finite(mu1, "mu1"), "mu1")
    s1 = _scalar(_positive(sigma1, "sigma1"), "sigma1")
    m2 = _scalar(_finite(mu2, "mu2"), "mu2")
    s2 = _scalar(_positive(sigma2, "sigma2"), "sigma2")
    x = _grid(m1, s1, points, span)
    log_f1 = _log_pdf(x, m1, s1)
    d = _simpson(np.exp(log_f1) * (log_f1 - _log_pdf(x, m2, s2)), x)
    return float(_to_unit(max(d, 0.0), unit))


# -- internals --------------------------------------------------------------------------

def _log_pdf(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    z = (x - mu) / sigma
    return -0.5 * z * z - math.log(sigma) - 0.5 * math.log(2.0 * math.pi)


def _grid(mu: float, sigma: float, points, span) -> np.ndarray:
    if isinstance(points, bool) or not isinstance(points, (int, np.integer)):
        raise ValueError(f"points is {points!r}; it must be an odd integer >= 3")
    if points < 3 or points % 2 == 0:
        raise ValueError(f"points is {points}; Simpson's rule needs an odd number >= 3")
    w = _scalar(_positive(span, "span", "the grid's half-width"), "span")
    return np.linspace(mu - w * sigma, mu + w * sigma, int(points))


def _simpson(y: np.ndarray, x: np.ndarray) -> float:
    """Composite Simpson's rule on an odd number of equally spaced points."""
    h = (x[-1] - x[0]) / (x.size - 1)
    return float(h / 3.0 * (y[0] + y[-1] + 4.0 * y[1:-1:2].sum() + 2.0 * y[2:-1:2].sum()))


def _to_unit(value, unit: str):
    return value / math.log(2) if unit == "bits" else value


def _out(arr):
    arr = np.asarray(arr, float)
    return float(arr) if arr.ndim == 0 else arr


def _finite(value, name: str) -> np.ndarray:
    """A float array (0-d for a scalar) of finite numbers, else ``ValueError``."""
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


def _positive(value, name: str, what: str = "a standard deviation") -> np.ndarray:
    arr = _finite(value, name)
    bad = arr <= 0
    if bad.any():
        if arr.ndim == 0:
            raise ValueError(f"{name} is {float(arr):g}; {what} must be > 0")
        idx = np.unravel_index(int(np.argmax(bad)), arr.shape)
        where = ",".join(str(int(i)) for i in idx)
        raise ValueError(f"{name}[{where}] is {arr[idx]:g}; {what} must be > 0")
    return arr


def _scalar(arr: np.ndarray, name: str) -> float:
    if arr.ndim != 0:
        raise ValueError(f"{name} must be a single number, got shape {arr.shape}")
    return float(arr)
