"""Fitting a model q to a target p by gradient descent on a KL divergence, both ways round.

The fit panel's lesson: minimising the forward divergence D(p||q) (what maximum likelihood
and cross-entropy training do) makes q *cover* every place p has mass, so a Gaussian fitted
to a two-humped p spreads over both humps; minimising the reverse divergence D(q||p) makes
q *seek a mode*, so the Gaussian settles on one hump, and which one depends on where it
started. A free softmax family (one logit per bin) can reach p exactly, either way.

Two families of q over the N bins of p:

``"gaussian"``
    A discretised Gaussian over the bin positions 0..N-1,
    q_i = exp(-(i - mu)^2 / (2 sigma^2)) / Z, with Z the sum over the N bins.
    Parameters (mu, log sigma).
``"logits"``
    q = softmax(theta): one free logit per bin.

The optimiser is the same for both: gradient descent with analytic gradients, a fixed
diagonal scaling of the gradient, a cap on how far one step may move, and a backtracking
(Armijo) step size, so that it converges without tuning for any p of 2 to 200 bins and the
divergence never rises from one step to the next:

* the Gaussian's gradient is scaled by the inverse Fisher information of a Gaussian in
  (mu, log sigma), diag(sigma^2, 1/2), so a step is measured in standard deviations; one step
  moves mu by at most max(sigma, 0.5) bins and changes sigma by at most a factor of 2;
* the logits' gradient is scaled by the inverse Fisher information of the softmax, which
  acts as diag(1 / q) (so small bins move as fast as large ones; plain gradient descent
  would take thousands of steps to empty a bin that p rules out); one step changes no
  logit by more than 1 nat;
* each step first tries the previous step's size (doubled when that step's decrease
  matched the gradient's prediction well, halved when it fell far short; at most 1, the
  natural-gradient step), then halves it until the divergence falls by at
  least 1e-4 of what the gradient promises;
* a fit is *converged* when the best promised decrease is below 1e-15 nats or no step size
  lowers the divergence any more; further steps then change nothing.

The Gaussian's parameters stay in a box: mu in [-N, 2N] and sigma in [SIGMA_MIN, 100 N].
Because the Gaussian is cut to the N bins, the family also holds near-uniform and
near-exponential shapes (sigma large, mu far outside the bins); a fit to a p without a
Gaussian shape may drift towards those, slowly, against the box. The reverse divergence
has local minima: started much wider than the humps of a multimodal p, the reverse fit
can settle on a broad q over several humps instead of one (see :func:`two_humps`).

Everything is computed in log space (log q = a - logsumexp(a)), so the divergences stay
finite even where q_i underflows to 0 in float64, and nothing is ever NaN.

The reverse divergence with p_i = 0 is +inf for every q of the Gaussian family (whose
q_i > 0 everywhere) and its gradient does not exist, so the reverse objective is
sum q_i log(q_i / max(p_i, LOG_FLOOR)) with ``LOG_FLOOR = 1e-12``: equal to D(q||p) when
every p_i >= 1e-12, and otherwise a finite stand-in that charges each unit of q's mass on
an impossible bin log(1e12) = 27.6 nats.

For animation (the panel's 30 fps timer), the fit is also a value that steps itself::

    state = start_gaussian_fit(p, "reverse")
    # each tick:
    state = state.step(3)          # or fit_step(state, 3); a new state, the old one intact
    draw(state.q, state.mu, state.sigma, state.divergence)

:func:`fit_gaussian` and :func:`fit_logits` run the same steps in one go, and record the
path: ``fit_gaussian(p, d, k).trace[j] == start_gaussian_fit(p, d).step(j).divergence``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .distribution import normalize
from .validation import as_float_vector, as_probabilities, check_unit

#: The two divergences a fit can minimise.
DIRECTIONS = ("forward", "reverse")

#: Floor on p inside log p for the reverse divergence (see the module docstring).
LOG_FLOOR = 1e-12

#: The narrowest Gaussian a fit may reach, in bins: at sigma = 0.05 the discretised
#: Gaussian is one-hot to within exp(-200), so narrower changes nothing.
SIGMA_MIN = 0.05

_C_ARMIJO = 1e-4          # sufficient-decrease constant
_MAX_HALVINGS = 50        # 2**-50 of a step is at the float resolution of any parameter
_NEGLIGIBLE = 1e-15       # nats: a promised decrease below this is round-off
_LOGIT_STEP_CAP = 1.0     # nats per logit per step
_SIGMA_STEP_CAP = math.log(2.0)
_LOGIT_MIN = -1000.0


# -- the two problems: objective, gradient, scaling, bounds ------------------------------

class _Problem:
    """What stays fixed during one fit: p, the direction, and constants derived from p."""

    family = ""
    t_max = 1.0

    def __init__(self, p: np.ndarray, direction: str):
        self.direction = direction
        self.forward = direction == "forward"
        self.p = p
        self.n = p.size
        pos = p > 0
        self.neg_entropy = float(np.sum(p[pos] * np.log(p[pos])))  # sum p log p, 0 log 0 = 0
        self.log_p_floor = np.log(np.maximum(p, LOG_FLOOR))

    def _divergence(self, log_q: np.ndarray, q: np.ndarray):
        """The divergence in nats and, for the reverse direction, the weights
        w_i = q_i (f_i - E_q f) with f = log q - log p, so that the gradient of sum q f is
        sum_i w_i d(log q_i)/d theta (None for the forward direction)."""
        if self.forward:
            return self.neg_entropy - float(self.p @ log_q), None
        fi = log_q - self.log_p_floor
        f = float(q @ fi)
        return f, q * (fi - f)


class _GaussianProblem(_Problem):
    """Parameters (mu, s = log sigma) as a tuple of two floats."""

    family = "gaussian"
    t_max = 1.0

    def __init__(self, p: np.ndarray, direction: str):
        super().__init__(p, direction)
        self.x = np.arange(self.n, dtype=float)
        # mu may leave the bins (a decreasing p is best fitted by a Gaussian centred left
        # of bin 0), within a generous box; sigma from SIGMA_MIN to 100 N.
        self.mu_lo, self.mu_hi = -float(self.n), 2.0 * self.n
        self.s_lo, self.s_hi = math.log(SIGMA_MIN), math.log(100.0 * self.n)

    def project(self, params):
        mu, s = params
        return (min(max(mu, self.mu_lo), self.mu_hi), min(max(s, self.s_lo), self.s_hi))

    def evaluate(self, params):
        """(divergence in nats, gradient as a pair, q) at `params`."""
        mu, s = params
        inv_v = math.exp(-2.0 * s)
        d = self.x - mu
        dd = d * d
        a = dd * (-0.5 * inv_v)
        m = float(a.max())
        e = np.exp(a - m)
        z = float(e.sum())
        q = e / z
        log_q = a - (m + math.log(z))
        f, w = self._divergence(log_q, q)
        if w is None:  # forward: grad = E_q[g] - E_p[g], g = (d, d^2) / sigma^2
            w = q - self.p
        # d log q_i / d mu = d_i / v - E_q, d log q_i / d s = d_i^2 / v - E_q
        grad = (float(w @ d) * inv_v, float(w @ dd) * inv_v)
        return max(f, 0.0), grad, q

    def descent(self, params, grad):
        """Descent direction scaled by the inverse Fisher information diag(sigma^2, 1/2),
        capped, with a parameter pinned at a bound not pushed further out."""
        mu, s = params
        sigma = math.exp(s)
        dmu = -sigma * sigma * grad[0]
        ds = -0.5 * grad[1]
        if (mu <= self.mu_lo and dmu < 0) or (mu >= self.mu_hi and dmu > 0):
            dmu = 0.0
        if (s <= self.s_lo and ds < 0) or (s >= self.s_hi and ds > 0):
            ds = 0.0
        scale = min(1.0, max(sigma, 0.5) / max(abs(dmu), 1e-300),
                    _SIGMA_STEP_CAP / max(abs(ds), 1e-300))
        return (dmu * scale, ds * scale), self.t_max

    def moved(self, params, direction, t):
        return self.project((params[0] + t * direction[0], params[1] + t * direction[1]))

    @staticmethod
    def inner(grad, delta_from, delta_to):
        return grad[0] * (delta_to[0] - delta_from[0]) + grad[1] * (delta_to[1] - delta_from[1])

    @staticmethod
    def as_array(params):
        return np.array(params, float)


class _LogitProblem(_Problem):
    """Parameters: the logits, a numpy array whose largest entry is kept at 0."""

    family = "logits"
    t_max = 1.0

    def project(self, params):
        # softmax ignores a shift: keep the largest logit at 0, and none below -1000 (where
        # exp underflows to 0 anyway), so log q stays finite
        return np.maximum(params - params.max(), _LOGIT_MIN)

    def evaluate(self, params):
        e = np.exp(params)  # params.max() == 0: no overflow
        z = float(e.sum())
        q = e / z
        log_q = params - math.log(z)
        f, w = self._divergence(log_q, q)
        return max(f, 0.0), (q - self.p if w is None else w), q

    def descent(self, params, grad):
        """The gradient scaled by the inverse Fisher information of the softmax (which acts
        as diag(1/q) on gradients, up to a shift the softmax ignores), capped so that no
        logit moves more than _LOGIT_STEP_CAP nats.

        Forward: -(q - p)/q = p/q - 1, so a bin that p rules out loses a nat a step and
        every bin moves at the same pace however small its q. Reverse: -(f - E_q f) with
        f = log q - log p, so a full step (t = 1) would land on p (floored) at once."""
        log_q = params - math.log(float(np.exp(params).sum()))
        if self.forward:
            ratio = np.where(self.p > 0, self.p * np.exp(np.minimum(-log_q, 700.0)), 0.0)
            step = ratio - 1.0
        else:
            fi = log_q - self.log_p_floor
            step = -(fi - float(np.exp(log_q) @ fi))
        return step, min(self.t_max, _LOGIT_STEP_CAP / max(float(np.abs(step).max()), 1e-300))

    def moved(self, params, direction, t):
        return self.project(params + t * direction)

    @staticmethod
    def inner(grad, delta_from, delta_to):
        return float(grad @ (delta_to - delta_from))

    @staticmethod
    def as_array(params):
        return np.array(params, float)


def _advance(problem: _Problem, params, f, grad, q, t):
    """One descent step from `params` (where the divergence is `f` nats and its gradient
    `grad`), trying step size `t` first. Returns the new (params, f, grad, q, t, done);
    `done` means no step can lower the divergence any further at float precision.

    Backtracking (Armijo) line search; the next step's first try grows or shrinks with
    how well the linear model predicted this step's decrease, so that most steps cost one
    evaluation."""
    direction, t_max = problem.descent(params, grad)
    slope = problem.inner(grad, params, problem.moved(params, direction, t_max))
    if not -slope > _NEGLIGIBLE:
        return params, f, grad, q, t, True  # stationary, or pinned at a bound
    t = min(t, t_max)
    first = True
    for _ in range(_MAX_HALVINGS):
        trial = problem.moved(params, direction, t)
        f_new, g_new, q_new = problem.evaluate(trial)
        decrease = problem.inner(grad, params, trial)
        if decrease < 0 and f_new <= f + _C_ARMIJO * decrease:
            ratio = (f - f_new) / -decrease
            if first and ratio > 0.75:
                t = min(2.0 * t, t_max)
            elif ratio < 0.25:
                t *= 0.5
            return trial, f_new, g_new, q_new, t, False
        t *= 0.5
        first = False
    return params, f, grad, q, t_max, True  # round-off wins: converged


def _steps(problem, params, f, grad, q, t, done, k, record=None):
    for _ in range(k):
        if not done:
            params, f, grad, q, t, done = _advance(problem, params, f, grad, q, t)
        if record is not None:
            record(params, f)
    return params, f, grad, q, t, done


# -- stepping API ----------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class FitState:
    """One moment of a fit: an immutable value whose :meth:`step` returns the next one.

    Build one with :func:`start_gaussian_fit` or :func:`start_logit_fit`.

    Attributes
    ----------
    family : str
        ``"gaussian"`` or ``"logits"``.
    direction : str
        ``"forward"`` (D(p||q)) or ``"reverse"`` (D(q||p), with p floored at
        :data:`LOG_FLOOR` inside the log).
    unit : str
        Unit of :attr:`divergence`.
    params : numpy.ndarray
        Read-only: (mu, log sigma) for the Gaussian, the logits (largest shifted to 0) for
        the softmax family.
    q : numpy.ndarray
        Read-only: the current model distribution.
    divergence : float
        The divergence being minimised, at :attr:`params`, in :attr:`unit`.
    steps_taken : int
        How many steps led here.
    converged : bool
        True once no step can lower the divergence any further (at float precision); a
        timer can stop then. Stepping a converged state changes only :attr:`steps_taken`.
    """

    family: str
    direction: str
    unit: str
    params: np.ndarray
    q: np.ndarray
    divergence: float
    steps_taken: int
    converged: bool
    _problem: _Problem = field(repr=False, compare=False)
    _raw: object = field(repr=False, compare=False)
    _f: float = field(repr=False, compare=False)
    _grad: np.ndarray = field(repr=False, compare=False)
    _t: float = field(repr=False, compare=False)

    @property
    def p(self) -> np.ndarray:
        """The target distribution (read-only)."""
        return self._problem.p

    @property
    def mu(self):
        """The Gaussian's mean in bins (``None`` for the softmax family)."""
        return float(self.params[0]) if self.family == "gaussian" else None

    @property
    def sigma(self):
        """The Gaussian's standard deviation in bins (``None`` for the softmax family)."""
        return math.exp(float(self.params[1])) if self.family == "gaussian" else None

    @property
    def theta(self):
        """The logits (``None`` for the Gaussian family)."""
        return self.params if self.family == "logits" else None

    def step(self, k: int = 1) -> "FitState":
        """The state `k` steps later (k >= 0); this one is unchanged. See :func:`fit_step`."""
        return fit_step(self, k)


