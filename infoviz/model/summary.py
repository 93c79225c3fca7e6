"""Everything the window shows for one (p, q, unit), computed once per change.

The widgets read a :class:`Summary` instead of calling the measures themselves, so a
frame computes each number exactly once and every view shows the same value.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .measures import _all_terms
from .validation import as_pair, check_unit

#: The six measures, in the order the readouts show them; keys of :attr:`Summary.values`.
MEASURE_KEYS = ("entropy_p", "entropy_q", "cross_entropy_pq", "cross_entropy_qp", "kl_pq", "kl_qp")


@dataclass(frozen=True, eq=False)  # arrays inside: == would be ambiguous
class Summary:
    """The six measures and their per-bin terms for one pair of distributions.

    Attributes
    ----------
    unit : str
        ``"bits"`` or ``"nats"``.
    values : dict
        ``MEASURE_KEYS`` -> float (``math.inf`` where infinite, never NaN).
    terms : dict
        The same keys -> per-bin arrays that sum to the values.
    inf_pq, inf_qp : numpy.ndarray
        Bins with p_i > 0 and q_i = 0 (making H(p,q), D(p||q) infinite), and the reverse.
    """

    unit: str
    values: dict
    terms: dict
    inf_pq: np.ndarray
    inf_qp: np.ndarray

    def perplexity(self, key: str) -> float:
        """2**value in bits (e**value in nats): the same number in both units."""
        v = self.values[key]
        if math.isinf(v):
            return math.inf
        base = 2.0 if self.unit == "bits" else math.e
        try:
            return float(base ** v)
        except OverflowError:
            return math.inf


def summarize(p, q, unit: str = "bits") -> Summary:
    """Compute all six measures and their per-bin terms for `p` and `q` in `unit`."""
    check_unit(unit)
    a, b = as_pair(p, q)
    terms = _all_terms(a, b, unit)
    values = {k: max(0.0, float(t.sum())) for k, t in terms.items()}
    for arr in terms.values():
        arr.setflags(write=False)
    return Summary(unit, values, terms,
                   np.flatnonzero((a > 0) & (b == 0)), np.flatnonzero((b > 0) & (a == 0)))
