"""Gentle gradient descent for the fit panel's animation, and what the panel says about it.

:mod:`infoviz.model.fitting` finds the best q fast (its line search reaches the optimum in
about ten steps), which is right for a result and too quick to watch: the panel would show
a jump, not a descent. Here each step is a small, fixed fraction of a natural-gradient step,
so q glides to the optimum over a hundred or so steps (a few seconds at 30 frames per
second with a few steps per frame) and follows the gradient flow: which basin it ends in
is decided by where it starts, which is the lesson of the reverse divergence.

Same objectives and families as :mod:`infoviz.model.fitting`:

* ``"gaussian"``: q_i proportional to exp(-(i - mu)^2 / (2 sigma^2)) over bins 0..N-1,
  parameters (mu, log sigma), gradient scaled by the inverse Fisher information
  diag(sigma^2, 1/2), each step ``rate`` times that, moving mu by at most a quarter of
  max(sigma, 0.5) bins and log sigma by at most 0.1;
* ``"logits"``: q = softmax(theta), natural-gradient steps (the gradient divided by q,
  which the softmax's Fisher information maps back to the gradient) times ``rate``, no
  logit moving more than 0.5 per step. For the reverse divergence this is exactly
  log q <- (1 - rate) log q + rate log p (up to a constant): q glides to p even where it
  starts near 0, where a plain gradient (proportional to q) would barely move it.

Forward minimises D(p||q); reverse minimises D(q||p) with p floored at
:data:`~infoviz.model.fitting.LOG_FLOOR` inside the log. A step that would raise the
divergence is halved until it does not, so every trace is non-increasing; a fit is
``converged`` once a step lowers the divergence by less than :data:`CONVERGED_DECREASE`.

Also here: :class:`TraceBuffer` (the growing record the trace plot draws), :func:`trace_csv`
(that record as CSV), :func:`local_modes` and :func:`fit_shape` (does q cover the humps of p
or sit on one? for the captions).
"""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field

import numpy as np

from .fitting import DIRECTIONS, LOG_FLOOR, SIGMA_MIN
from .validation import as_probabilities, check_unit

#: The two families of q.
FAMILIES = ("gaussian", "logits")

#: Default fraction of a natural-gradient step per step, by family.
DEFAULT_RATE = {"gaussian": 0.08, "logits": 0.1}

#: A step that lowers the divergence by less than this (nats) ends the fit.
CONVERGED_DECREASE = 1e-9

_MU_CAP = 0.25          # of max(sigma, 0.5) bins per step
_LOG_SIGMA_CAP = 0.1    # per step
_LOGIT_CAP = 0.5        # per logit per step
_LOGIT_MIN = -1000.0
_HALVINGS = 40


# -- the objective ---------------------------------------------------------------------

class _Objective:
    def __init__(self, p: np.ndarray, direction: str, family: str):
        self.p = p
        self.n = p.size
        self.direction = direction
        self.forward = direction == "forward"
        self.family = family
        self.x = np.arange(self.n, dtype=float)
        pos = p > 0
        self.neg_entropy = float(np.sum(p[pos] * np.log(p[pos])))
        self.log_p = np.log(np.maximum(p, LOG_FLOOR))
        self.mu_lo, self.mu_hi = -float(self.n), 2.0 * self.n
        self.s_lo, self.s_hi = math.log(SIGMA_MIN), math.log(100.0 * self.n)

    def _divergence(self, log_q, q):
        if self.forward:
            return self.neg_entropy - float(self.p @ log_q), q - self.p
        fi = log_q - self.log_p
        f = float(q @ fi)
        return f, q * (fi - f)

    def evaluate(self, params):
        """(divergence in nats, gradient, q) at `params`."""
        if self.family == "gaussian":
            mu, s = params
            inv_v = math.exp(-2.0 * s)
            d = self.x - mu
            dd = d * d
            a = dd * (-0.5 * inv_v)
            m = float(a.max())
            e = np.exp(a - m)
            z = float(e.sum())
            q = e / z
            f, w = self._divergence(a - (m + math.log(z)), q)
            return max(f, 0.0), np.array([float(w @ d) * inv_v, float(w @ dd) * inv_v]), q
        e = np.exp(params)  # max(params) == 0
        z = float(e.sum())
        q = e / z
        f, w = self._divergence(params - math.log(z), q)
        return max(f, 0.0), w, q

    def project(self, params):
        if self.family == "gaussian":
            return np.array([min(max(params[0], self.mu_lo), self.mu_hi),
                             min(max(params[1], self.s_lo), self.s_hi)])
        return np.maximum(params - params.max(), _LOGIT_MIN)

    def move(self, params, grad, q, rate):
        """The full (un-halved) step from `params`."""
        if self.family == "gaussian":
            sigma = math.exp(params[1])
            step = np.array([-sigma * sigma * grad[0], -0.5 * grad[1]]) * rate
            scale = min(1.0, _MU_CAP * max(sigma, 0.5) / max(abs(step[0]), 1e-300),
                        _LOG_SIGMA_CAP / max(abs(step[1]), 1e-300))
            return step * scale
        # natural gradient of a softmax: the Fisher information diag(q) - q q^T maps w / q
        # back to w (both gradients sum to 0), so the step is -rate * grad / q
        step = -rate * grad / np.maximum(q, 1e-300)
        big = float(np.abs(step).max()) if step.size else 0.0
        return step * min(1.0, _LOGIT_CAP / max(big, 1e-300))