def fit_step(state: FitState, k: int = 1) -> FitState:
    """Advance a fit by `k` descent steps and return the new state (the old one is intact).

    Parameters
    ----------
    state : FitState
        From :func:`start_gaussian_fit`, :func:`start_logit_fit` or an earlier step.
    k : int
        Number of steps, >= 0. At 200 bins a step costs some tens of microseconds, so a
        30 fps timer can take several per frame.

    Returns
    -------
    FitState
    """
    k = _check_steps(k, "k")
    params, f, grad, q, t, done = _steps(state._problem, state._raw, state._f, state._grad,
                                         state.q, state._t, state.converged, k)
    return _make_state(state._problem, state.unit, params, f, grad, q, t, done,
                       state.steps_taken + k)


def start_gaussian_fit(p, direction: str, mu0=None, sigma0=None,
                       unit: str = "bits") -> FitState:
    """The starting state of a discretised-Gaussian fit to `p` (see :func:`fit_gaussian`)."""
    check_unit(unit)
    direction = _check_direction(direction)
    arr = as_probabilities(p, "p")
    problem = _GaussianProblem(arr, direction)
    mean = float(arr @ problem.x)
    if mu0 is None:
        mu = mean
    else:
        mu = _finite(mu0, "mu0")
    if sigma0 is None:
        sigma = max(math.sqrt(max(float(arr @ (problem.x - mean) ** 2), 0.0)), 0.5)
    else:
        sigma = _finite(sigma0, "sigma0")
        if sigma <= 0:
            raise ValueError(f"sigma0 is {sigma:g}; a standard deviation must be > 0")
    params = problem.project((mu, math.log(sigma)))
    f, grad, q = problem.evaluate(params)
    return _make_state(problem, unit, params, f, grad, q, problem.t_max, False, 0)


