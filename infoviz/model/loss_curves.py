"""BCE against the squared error for one sigmoid output: the loss panel's rules.

The panel shows both losses against the prediction ŷ = sigmoid(z) and both gradients with
respect to the logit z (REFERENCE.md concept 10). Where the prediction is confidently wrong
(ŷ near 0 with label 1, or near 1 with label 0) the sigmoid saturates: the squared error's
gradient 2(ŷ − y)ŷ(1 − ŷ) vanishes while BCE's, ŷ − y, stays near ±1.

Units: BCE follows the session's unit (bits or nats); its gradient is that of the loss in
the same unit (``loss_gradient("bce", ...)`` is in nats, so bits divide by ln 2). The
squared error has no unit.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .activations import sigmoid
from .losses import loss_gradient, mse_loss
from .measures import binary_cross_entropy
from .validation import check_unit

#: The logit range the panel offers: sigmoid(±8) is 0.000335 / 0.999665.
Z_LIMIT = 8.0

#: ŷ at most this far from the wrong label counts as "confidently wrong" (ŷ ≤ 0.1 for y = 1).
WRONG_MARGIN = 0.1

_LN2 = math.log(2.0)


def check_label(y) -> int:
    """`y` as 0 or 1, else ``ValueError``."""
    if isinstance(y, bool) or y not in (0, 1):
        raise ValueError(f"the label y is {y!r}; it must be 0 or 1")
    return int(y)


def clamp_logit(z: float) -> float:
    """z limited to [−Z_LIMIT, Z_LIMIT] (``ValueError`` if not a finite number)."""
    z = float(z)
    if not math.isfinite(z):
        raise ValueError(f"the logit z is {z}; it must be a finite number")
    return min(Z_LIMIT, max(-Z_LIMIT, z))


def logit(y_hat: float) -> float:
    """The z with sigmoid(z) = ŷ, limited to [−Z_LIMIT, Z_LIMIT] (ŷ = 0 or 1 allowed)."""
    y_hat = float(y_hat)
    if not (0.0 <= y_hat <= 1.0):
        raise ValueError(f"ŷ is {y_hat}; a prediction must be in [0, 1]")
    if y_hat <= 0.0:
        return -Z_LIMIT
    if y_hat >= 1.0:
        return Z_LIMIT
    return clamp_logit(math.log(y_hat) - math.log1p(-y_hat))


def bce_gradient(y, z, unit: str = "bits"):
    """d BCE / d z in `unit`: (ŷ − y) in nats, (ŷ − y) / ln 2 in bits."""
    g = loss_gradient("bce", y, z)
    return g / _LN2 if check_unit(unit) == "bits" else g


def confidently_wrong(y: int, y_hat: float) -> bool:
    """True when the prediction is within :data:`WRONG_MARGIN` of the wrong label."""
    y = check_label(y)
    return abs(float(y_hat) - y) >= 1.0 - WRONG_MARGIN


def wrong_region(y: int) -> tuple:
    """The confidently wrong region as ((ŷ_lo, ŷ_hi), (z_lo, z_hi))."""
    y = check_label(y)
    if y == 1:
        return (0.0, WRONG_MARGIN), (-Z_LIMIT, logit(WRONG_MARGIN))
    return (1.0 - WRONG_MARGIN, 1.0), (logit(1.0 - WRONG_MARGIN), Z_LIMIT)


@dataclass(frozen=True)
class LossPoint:
    """Both losses and gradients at one logit z for label y."""

    y: int
    z: float
    y_hat: float
    bce: float
    mse: float
    grad_bce: float
    grad_mse: float
    wrong: bool
    unit: str


def loss_point(y: int, z: float, unit: str = "bits") -> LossPoint:
    """The numbers the panel prints for label `y` and logit `z` (clamped to ±Z_LIMIT)."""
    y = check_label(y)
    check_unit(unit)
    z = clamp_logit(z)
    y_hat = float(sigmoid(z))
    return LossPoint(y, z, y_hat, float(binary_cross_entropy(y, y_hat, unit)), float(mse_loss(y, y_hat)),
                     float(bce_gradient(y, z, unit)), float(loss_gradient("mse", y, z)),
                     confidently_wrong(y, y_hat), unit)


@dataclass(frozen=True)
class LossCurves:
    """Curves for one label: losses against ŷ, gradients against z (all finite)."""

    y_hat: np.ndarray
    bce: np.ndarray
    mse: np.ndarray
    z: np.ndarray
    grad_bce: np.ndarray
    grad_mse: np.ndarray


def loss_curves(y: int, unit: str = "bits", n: int = 401) -> LossCurves:
    """Sampled curves over ŷ in [sigmoid(−Z_LIMIT), sigmoid(Z_LIMIT)] and z in ±Z_LIMIT."""
    y = check_label(y)
    check_unit(unit)
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2:
        raise ValueError(f"n is {n!r}; a curve needs an integer number of points >= 2")
    y_hat = np.linspace(sigmoid(-Z_LIMIT), sigmoid(Z_LIMIT), n)
    z = np.linspace(-Z_LIMIT, Z_LIMIT, n)
    return LossCurves(y_hat, np.asarray(binary_cross_entropy(y, y_hat, unit), float),
                      np.asarray(mse_loss(y, y_hat), float), z,
                      np.asarray(bce_gradient(y, z, unit), float), np.asarray(loss_gradient("mse", y, z), float))