# -- the stepping value ------------------------------------------------------------------

@dataclass(frozen=True)
class AnimatedFit:
    """One moment of an animated fit; :meth:`step` returns a later one (this one is kept).

    Attributes
    ----------
    family : str
        ``"gaussian"`` or ``"logits"``.
    direction : str
        ``"forward"`` (minimise D(p||q)) or ``"reverse"`` (minimise D(q||p)).
    params : numpy.ndarray
        Read-only: (mu, log sigma), or the logits (largest at 0).
    q : numpy.ndarray
        Read-only: the model distribution now.
    divergence : float
        The divergence being minimised, in nats (see :meth:`divergence_in`).
    steps_taken : int
    converged : bool
        No step lowers the divergence by :data:`CONVERGED_DECREASE` any more; stepping
        further returns the same fit.
    rate : float
    """

    family: str
    direction: str
    params: np.ndarray
    q: np.ndarray
    divergence: float
    steps_taken: int
    converged: bool
    rate: float
    _objective: _Objective = field(repr=False, compare=False)
    _grad: np.ndarray = field(repr=False, compare=False)

    @property
    def p(self) -> np.ndarray:
        """The target (read-only)."""
        return self._objective.p

    @property
    def mu(self):
        """The Gaussian's mean in bins (None for logits)."""
        return float(self.params[0]) if self.family == "gaussian" else None

    @property
    def sigma(self):
        """The Gaussian's standard deviation in bins (None for logits)."""
        return math.exp(float(self.params[1])) if self.family == "gaussian" else None

    def divergence_in(self, unit: str) -> float:
        """:attr:`divergence` in ``"bits"`` or ``"nats"``."""
        return to_unit(self.divergence, unit)

    def step(self, k: int = 1) -> "AnimatedFit":
        """The fit `k` steps later (k >= 0); a converged fit returns itself."""
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 0:
            raise ValueError(f"k is {k!r}; a number of steps must be an integer >= 0")
        obj = self._objective
        params, f, grad, q = self.params, self.divergence, self._grad, self.q
        taken, done = self.steps_taken, self.converged
        for _ in range(int(k)):
            if done:
                break
            full = obj.move(params, grad, q, self.rate)
            t = 1.0
            for _ in range(_HALVINGS):
                trial = obj.project(params + t * full)
                f_new, g_new, q_new = obj.evaluate(trial)
                if f_new <= f:
                    break
                t *= 0.5
            else:
                done = True
                break
            decrease = f - f_new
            params, f, grad, q = trial, f_new, g_new, q_new
            taken += 1
            if decrease < CONVERGED_DECREASE:
                done = True
        if taken == self.steps_taken and done == self.converged:
            return self
        return _make(obj, params, f, grad, q, taken, done, self.rate)


def _make(obj, params, f, grad, q, taken, done, rate) -> AnimatedFit:
    params = np.array(params, float)
    q = np.array(q, float)
    for arr in (params, q):
        arr.setflags(write=False)
    return AnimatedFit(obj.family, obj.direction, params, q, float(f), int(taken), bool(done),
                       float(rate), obj, grad)