def start_logit_fit(p, direction: str, theta0=None, unit: str = "bits") -> FitState:
    """The starting state of a softmax-logits fit to `p` (see :func:`fit_logits`)."""
    check_unit(unit)
    direction = _check_direction(direction)
    arr = as_probabilities(p, "p")
    problem = _LogitProblem(arr, direction)
    if theta0 is None:
        theta = np.zeros(arr.size)
    else:
        theta = as_float_vector(theta0, "theta0")
        if theta.size != arr.size:
            raise ValueError(f"theta0 has {theta.size} entries but p has {arr.size}; "
                             "one logit per bin")
    params = problem.project(theta)
    f, grad, q = problem.evaluate(params)
    return _make_state(problem, unit, params, f, grad, q, 1.0, False, 0)


def _make_state(problem, unit, params, f, grad, q, t, done, steps_taken) -> FitState:
    if isinstance(params, np.ndarray):
        params.setflags(write=False)  # logits: every step makes a new array
    shown = problem.as_array(params)
    q = np.array(q, float)
    for arr in (shown, q):
        arr.setflags(write=False)
    return FitState(problem.family, problem.direction, unit, shown, q,
                    _in_unit(f, unit), steps_taken, bool(done), problem, params, f, grad, t)


# -- whole fits ------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class FitResult:
    """The outcome of :func:`fit_gaussian`, with its whole path for animation.

    Attributes
    ----------
    q : numpy.ndarray
        The final discretised Gaussian.
    mu, sigma : float
        Its mean and standard deviation, in bins.
    trace : numpy.ndarray
        The divergence before any step and after each step: length ``steps + 1``,
        non-increasing, in :attr:`unit`.
    mus, sigmas : numpy.ndarray
        mu and sigma at the same moments as :attr:`trace` (length ``steps + 1``);
        ``discretised_gaussian(len(q), mus[k], sigmas[k])`` redraws q after k steps.
    direction : str
        ``"forward"`` or ``"reverse"``.
    unit : str
        ``"bits"`` or ``"nats"``.
    state : FitState
        The final state, to keep stepping from.
    """

    q: np.ndarray
    mu: float
    sigma: float
    trace: np.ndarray
    mus: np.ndarray
    sigmas: np.ndarray
    direction: str
    unit: str
    state: FitState = field(repr=False, compare=False)


