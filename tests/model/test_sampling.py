"""SampleStream (infoviz.model.sampling): incremental draws equal nll_samples' draws."""
import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoviz.model import cross_entropy, entropy, kl_divergence, nll_samples
from infoviz.model.sampling import MAX_DRAWS, SampleStream

P = [0.5, 0.25, 0.125, 0.125]
Q = [0.25, 0.25, 0.25, 0.25]


@given(st.lists(st.integers(0, 60), min_size=1, max_size=8), st.integers(0, 2**32 - 1),
       st.sampled_from(["bits", "nats"]))
def test_batches_are_the_draws_of_one_call(batches, seed, unit):
    s = SampleStream(P, Q, seed=seed)
    for k in batches:
        s.draw(k)
    n = sum(batches)
    assert s.n == n
    if n == 0:
        assert s.mean(unit) is None and s.decomposition(unit) is None
        return
    ref = nll_samples(P, Q, n, seed=seed, unit=unit)
    np.testing.assert_array_equal(s.outcomes, ref.outcomes)
    np.testing.assert_allclose(s.running_mean(unit), ref.running_mean, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(s.running_se(unit), ref.running_se, rtol=1e-9, atol=1e-12)
    assert s.counts.sum() == n


def test_seed_determinism_and_difference():
    a, b, c = SampleStream(P, Q, 7), SampleStream(P, Q, 7), SampleStream(P, Q, 8)
    for s in (a, b, c):
        s.draw(200)
    np.testing.assert_array_equal(a.outcomes, b.outcomes)
    assert not np.array_equal(a.outcomes, c.outcomes)


def test_identity_average_nll_is_cross_entropy_of_empirical():
    s = SampleStream([0.6, 0.3, 0.1], [0.2, 0.5, 0.3], seed=1)
    s.draw(5000)
    for unit in ("bits", "nats"):
        d = s.decomposition(unit)
        ph = s.empirical()
        assert d.nll == pytest.approx(cross_entropy(ph, [0.2, 0.5, 0.3], unit), abs=1e-10)
        assert d.cross_entropy == pytest.approx(d.entropy + d.kl, abs=1e-12)
        assert d.entropy == pytest.approx(entropy(ph, unit))
        assert d.kl == pytest.approx(kl_divergence(ph, [0.2, 0.5, 0.3], unit))
        assert d.expected == pytest.approx(cross_entropy([0.6, 0.3, 0.1], [0.2, 0.5, 0.3], unit))
        assert abs(d.nll - d.expected) < 4 * s.se(unit)


def test_zero_q_gives_inf_from_that_draw_on_never_nan():
    p = [0.5, 0.5]
    q = [1.0, 0.0]
    s = SampleStream(p, q, seed=0)
    while s.infinite_draw is None:
        s.draw(3)
    k = s.infinite_draw
    assert s.infinite_outcome == 1
    assert s.outcomes[k - 1] == 1
    rm = s.running_mean()
    assert np.all(np.isfinite(rm[:k - 1])) and np.all(np.isinf(rm[k - 1:]))
    assert not np.any(np.isnan(rm)) and not np.any(np.isnan(s.running_se()))
    s.draw(10)
    assert math.isinf(s.mean()) and s.infinite_draw == k
    tr = s.trace()
    assert tr.n.size == k - 1 and np.all(np.isfinite(tr.mean)) and np.all(np.isfinite(tr.se))
    ref = nll_samples(p, q, s.n, seed=0)
    np.testing.assert_array_equal(np.isinf(s.running_mean()), np.isinf(ref.running_mean))


def test_trace_is_thinned_evenly_on_a_log_axis():
    s = SampleStream(P, Q, seed=3)
    s.draw(50_000)
    tr = s.trace(max_points=500)
    assert tr.n.size <= 500 and tr.n[0] == 1 and tr.n[-1] == 50_000
    assert np.all(np.diff(tr.n) > 0)
    np.testing.assert_allclose(tr.mean, s.running_mean()[tr.n.astype(int) - 1])
    small = SampleStream(P, Q, seed=3)
    small.draw(10)
    assert small.trace().n.tolist() == list(range(1, 11))


def test_same_source_and_validation():
    s = SampleStream(P, Q)
    assert s.same_source(P, Q) and not s.same_source(Q, P) and not s.same_source([0.5, 0.5], [0.5, 0.5])
    with pytest.raises(ValueError):
        SampleStream(P, Q, seed=-1)
    with pytest.raises(ValueError):
        SampleStream([0.5, 0.6], [0.5, 0.5])
    with pytest.raises(ValueError):
        s.draw(-1)
    assert s.draw(0).size == 0
    assert MAX_DRAWS >= 1_000_000
