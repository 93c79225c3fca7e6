"""formula() (infoviz.model.formulas): the terms add up to the readout's value."""
import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoviz.model import cross_entropy, entropy, kl_divergence
from infoviz.model.formulas import MAX_TERMS, MEASURES, formula
from infoviz.model.summary import MEASURE_KEYS, summarize


@st.composite
def pairs(draw):
    n = draw(st.integers(2, 12))
    ws = [np.array(draw(st.lists(st.floats(0.0, 1.0), min_size=n, max_size=n))) for _ in range(2)]
    for w in ws:
        if w.sum() == 0:
            w[0] = 1.0
    return ws[0] / ws[0].sum(), ws[1] / ws[1].sum()


@given(pairs(), st.sampled_from(MEASURE_KEYS), st.sampled_from(["bits", "nats"]))
def test_total_equals_summary_and_terms_add_up(pq, key, unit):
    p, q = pq
    f = formula(key, p, q, unit)
    s = summarize(p, q, unit)
    assert f.total == s.values[key]  # the strip shows exactly the readout's number
    values = [t.value for t in f.terms] + ([f.rest_value] if f.rest_count else [])
    total = sum(values)
    assert not math.isnan(total)
    if math.isinf(f.total):
        assert math.isinf(total) and f.infinite
    else:
        assert max(0.0, total) == pytest.approx(f.total, abs=1e-9)
    assert len(f.terms) + f.rest_count == p.size
    assert len(f.terms) == (p.size if p.size <= MAX_TERMS else MAX_TERMS - 1)


def test_cross_entropy_identity_parts():
    p, q = [1, 0, 0, 0], [0.7, 0.1, 0.05, 0.15]
    f = formula("cross_entropy_pq", p, q)
    assert f.total == pytest.approx(0.514573172829758)
    assert f.entropy_part == 0.0 and f.kl_part == pytest.approx(0.514573172829758)
    assert [t.value for t in f.terms][1:] == [0.0, 0.0, 0.0]  # 0·log q = 0
    assert f.terms[0].weight == 1.0 and f.terms[0].arg == 0.7


def test_infinite_outcomes_named():
    f = formula("kl_qp", [1, 0, 0, 0], [0.7, 0.1, 0.05, 0.15])
    assert math.isinf(f.total) and f.infinite == (1, 2, 3) and (f.a, f.b) == ("q", "p")


def test_many_bins_rest_summed():
    p = np.full(10, 0.1)
    f = formula("entropy_p", p, p)
    assert len(f.terms) == 3 and f.rest_count == 7
    assert f.rest_value == pytest.approx(7 * 0.1 * math.log2(10))
    assert f.total == pytest.approx(entropy(p))


def test_kinds_and_errors():
    assert set(MEASURES) == set(MEASURE_KEYS)
    p, q = [0.2, 0.8], [0.5, 0.5]
    assert formula("kl_pq", p, q, "nats").total == pytest.approx(0.192744757021757)
    assert formula("cross_entropy_qp", p, q).total == pytest.approx(cross_entropy(q, p))
    assert formula("kl_qp", p, q).total == pytest.approx(kl_divergence(q, p))
    for bad in (("nope", p, q, "bits"), ("kl_pq", p, q, "dits"), ("kl_pq", p, [1.0], "bits")):
        with pytest.raises(ValueError):
            formula(*bad)
    with pytest.raises(ValueError):
        formula("kl_pq", p, q, max_terms=1)


@given(pairs(), st.sampled_from(MEASURE_KEYS), st.sampled_from(["bits", "nats"]))
def test_a_summary_given_gives_the_same_formula(pq, key, unit):
    """The formula strip passes the window's summary to save computing the terms again:
    the result must be the formula computed from p and q alone, to the last bit."""
    p, q = pq
    assert formula(key, p, q, unit, summary=summarize(p, q, unit)) == formula(key, p, q, unit)


def test_a_summary_of_something_else_is_refused():
    p, q = np.array([0.5, 0.5]), np.array([0.2, 0.8])
    with pytest.raises(ValueError, match="nats"):
        formula("kl_pq", p, q, "bits", summary=summarize(p, q, "nats"))
    with pytest.raises(ValueError, match="3 bins"):
        formula("kl_pq", p, q, "bits", summary=summarize([0.2, 0.3, 0.5], [0.1, 0.1, 0.8], "bits"))


@given(pairs(), st.sampled_from(["bits", "nats"]))
def test_summary_terms_are_the_single_measures_bit_for_bit(pq, unit):
    """summarize computes the six measures from one log p and one log q:
    every term must be exactly what each measure's own function gives (zeros and
    infinities included), and so every total that the readouts show."""
    from infoviz.model.measures import _cross_terms, _entropy_terms, _kl_terms
    p, q = pq
    # a zero on each side (one of them -0.0): 0 log 0, and infinite terms where the other is not 0
    p[0], q[-1] = -0.0, 0.0
    p = p / p.sum() if p.sum() > 0 else np.eye(p.size)[1]  # (all its mass was on bin 0)
    q = q / q.sum() if q.sum() > 0 else np.eye(q.size)[0]
    s = summarize(p, q, unit)
    alone = {"entropy_p": _entropy_terms(p, unit), "entropy_q": _entropy_terms(q, unit),
             "cross_entropy_pq": _cross_terms(p, q, unit), "cross_entropy_qp": _cross_terms(q, p, unit),
             "kl_pq": _kl_terms(p, q, unit), "kl_qp": _kl_terms(q, p, unit)}
    assert set(s.terms) == set(MEASURE_KEYS) == set(alone)
    for key in MEASURE_KEYS:
        assert s.terms[key].tobytes() == alone[key].tobytes(), key  # -0.0 and 0.0 told apart
        assert s.values[key] == max(0.0, float(alone[key].sum()))
    assert list(s.inf_pq) == [i for i in range(p.size) if p[i] > 0 and q[i] == 0]
    assert list(s.inf_qp) == [i for i in range(p.size) if q[i] > 0 and p[i] == 0]