@dataclass(frozen=True, eq=False)
class LogitFitResult:
    """The outcome of :func:`fit_logits`.

    Attributes
    ----------
    q : numpy.ndarray
        The final softmax(theta).
    theta : numpy.ndarray
        The final logits (largest shifted to 0).
    trace : numpy.ndarray
        The divergence before any step and after each step: length ``steps + 1``,
        non-increasing, in :attr:`unit`.
    direction, unit : str
    state : FitState
        The final state, to keep stepping from.
    """

    q: np.ndarray
    theta: np.ndarray
    trace: np.ndarray
    direction: str
    unit: str
    state: FitState = field(repr=False, compare=False)


def fit_gaussian(p, direction: str, steps: int = 500, mu0=None, sigma0=None,
                 unit: str = "bits") -> FitResult:
    """Fit a discretised Gaussian q over the bin positions 0..N-1 to p.

    q_i is proportional to exp(-(i - mu)^2 / (2 sigma^2)), normalised over the N bins; the
    fit descends on (mu, log sigma) as the module docstring describes.

    Parameters
    ----------
    p : sequence of float
        The target distribution over N bins.
    direction : {"forward", "reverse"}
        ``"forward"`` minimises D(p||q) (mode-covering), ``"reverse"`` minimises D(q||p)
        (mode-seeking; p floored at :data:`LOG_FLOOR` inside the log).
    steps : int
        Number of descent steps, >= 0.
    mu0 : float, optional
        Starting mean in bins; default p's mean. Clamped to [-N, 2N].
    sigma0 : float, optional
        Starting standard deviation in bins, > 0; default p's standard deviation but at
        least 0.5. Clamped to [SIGMA_MIN, 100 N].
    unit : {"bits", "nats"}
        Unit of the trace.

    Returns
    -------
    FitResult
        Final q, mu and sigma, and the path (trace, mus, sigmas; each ``steps + 1`` long).

    Raises
    ------
    ValueError
        For an invalid p, an unknown direction or unit, a negative or non-integer `steps`,
        a non-finite `mu0`, or a `sigma0` that is not a finite number > 0.
    """
    steps = _check_steps(steps, "steps")
    state = start_gaussian_fit(p, direction, mu0=mu0, sigma0=sigma0, unit=unit)
    path = np.empty((steps + 1, 3))
    path[0] = state._raw[0], state._raw[1], state._f
    row = [1]

    def record(params, f):
        path[row[0]] = params[0], params[1], f
        row[0] += 1

    final = _run(state, steps, record)
    trace = _in_unit(path[:, 2], unit)
    mus, sigmas = path[:, 0].copy(), np.exp(path[:, 1])
    for arr in (trace, mus, sigmas):
        arr.setflags(write=False)
    return FitResult(final.q, final.mu, final.sigma, trace, mus, sigmas,
                     final.direction, unit, final)