def default_start(p) -> tuple:
    """A start (mu0, sigma0) that shows the difference between the directions: a third
    of the way along the bins, narrow (max(1, N/16) bins). On the two-humped preset the
    reverse fit from here settles on the left hump, and from the mirror position on the
    right one."""
    n = as_probabilities(p, "p").size
    return (n - 1) / 3.0, max(1.0, n / 16.0)


def start_animated_fit(p, direction: str, family: str = "gaussian", mu0=None, sigma0=None,
                       rate=None) -> AnimatedFit:
    """The first frame of an animated fit of q to `p`.

    Parameters
    ----------
    p : sequence of float
        The target distribution.
    direction : {"forward", "reverse"}
    family : {"gaussian", "logits"}
        For ``"logits"`` the start is the logits of the discretised Gaussian (mu0, sigma0)
        (floored at -30), so both families start from the same q.
    mu0, sigma0 : float, optional
        The start, in bins; default :func:`default_start`. sigma0 must be > 0.
    rate : float, optional
        Fraction of a natural-gradient step per step (Gaussian) or the step size on the
        logits; default :data:`DEFAULT_RATE`. Must be > 0 and finite.

    Raises
    ------
    ValueError
        For an invalid p, direction, family, start or rate.
    """
    arr = as_probabilities(p, "p")
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; use 'forward' or 'reverse'")
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}; use 'gaussian' or 'logits'")
    d_mu, d_sigma = default_start(arr)
    mu = d_mu if mu0 is None else _finite(mu0, "mu0")
    sigma = d_sigma if sigma0 is None else _finite(sigma0, "sigma0")
    if sigma <= 0:
        raise ValueError(f"sigma0 is {sigma:g}; a standard deviation must be > 0")
    r = DEFAULT_RATE[family] if rate is None else _finite(rate, "rate")
    if r <= 0:
        raise ValueError(f"rate is {r:g}; it must be > 0")
    obj = _Objective(arr, direction, family)
    gaussian = obj if family == "gaussian" else _Objective(arr, direction, "gaussian")
    params = gaussian.project(np.array([mu, math.log(sigma)]))
    if family == "logits":
        _, _, q0 = gaussian.evaluate(params)
        with np.errstate(divide="ignore"):
            params = obj.project(np.maximum(np.log(q0), -30.0))
    f, grad, q = obj.evaluate(params)
    return _make(obj, params, f, grad, q, 0, False, r)


# -- the record the trace plot draws ------------------------------------------------------

class TraceBuffer:
    """A growing record of (divergence in nats, mu, sigma) per step, stored in arrays that
    double when full, so drawing the trace each frame copies nothing.

    The views :attr:`steps`, :attr:`divergence`, :attr:`mu`, :attr:`sigma` are read-only
    slices (valid until the next :meth:`append`)."""

    def __init__(self, capacity: int = 256):
        self._data = np.zeros((max(int(capacity), 1), 3))
        self._steps = np.arange(self._data.shape[0], dtype=float)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def clear(self) -> None:
        self._n = 0

    def append(self, divergence: float, mu=None, sigma=None) -> None:
        """Record one step (mu and sigma are NaN for the logit family)."""
        if self._n == self._data.shape[0]:
            grown = np.zeros((2 * self._n, 3))
            grown[: self._n] = self._data
            self._data = grown
            self._steps = np.arange(grown.shape[0], dtype=float)
        self._data[self._n] = (divergence, math.nan if mu is None else mu,
                               math.nan if sigma is None else sigma)
        self._n += 1

    def record(self, fit: AnimatedFit) -> None:
        """Append `fit`'s divergence, mu and sigma."""
        self.append(fit.divergence, fit.mu, fit.sigma)

    def _view(self, arr):
        v = arr[: self._n]
        v.flags.writeable = False
        return v

    @property
    def steps(self) -> np.ndarray:
        return self._view(self._steps)

    @property
    def divergence(self) -> np.ndarray:
        """In nats."""
        return self._view(self._data[:, 0])

    @property
    def mu(self) -> np.ndarray:
        return self._view(self._data[:, 1])

    @property
    def sigma(self) -> np.ndarray:
        return self._view(self._data[:, 2])

    def divergence_in(self, unit: str) -> np.ndarray:
        """The divergences in ``"bits"`` or ``"nats"`` (a new array)."""
        return to_unit(self.divergence, unit)


