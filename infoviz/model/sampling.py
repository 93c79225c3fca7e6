"""Drawing outcomes from p a few at a time and scoring them with q: the sampling panel's rules.

:func:`infoviz.model.nll_samples` draws all n outcomes at once; the panel instead draws 1,
10 or a few hundred a second and needs the running mean so far after every batch. A
:class:`SampleStream` does that incrementally, with exactly the draws (and the same running
mean and standard error formulas) of ``nll_samples(p, q, n, seed)``: numpy's
``Generator.choice`` with probabilities turns one uniform number into one outcome, so k
draws followed by m draws are the first k + m draws of one call.

The lecture's identity (REFERENCE.md concept 9) holds for every sample: the average
negative log-likelihood of the draws under q is the cross entropy of their empirical
distribution p̂ with q, ``H(p̂, q) = H(p̂) + KL(p̂‖q)``; see :meth:`SampleStream.decomposition`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .measures import cross_entropy, entropy, kl_divergence
from .validation import as_pair, check_unit

#: The most draws a stream keeps (a play mode at 1000 draws a second reaches it in 33 minutes).
MAX_DRAWS = 2_000_000

_LN2 = math.log(2.0)


def _from_nats(unit: str) -> float:
    return 1.0 / _LN2 if check_unit(unit) == "bits" else 1.0


def check_seed(seed) -> int:
    """`seed` if it is an integer >= 0, else ``ValueError``."""
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed is {seed!r}; it must be a non-negative integer")
    return int(seed)


@dataclass(frozen=True)
class Decomposition:
    """The average NLL of the draws and its identity ``NLL = H(p̂,q) = H(p̂) + KL(p̂‖q)``.

    Attributes
    ----------
    nll : float
        Mean of -log q(x) over the draws (``inf`` once a draw had q(x) = 0).
    cross_entropy, entropy, kl : float
        H(p̂, q), H(p̂) and KL(p̂‖q) of the empirical distribution p̂ of the draws.
    expected : float
        H(p, q): what the average tends to as the number of draws grows.
    unit : str
    """

    nll: float
    cross_entropy: float
    entropy: float
    kl: float
    expected: float
    unit: str


@dataclass(frozen=True)
class Trace:
    """The running mean to plot: at most ``max_points`` draw counts, evenly spaced on a log
    axis, covering the draws before the first infinite one.

    Attributes
    ----------
    n : numpy.ndarray of float
        Draw counts (1-based).
    mean, se : numpy.ndarray
        Running mean of -log q(x) after that many draws and its standard error; finite.
    """

    n: np.ndarray
    mean: np.ndarray
    se: np.ndarray


class SampleStream:
    """Draws x ~ p in batches, scores each by -log q(x), keeps the running mean and error.

    Parameters
    ----------
    p, q : sequence of float
        The true distribution (drawn from) and the model (scored with), same length.
    seed : int >= 0
        Seed of :func:`numpy.random.default_rng`: the same seed gives the same draws.

    Raises
    ------
    ValueError
        For invalid distributions or seed.
    """

    def __init__(self, p, q, seed: int = 0):
        a, b = as_pair(p, q)
        a.setflags(write=False)
        b.setflags(write=False)
        self._p, self._q = a, b
        self._seed = check_seed(seed)
        self._rng = np.random.default_rng(self._seed)
        with np.errstate(divide="ignore"):
            surprise = np.where(b > 0, -np.log(np.where(b > 0, b, 1.0)), math.inf)
        self._surprise = np.maximum(surprise, 0.0)  # nats; -log 1 is -0.0
        self._n = 0
        cap = 1024
        self._outcomes = np.empty(cap, np.int64)
        self._mean = np.empty(cap)  # nats
        self._se = np.empty(cap)
        self._counts = np.zeros(a.size, np.int64)
        self._shift = 0.0   # the first surprisal: sums of squares stay small (no cancellation)
        self._s1 = 0.0      # running sum of (x - shift) over the finite draws
        self._s2 = 0.0      # running sum of (x - shift)**2
        self._first_inf: int | None = None  # 0-based draw index of the first q(x) = 0 draw

    # -- reading ---------------------------------------------------------------------
    @property
    def p(self) -> np.ndarray:
        return self._p

    @property
    def q(self) -> np.ndarray:
        return self._q

    @property
    def seed(self) -> int:
        return self._seed

    @property
    def n(self) -> int:
        """How many outcomes have been drawn."""
        return self._n

    @property
    def full(self) -> bool:
        """True once :data:`MAX_DRAWS` outcomes have been drawn."""
        return self._n >= MAX_DRAWS

    @property
    def outcomes(self) -> np.ndarray:
        """The drawn outcome indices, in order (read-only view)."""
        v = self._outcomes[:self._n]
        v.setflags(write=False)
        return v

    @property
    def counts(self) -> np.ndarray:
        """How often each outcome was drawn (a copy)."""
        return self._counts.copy()

    def same_source(self, p, q) -> bool:
        """Whether the stream draws from exactly `p` and scores with exactly `q` (when
        either changes the panel starts a new stream)."""
        p, q = np.asarray(p, float), np.asarray(q, float)
        return (p.shape == self._p.shape and q.shape == self._q.shape
                and np.array_equal(p, self._p) and np.array_equal(q, self._q))

    def empirical(self) -> np.ndarray:
        """p̂: the share of each outcome among the draws; all zeros before the first draw."""
        if self._n == 0:
            return np.zeros(self._p.size)
        return self._counts / self._n

    def expected(self, unit: str = "bits") -> float:
        """H(p, q), the value the running mean tends to (``inf`` if some p_i > 0 has q_i = 0)."""
        return cross_entropy(self._p, self._q, unit)

    def mean(self, unit: str = "bits") -> float | None:
        """The average of -log q(x) over the draws so far (None before the first draw,
        ``inf`` once a draw had q(x) = 0; never NaN)."""
        if self._n == 0:
            return None
        return float(self._mean[self._n - 1]) * _from_nats(unit)

    def se(self, unit: str = "bits") -> float | None:
        """Standard error of :meth:`mean` (sample sd over sqrt(n); 0 after one draw)."""
        if self._n == 0:
            return None
        return float(self._se[self._n - 1]) * _from_nats(unit)

    def running_mean(self, unit: str = "bits") -> np.ndarray:
        """The running mean after each draw (length n), as ``nll_samples`` returns it."""
        return self._mean[:self._n] * _from_nats(unit)

    def running_se(self, unit: str = "bits") -> np.ndarray:
        return self._se[:self._n] * _from_nats(unit)

    @property
    def infinite_draw(self) -> int | None:
        """1-based number of the first draw x with q(x) = 0, or None."""
        return None if self._first_inf is None else self._first_inf + 1

    @property
    def infinite_outcome(self) -> int | None:
        """The outcome index of that draw (the one q calls impossible), or None."""
        return None if self._first_inf is None else int(self._outcomes[self._first_inf])

    def decomposition(self, unit: str = "bits") -> Decomposition | None:
        """``average NLL = H(p̂,q) = H(p̂) + KL(p̂‖q)`` for the draws so far (None before the
        first draw)."""
        if self._n == 0:
            return None
        ph = self.empirical()
        return Decomposition(self.mean(unit), cross_entropy(ph, self._q, unit), entropy(ph, unit),
                             kl_divergence(ph, self._q, unit), self.expected(unit), unit)

    def trace(self, unit: str = "bits", max_points: int = 2000) -> Trace:
        """The finite part of the running mean, thinned to at most `max_points` draw counts
        evenly spaced on a log axis (the last draw before an infinite one always included)."""
        m = self._n if self._first_inf is None else self._first_inf
        if max_points < 2:
            raise ValueError(f"max_points is {max_points}; it must be at least 2")
        if m <= max_points:
            idx = np.arange(m)
        else:
            idx = np.unique(np.round(np.geomspace(1, m, max_points)).astype(np.int64)) - 1
        k = _from_nats(unit)
        return Trace((idx + 1).astype(float), self._mean[idx] * k, self._se[idx] * k)

    # -- drawing ---------------------------------------------------------------------
    def draw(self, k: int = 1) -> np.ndarray:
        """Draw `k` more outcomes (fewer once :data:`MAX_DRAWS` is reached) and return them."""
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 0:
            raise ValueError(f"k is {k!r}; the number of draws must be an integer >= 0")
        k = min(int(k), MAX_DRAWS - self._n)
        if k <= 0:
            return np.zeros(0, np.int64)
        new = self._rng.choice(self._p.size, size=k, p=self._p).astype(np.int64)
        self._grow(self._n + k)
        n0 = self._n
        self._outcomes[n0:n0 + k] = new
        self._counts += np.bincount(new, minlength=self._p.size)
        x = self._surprise[new]
        mean = self._mean[n0:n0 + k]
        se = self._se[n0:n0 + k]
        if self._first_inf is not None:
            mean[:] = math.inf
            se[:] = math.inf
        else:
            inf_at = np.flatnonzero(~np.isfinite(x))
            m = k if inf_at.size == 0 else int(inf_at[0])
            if m:
                self._accumulate(x[:m], n0, mean[:m], se[:m])
            if m < k:
                self._first_inf = n0 + m
                mean[m:] = math.inf
                se[m:] = math.inf
        self._n = n0 + k
        return new

    def _accumulate(self, x: np.ndarray, n0: int, mean_out: np.ndarray, se_out: np.ndarray) -> None:
        if n0 == 0:
            self._shift = float(x[0])
        d = x - self._shift
        # Prepend the carried sums: cumsum is sequential, so these are exactly the sums one
        # cumsum over every draw would give (the same numbers as nll_samples).
        s1 = np.cumsum(np.concatenate(([self._s1], d)))[1:]
        s2 = np.cumsum(np.concatenate(([self._s2], d * d)))[1:]
        kk = np.arange(n0 + 1, n0 + x.size + 1, dtype=float)
        mean_out[:] = self._shift + s1 / kk
        var = np.zeros(x.size)
        many = kk > 1
        var[many] = np.maximum(s2[many] - s1[many] ** 2 / kk[many], 0.0) / (kk[many] - 1.0)
        se_out[:] = np.sqrt(var / kk)
        self._s1, self._s2 = float(s1[-1]), float(s2[-1])

    def _grow(self, needed: int) -> None:
        cap = self._outcomes.size
        if needed <= cap:
            return
        while cap < needed:
            cap *= 2
        cap = min(cap, MAX_DRAWS)
        for name in ("_outcomes", "_mean", "_se"):
            old = getattr(self, name)
            new = np.empty(cap, old.dtype)
            new[:self._n] = old[:self._n]
            setattr(self, name, new)