def fit_logits(p, direction: str, steps: int = 500, theta0=None,
               unit: str = "bits") -> LogitFitResult:
    """Fit q = softmax(theta), one free logit per bin, to p.

    The family holds every distribution with full support, so both directions drive q to p
    (to within the :data:`LOG_FLOOR` where p has zeros, for the reverse direction).

    Parameters
    ----------
    p : sequence of float
        The target distribution.
    direction : {"forward", "reverse"}
        The divergence to minimise, as in :func:`fit_gaussian`.
    steps : int
        Number of descent steps, >= 0.
    theta0 : sequence of float, optional
        Starting logits, one per bin; default all zero (q uniform).
    unit : {"bits", "nats"}
        Unit of the trace.

    Returns
    -------
    LogitFitResult
        Final q and logits, and the trace (``steps + 1`` long).
    """
    steps = _check_steps(steps, "steps")
    state = start_logit_fit(p, direction, theta0=theta0, unit=unit)
    fs = np.empty(steps + 1)
    fs[0] = state._f
    row = [1]

    def record(params, f):
        fs[row[0]] = f
        row[0] += 1

    final = _run(state, steps, record)
    trace = _in_unit(fs, unit)
    trace.setflags(write=False)
    return LogitFitResult(final.q, final.theta, trace, final.direction, unit, final)


