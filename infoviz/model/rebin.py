"""Changing the number of bins, and random distributions for the "randomise" button."""
from __future__ import annotations

import numpy as np

from .validation import as_probabilities

MIN_BINS = 2
MAX_BINS = 50


def check_bins(n) -> int:
    """`n` as an int if 2 <= n <= 50, else ``ValueError``."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise ValueError(f"the number of bins must be a whole number, got {n!r}")
    if not MIN_BINS <= n <= MAX_BINS:
        raise ValueError(f"the number of bins must be between {MIN_BINS} and {MAX_BINS}, got {n}")
    return int(n)


def rebin(probs, n: int, limit: int = MAX_BINS) -> np.ndarray:
    """Spread `probs` over `n` equal-width bins covering the same range, preserving mass.

    The cumulative distribution is interpolated at the new bin edges, so a two-humped
    distribution stays two-humped and no mass is created or lost. Not limited to
    :data:`MAX_BINS` when `limit` is None (the benchmark uses 1000 bins).
    """
    p = as_probabilities(probs, "probs")
    if limit is not None and not (isinstance(n, (int, np.integer)) and 2 <= n <= limit):
        check_bins(n)
    n = int(n)
    if n == p.size:
        return p.copy()
    cdf = np.concatenate(([0.0], np.cumsum(p)))
    cdf[-1] = 1.0
    old_edges = np.linspace(0.0, 1.0, p.size + 1)
    new_edges = np.linspace(0.0, 1.0, n + 1)
    out = np.diff(np.interp(new_edges, old_edges, cdf))
    out = np.clip(out, 0.0, None)
    return out / out.sum()


def random_distribution(n: int, rng: np.random.Generator, concentration: float = 1.0) -> np.ndarray:
    """A Dirichlet(`concentration`) sample over `n` outcomes: every bar positive."""
    out = rng.dirichlet(np.full(int(n), float(concentration)))
    out = np.maximum(out, 1e-6)  # keep every measure finite after randomising
    return out / out.sum()


def default_labels(n: int) -> tuple:
    """A, B, C, ... for up to 26 bins, then 1, 2, 3, ..."""
    if n <= 26:
        return tuple(chr(ord("A") + i) for i in range(n))
    return tuple(str(i + 1) for i in range(n))
