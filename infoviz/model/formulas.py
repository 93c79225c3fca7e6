"""A measure's formula with the current numbers substituted, term by term (the formula strip).

:func:`formula` says which terms to show and what each is worth; the widget only typesets
them. With many bins the first few terms are shown one by one and the rest summed, so the
strip stays one line yet still adds up to the readout's value exactly.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .measures import _cross_terms, _entropy_terms, _kl_terms
from .summary import MEASURE_KEYS
from .validation import as_pair, check_unit

#: Up to this many bins every term is shown; above it, the first ``MAX_TERMS - 1`` and the
#: rest summed.
MAX_TERMS = 4

#: key -> (kind, the distribution weighting the terms, the one inside the log).
MEASURES = {
    "entropy_p": ("entropy", "p", "p"),
    "entropy_q": ("entropy", "q", "q"),
    "cross_entropy_pq": ("cross_entropy", "p", "q"),
    "cross_entropy_qp": ("cross_entropy", "q", "p"),
    "kl_pq": ("kl", "p", "q"),
    "kl_qp": ("kl", "q", "p"),
}


@dataclass(frozen=True)
class FormulaTerm:
    """One term of the sum, for outcome ``index``.

    ``weight`` is the probability in front (a_i), ``arg`` the one inside the log (b_i):
    entropy ``-a_i log a_i``, cross entropy ``-a_i log b_i``, KL ``a_i log(a_i / b_i)``.
    ``value`` is the term in the unit (``inf`` where a_i > 0 and b_i = 0; 0 where a_i = 0).
    """

    index: int
    weight: float
    arg: float
    value: float


@dataclass(frozen=True)
class Formula:
    """Everything the formula strip shows for one measure.

    Attributes
    ----------
    key : str
        One of :data:`~infoviz.model.summary.MEASURE_KEYS`.
    kind : str
        ``"entropy"``, ``"cross_entropy"`` or ``"kl"``.
    a, b : str
        The distribution in front of the log and the one inside it (``"p"`` / ``"q"``).
    terms : tuple of FormulaTerm
        The terms shown one by one.
    rest_count : int
        How many further terms are summed into ``rest_value`` (0 when all are shown).
    rest_value : float
        Their sum (``inf`` if one is).
    total : float
        The measure (the readout's value): never NaN, ``inf`` where infinite.
    infinite : tuple of int
        Outcomes whose term is infinite (a_i > 0, b_i = 0).
    entropy_part, kl_part : float or None
        For a cross entropy, H(a) and KL(a‖b): the identity H(a,b) = H(a) + KL(a‖b).
    unit : str
    """

    key: str
    kind: str
    a: str
    b: str
    terms: tuple
    rest_count: int
    rest_value: float
    total: float
    infinite: tuple
    entropy_part: float | None
    kl_part: float | None
    unit: str


def formula(key: str, p, q, unit: str = "bits", max_terms: int = MAX_TERMS, summary=None) -> Formula:
    """The terms of measure `key` of (p, q) in `unit`.

    Parameters
    ----------
    summary : Summary, optional
        :func:`~infoviz.model.summary.summarize` of this (p, q) in this unit, computed
        already (the window has one per change): its per-bin terms are used instead of
        being computed again. The result is the same.

    Raises
    ------
    ValueError
        For an unknown key or unit, invalid distributions, ``max_terms < 2``, or a
        `summary` in another unit or of another number of bins.
    """
    if key not in MEASURES:
        raise ValueError(f"unknown measure {key!r}; use one of {', '.join(MEASURE_KEYS)}")
    check_unit(unit)
    if isinstance(max_terms, bool) or not isinstance(max_terms, (int, np.integer)) or max_terms < 2:
        raise ValueError(f"max_terms is {max_terms!r}; it must be an integer >= 2")
    pa, qa = as_pair(p, q)
    kind, a_name, b_name = MEASURES[key]
    a, b = (pa, qa) if a_name == "p" else (qa, pa)
    if summary is not None and (summary.unit != unit or summary.terms[key].size != pa.size):
        raise ValueError(f"the summary is of {summary.terms[key].size} bins in {summary.unit}, "
                         f"not of these {pa.size} in {unit}")
    args = a if kind == "entropy" else b
    if summary is not None:
        values = summary.terms[key]
    elif kind == "entropy":
        values = _entropy_terms(a, unit)
    elif kind == "cross_entropy":
        values = _cross_terms(a, b, unit)
    else:
        values = _kl_terms(a, b, unit)
    values = np.where(values == 0.0, 0.0, values)  # no "-0.000"
    n = a.size
    shown = n if n <= max_terms else max_terms - 1
    terms = tuple(FormulaTerm(i, float(a[i]), float(args[i]), float(values[i])) for i in range(shown))
    rest = values[shown:]
    rest_value = float(rest.sum()) if rest.size else 0.0
    total = max(0.0, float(values.sum()))
    infinite = tuple(int(i) for i in np.flatnonzero(np.isinf(values)))
    h_part = kl_part = None
    if kind == "cross_entropy" and summary is not None:
        h_part, kl_part = summary.values[f"entropy_{a_name}"], summary.values[f"kl_{a_name}{b_name}"]
    elif kind == "cross_entropy":
        h_part = max(0.0, float(_entropy_terms(a, unit).sum()))
        kl_part = max(0.0, float(_kl_terms(a, b, unit).sum()))
    return Formula(key, kind, a_name, b_name, terms, int(rest.size), rest_value, total, infinite,
                   h_part, kl_part, unit)