def _run(state: FitState, steps: int, record) -> FitState:
    params, f, grad, q, t, done = _steps(state._problem, state._raw, state._f, state._grad,
                                         state.q, state._t, state.converged, steps, record)
    return _make_state(state._problem, state.unit, params, f, grad, q, t, done, steps)


# -- helpers for the panel ---------------------------------------------------------------

def discretised_gaussian(n: int, mu, sigma) -> np.ndarray:
    """The discretised Gaussian over bin positions 0..n-1 that :func:`fit_gaussian` fits.

    Parameters
    ----------
    n : int
        Number of bins, >= 1.
    mu : float
        Mean, in bins (any finite number).
    sigma : float
        Standard deviation in bins, > 0.

    Returns
    -------
    numpy.ndarray
        q_i proportional to exp(-(i - mu)^2 / (2 sigma^2)), summing to 1.
    """
    n = _check_bins(n, minimum=1)
    m = _finite(mu, "mu")
    s = _finite(sigma, "sigma")
    if s <= 0:
        raise ValueError(f"sigma is {s:g}; a standard deviation must be > 0")
    d = np.arange(n, dtype=float) - m
    with np.errstate(over="ignore", under="ignore"):
        a = -(d / s) ** 2 / 2.0
    a = np.nan_to_num(a, nan=-np.inf, neginf=-np.inf)
    if not np.isfinite(a.max()):  # sigma so small that every bin underflows: nearest bin
        a = np.where(np.abs(d) == np.abs(d).min(), 0.0, -np.inf)
    e = np.exp(a - a.max())
    return e / e.sum()