def trace_csv(traces, unit: str = "bits", family: str = "gaussian") -> str:
    """The trace plot's data as CSV text.

    Parameters
    ----------
    traces : mapping of str to TraceBuffer
        One record per direction shown (``"forward"``, ``"reverse"``), in column order.
    unit : {"bits", "nats"}
        Unit of the divergence columns.
    family : {"gaussian", "logits"}
        ``"gaussian"`` adds mu and sigma columns per direction.

    Returns
    -------
    str
        Header ``step,<direction>_divergence_<unit>[,<direction>_mu,<direction>_sigma]...``
        then one row per step (step 0 is the start); a direction with fewer steps (it
        converged sooner) leaves its cells empty. Infinity is written ``inf``.
    """
    check_unit(unit)
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}; use 'gaussian' or 'logits'")
    names = list(traces)
    for name in names:
        if name not in DIRECTIONS:
            raise ValueError(f"unknown direction {name!r}; use 'forward' or 'reverse'")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    header = ["step"]
    for name in names:
        header.append(f"{name}_divergence_{unit}")
        if family == "gaussian":
            header += [f"{name}_mu", f"{name}_sigma"]
    w.writerow(header)
    cols = {name: (traces[name].divergence_in(unit), traces[name].mu, traces[name].sigma) for name in names}
    rows = max((len(traces[name]) for name in names), default=0)
    for i in range(rows):
        row = [str(i)]
        for name in names:
            div, mu, sig = cols[name]
            if i < div.size:
                row.append(_num(div[i]))
                if family == "gaussian":
                    row += [_num(mu[i]), _num(sig[i])]
            else:
                row += [""] * (3 if family == "gaussian" else 1)
        w.writerow(row)
    return out.getvalue()


# -- what to say about a fit ---------------------------------------------------------------

def local_modes(p, min_share: float = 0.05) -> np.ndarray:
    """The humps of p: indices of its local maxima (the middle of a flat top), ignoring
    those lower than `min_share` of the highest bar. Ascending."""
    arr = as_probabilities(p, "p")
    n = arr.size
    top = float(arr.max())
    modes = []
    i = 0
    while i < n:
        j = i
        while j + 1 < n and arr[j + 1] == arr[i]:
            j += 1
        left = arr[i - 1] if i > 0 else -1.0
        right = arr[j + 1] if j + 1 < n else -1.0
        if arr[i] > left and arr[i] > right and arr[i] >= min_share * top:
            modes.append((i + j) // 2)
        i = j + 1
    return np.asarray(modes, int)


@dataclass(frozen=True)
class FitShape:
    """How a fitted Gaussian sits on p's humps.

    Attributes
    ----------
    kind : str
        ``"covers"``: two or more humps lie within mu ± 1.5 sigma; ``"one"``: exactly one
        does (:attr:`mode` says which); ``"none"``: none does, or p has a single hump
        (then the question does not arise: :attr:`humps` < 2).
    mode : int or None
        The hump q sits on, for ``"one"``.
    humps : int
        How many humps p has.
    """

    kind: str
    mode: int | None
    humps: int


def fit_shape(p, mu: float, sigma: float, reach: float = 1.5) -> FitShape:
    """Whether N(mu, sigma) covers several humps of `p` or sits on one (see
    :class:`FitShape`)."""
    modes = local_modes(p)
    m, s = _finite(mu, "mu"), _finite(sigma, "sigma")
    inside = [int(k) for k in modes if abs(k - m) <= reach * s]
    if modes.size < 2:
        return FitShape("none" if not inside else "one", inside[0] if inside else None, int(modes.size))
    if len(inside) >= 2:
        return FitShape("covers", None, int(modes.size))
    if len(inside) == 1:
        return FitShape("one", inside[0], int(modes.size))
    return FitShape("none", None, int(modes.size))


# -- helpers -------------------------------------------------------------------------------

def to_unit(nats, unit: str):
    """A value (or array) in nats, converted to `unit`."""
    check_unit(unit)
    return nats / math.log(2.0) if unit == "bits" else nats


def _num(x: float) -> str:
    if math.isnan(x):
        return ""
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return repr(float(x))


def _finite(value, name: str) -> float:
    if isinstance(value, (str, bytes, bool)) or np.ndim(value) != 0:
        raise ValueError(f"{name} is {value!r}; expected a single finite number")
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} is {value!r}; expected a single finite number") from None
    if not math.isfinite(v):
        raise ValueError(f"{name} is {v}; it must be a finite number")
    return v