def two_humps(n: int = 24, centers=None, width=None, weights=(0.75, 0.25)) -> np.ndarray:
    """A two-humped target over n bins: the preset on which forward and reverse fits differ.

    A mixture of discretised Gaussians (see :func:`discretised_gaussian`), normalised over
    the bins. With the defaults every bin is > 0 for any n (the thinnest tail is about
    1e-48), so both divergences stay finite.

    Parameters
    ----------
    n : int
        Number of bins, >= 2.
    centers : sequence of float, optional
        Positions of the humps in bins; default a quarter and three quarters of the way
        along, ``(0.25 (n - 1), 0.75 (n - 1))``.
    width : float, optional
        Standard deviation of each hump in bins, > 0; default ``max(0.5, n / 20)``.
    weights : sequence of float
        Relative masses of the humps, one per centre (non-negative, not all 0; normalised
        here). The default 0.75 / 0.25 is lopsided on purpose: a reverse fit from
        :func:`fit_gaussian`'s default start (p's mean and standard deviation) then settles
        on the heavier, left hump. With equal weights that start sits on the saddle
        between the humps, and the reverse fit, started that wide, stays on a broad local
        minimum over both; pass ``mu0`` near a hump and a ``sigma0`` of about the hump
        width to watch it pick that hump.

    Returns
    -------
    numpy.ndarray
        A probability vector of length n.
    """
    n = _check_bins(n, minimum=2)
    if centers is None:
        centers = (0.25 * (n - 1), 0.75 * (n - 1))
    c = as_float_vector(centers, "centers")
    w = normalize(weights)
    if c.size != w.size:
        raise ValueError(f"centers has {c.size} entries but weights has {w.size}; "
                         "one weight per hump")
    s = max(0.5, n / 20.0) if width is None else _finite(width, "width")
    if s <= 0:
        raise ValueError(f"width is {s:g}; a standard deviation must be > 0")
    mix = sum(wk * discretised_gaussian(n, ck, s) for ck, wk in zip(c, w))
    return normalize(mix)


# -- validation ------------------------------------------------------------------------

def _in_unit(value, unit: str):
    return value / math.log(2) if unit == "bits" else value


def _check_direction(direction) -> str:
    if not isinstance(direction, str) or direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; use 'forward' (minimise "
                         "D(p||q), mode-covering) or 'reverse' (minimise D(q||p), mode-seeking)")
    return direction


def _check_steps(k, name: str) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
        raise ValueError(f"{name} is {k!r}; a number of steps must be an integer >= 0")
    if k < 0:
        raise ValueError(f"{name} is {k}; a number of steps must be >= 0")
    return int(k)


def _check_bins(n, minimum: int) -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise ValueError(f"n is {n!r}; a number of bins must be an integer")
    if n < minimum:
        raise ValueError(f"n is {n}; a number of bins must be at least {minimum}")
    return int(n)


def _finite(value, name: str) -> float:
    if isinstance(value, (str, bytes)) or np.ndim(value) != 0:
        raise ValueError(f"{name} is {value!r}; expected a single finite number")
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} is {value!r}; expected a single finite number") from None
    if not math.isfinite(v):
        raise ValueError(f"{name} is {v}; it must be a finite number")
    return v
