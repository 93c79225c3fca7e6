"""Losses, their gradients, label smoothing and the sampled NLL (infoviz.model.losses)."""
import math
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.special import expit
from scipy.special import softmax as scipy_softmax

from infoviz.model import (bce_from_logit, binary_cross_entropy, cross_entropy, entropy,
                           loss_gradient, lowest_cross_entropy, mse_loss, nll_running_average,
                           nll_samples, sigmoid, smooth_labels, softmax)

LN2 = math.log(2)


def _draw_distribution(rng, n, positive=False):
    """Dirichlet weights, sometimes with zeros (unless `positive`)."""
    w = rng.dirichlet(np.full(n, rng.choice([0.2, 1.0, 5.0])))
    if not positive and rng.random() < 0.4:
        w = w * (rng.random(n) < 0.6)
        if w.sum() == 0:
            w[rng.integers(n)] = 1.0
    return w / w.sum()


@st.composite
def distributions(draw, min_size=2, max_size=12, positive=False):
    # numpy draws from a hypothesis-chosen seed: far cheaper than lists of floats, which
    # matters at 1000 examples a property
    n = draw(st.integers(min_size, max_size))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    return _draw_distribution(rng, n, positive)


@st.composite
def pairs(draw):
    n = draw(st.integers(2, 12))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    return _draw_distribution(rng, n), _draw_distribution(rng, n)


def _random_pair(rng, n):
    return rng.dirichlet(np.ones(n)), rng.dirichlet(np.ones(n))


# -- sigmoid and softmax against scipy ---------------------------------------------------

@given(st.floats(-1000, 1000))
def test_sigmoid_matches_expit(z):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert sigmoid(z) == pytest.approx(float(expit(z)), rel=1e-12, abs=1e-300)


def test_sigmoid_arrays_match_expit_without_warnings():
    z = np.linspace(-1000, 1000, 2001)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = sigmoid(z)
    np.testing.assert_allclose(out, expit(z), rtol=1e-12, atol=1e-300)


@given(st.lists(st.floats(-1000, 1000), min_size=1, max_size=20),
       st.floats(0.01, 100.0))
def test_softmax_matches_scipy(logits, temperature):
    z = np.array(logits)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = softmax(z, temperature)
    np.testing.assert_allclose(out, scipy_softmax(z / temperature), rtol=1e-9, atol=1e-300)
    assert out.sum() == pytest.approx(1.0, abs=1e-12)


# -- mse_loss ----------------------------------------------------------------------------

def test_mse_loss_has_no_half():
    assert mse_loss(1.0, 0.6) == pytest.approx(0.16)
    assert mse_loss(0, 1) == 1.0
    assert mse_loss(0.3, 0.3) == 0.0
    assert isinstance(mse_loss(1, 0.5), float)


@given(st.floats(0, 1), st.floats(0, 1))
def test_mse_loss_formula(y, y_hat):
    assert mse_loss(y, y_hat) == (y_hat - y) ** 2


def test_mse_loss_arrays_broadcast():
    y_hat = np.linspace(0, 1, 11)
    out = mse_loss(1.0, y_hat)
    assert isinstance(out, np.ndarray) and out.shape == (11,)
    np.testing.assert_allclose(out, (y_hat - 1.0) ** 2)
    np.testing.assert_allclose(mse_loss([[0.0], [1.0]], [0.25, 0.5]),
                               [[0.0625, 0.25], [0.5625, 0.25]])


@pytest.mark.parametrize("y, y_hat", [(1.5, 0.5), (0.5, -0.1), (math.nan, 0.5), (0.5, math.inf),
                                      ("1", 0.5), ([0.1, 2.0], 0.5), ([0.1, 0.2], [0.1, 0.2, 0.3])])
def test_mse_loss_rejects_bad_input(y, y_hat):
    with pytest.raises(ValueError):
        mse_loss(y, y_hat)


# -- loss_gradient -----------------------------------------------------------------------

def _bce_of_logit(y, z):
    return binary_cross_entropy(y, sigmoid(z), unit="nats")


def _mse_of_logit(y, z):
    return mse_loss(y, sigmoid(z))


def _central_difference(f, y, z, h=1e-5):
    return (f(y, z + h) - f(y, z - h)) / (2 * h)


@given(st.floats(0, 1), st.floats(-12, 12))
def test_bce_gradient_matches_finite_difference(y, z):
    # |z| <= 12: beyond, 1 - sigmoid(z) loses digits inside binary_cross_entropy and the
    # difference quotient, not the gradient, goes wrong (bce_from_logit below goes further)
    numeric = _central_difference(_bce_of_logit, y, z, h=1e-4)
    assert loss_gradient("bce", y, z) == pytest.approx(numeric, rel=1e-5, abs=1e-7)


@given(st.floats(0, 1), st.floats(-60, 60))
def test_bce_gradient_matches_finite_difference_of_bce_from_logit(y, z):
    numeric = _central_difference(lambda yy, zz: bce_from_logit(yy, zz, unit="nats"), y, z)
    assert loss_gradient("bce", y, z) == pytest.approx(numeric, rel=1e-5, abs=1e-7)


@given(st.floats(0, 1), st.floats(-12, 12))
def test_bce_from_logit_matches_binary_cross_entropy(y, z):
    for unit in ("bits", "nats"):
        assert bce_from_logit(y, z, unit) == pytest.approx(
            binary_cross_entropy(y, sigmoid(z), unit), rel=1e-9, abs=1e-12)


def test_bce_from_logit_stays_finite_where_the_sigmoid_saturates():
    assert bce_from_logit(0, 40, unit="nats") == pytest.approx(40.0, rel=1e-12)
    assert bce_from_logit(1, -1000, unit="nats") == pytest.approx(1000.0, rel=1e-12)
    assert bce_from_logit(1, 1000) == 0.0
    assert bce_from_logit(1, 0) == pytest.approx(1.0)  # -log2(1/2)
    z = np.linspace(-1000, 1000, 101)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = bce_from_logit(0.3, z)
    assert np.isfinite(out).all() and (out >= 0).all()
    with pytest.raises(ValueError):
        bce_from_logit(0.5, math.inf)


@given(st.floats(0, 1), st.floats(-20, 20))
def test_mse_gradient_matches_finite_difference(y, z):
    numeric = _central_difference(_mse_of_logit, y, z)
    assert loss_gradient("mse", y, z) == pytest.approx(numeric, rel=1e-5, abs=1e-8)


@given(st.floats(0, 1), st.floats(-1000, 1000))
def test_gradient_formulas(y, z):
    y_hat = float(expit(z))
    assert loss_gradient("bce", y, z) == pytest.approx(y_hat - y, abs=1e-15)
    assert loss_gradient("mse", y, z) == pytest.approx(2 * (y_hat - y) * y_hat * (1 - y_hat),
                                                       abs=1e-15)


def test_gradient_known_values_and_the_lesson():
    assert loss_gradient("bce", 1, 0) == -0.5
    assert loss_gradient("mse", 1, 0) == -0.25
    assert isinstance(loss_gradient("bce", 1, 0), float)
    # badly wrong (label 1, logit -10): cross entropy still pushes hard, MSE barely at all
    bce, mse = loss_gradient("bce", 1, -10), loss_gradient("mse", 1, -10)
    assert bce == pytest.approx(-1.0, abs=1e-4)
    assert abs(mse) < 1e-4
    assert abs(bce) > 1000 * abs(mse)


def test_gradient_arrays_broadcast():
    z = np.linspace(-8, 8, 33)
    for loss in ("bce", "mse"):
        out = loss_gradient(loss, 1.0, z)
        assert out.shape == z.shape
        np.testing.assert_allclose(out, [loss_gradient(loss, 1.0, float(v)) for v in z])
    out = loss_gradient("bce", [[0.0], [1.0]], [-1.0, 0.0, 1.0])
    assert out.shape == (2, 3)


@pytest.mark.parametrize("loss", ["BCE", "mae", "", None, 3])
def test_gradient_rejects_unknown_loss(loss):
    with pytest.raises(ValueError, match="unknown loss"):
        loss_gradient(loss, 1, 0)


@pytest.mark.parametrize("y, z", [(1.5, 0), (-0.1, 0), (0.5, math.nan), (0.5, math.inf),
                                  (0.5, [0.0, -math.inf]), ("1", 0), (1, "0"),
                                  ([0.1, 0.2], [1.0, 2.0, 3.0])])
def test_gradient_rejects_bad_input(y, z):
    with pytest.raises(ValueError):
        loss_gradient("bce", y, z)


def test_gradient_error_names_the_entry():
    with pytest.raises(ValueError, match=r"z\[1\] is nan"):
        loss_gradient("mse", 0.5, [0.0, math.nan])


# -- smooth_labels and lowest_cross_entropy -----------------------------------------------

@given(distributions(), st.floats(0, 1))
def test_smooth_labels_formula(target, eps):
    out = smooth_labels(target, eps)
    np.testing.assert_allclose(out, (1 - eps) * target + eps / target.size, rtol=0, atol=1e-15)
    assert out.sum() == pytest.approx(1.0, abs=1e-12)
    assert out.min() >= eps / target.size - 1e-15


def test_smooth_labels_ends():
    one_hot = [0.0, 1.0, 0.0, 0.0]
    np.testing.assert_array_equal(smooth_labels(one_hot, 0.0), one_hot)
    np.testing.assert_allclose(smooth_labels(one_hot, 1.0), [0.25] * 4)
    np.testing.assert_allclose(smooth_labels(one_hot, 0.1), [0.025, 0.925, 0.025, 0.025])


@pytest.mark.parametrize("eps", [-0.01, 1.01, math.nan, math.inf, "0.1", [0.1, 0.2]])
def test_smooth_labels_rejects_bad_eps(eps):
    with pytest.raises(ValueError, match="eps"):
        smooth_labels([1.0, 0.0], eps)


@pytest.mark.parametrize("target", [[0.5, 0.6], [-0.1, 1.1], [], [0.0, 0.0], [math.nan, 1.0]])
def test_smooth_labels_rejects_bad_target(target):
    with pytest.raises(ValueError, match="target"):
        smooth_labels(target, 0.1)


def test_lowest_cross_entropy_known_value():
    # one-hot over 4 classes, eps = 0.1: target (0.925, 0.025, 0.025, 0.025)
    expected = -(0.925 * math.log2(0.925) + 3 * 0.025 * math.log2(0.025))
    assert lowest_cross_entropy([1, 0, 0, 0], 0.1) == pytest.approx(expected, rel=1e-12)
    assert lowest_cross_entropy([1, 0, 0, 0], 0.1, unit="nats") == pytest.approx(expected * LN2)
    assert lowest_cross_entropy([1, 0, 0, 0], 0.0) == 0.0
    assert lowest_cross_entropy([1, 0, 0, 0], 1.0) == pytest.approx(2.0)


@given(distributions(), st.floats(0, 1), distributions(min_size=12, max_size=12, positive=True))
def test_lowest_cross_entropy_is_the_minimum_over_q(p, eps, q_full):
    floor = lowest_cross_entropy(p, eps)
    smoothed = smooth_labels(p, eps)
    assert floor == pytest.approx(entropy(smoothed), abs=1e-12)
    assert cross_entropy(smoothed, smoothed) == pytest.approx(floor, abs=1e-12)
    q = q_full[: p.size] / q_full[: p.size].sum()
    assert cross_entropy(smoothed, q) >= floor - 1e-12


def test_lowest_cross_entropy_rejects_bad_unit():
    with pytest.raises(ValueError, match="unit"):
        lowest_cross_entropy([1, 0], 0.1, unit="bans")


# -- nll_running_average and nll_samples ---------------------------------------------------

def test_nll_draws_are_default_rng_choice():
    p, q = [0.2, 0.5, 0.3], [0.1, 0.6, 0.3]
    s = nll_samples(p, q, 50, seed=7)
    expected = np.random.default_rng(7).choice(3, size=50, p=p)
    np.testing.assert_array_equal(s.outcomes, expected)
    np.testing.assert_allclose(s.surprisal, -np.log2(np.asarray(q)[expected]))
    np.testing.assert_allclose(s.running_mean, np.cumsum(s.surprisal) / np.arange(1, 51))
    np.testing.assert_array_equal(nll_running_average(p, q, 50, seed=7), s.running_mean)
    assert s.expected == pytest.approx(cross_entropy(p, q))


def test_nll_is_deterministic_for_a_seed_and_varies_with_it():
    p, q = [0.2, 0.5, 0.3], [0.1, 0.6, 0.3]
    a = nll_running_average(p, q, 200, seed=3)
    np.testing.assert_array_equal(a, nll_running_average(p, q, 200, seed=3))
    assert not np.array_equal(a, nll_running_average(p, q, 200, seed=4))
    np.testing.assert_array_equal(nll_running_average(p, q, 10), nll_running_average(p, q, 10, 0))


def test_nll_units():
    p, q = [0.2, 0.5, 0.3], [0.1, 0.6, 0.3]
    bits = nll_running_average(p, q, 100, seed=1)
    nats = nll_running_average(p, q, 100, seed=1, unit="nats")
    np.testing.assert_allclose(bits * LN2, nats, rtol=1e-12)


def test_nll_tends_to_cross_entropy_for_many_pairs():
    """The mean of n draws is within 5 standard errors of H(p, q) (exact variance), for 300
    random pairs and seeds: deterministic, and a wrong estimator would miss by far more."""
    rng = np.random.default_rng(2024)
    n = 4000
    for seed in range(300):
        p, q = _random_pair(rng, int(rng.integers(2, 30)))
        s = -np.log2(q)
        mean = float(p @ s)
        sd = math.sqrt(max(float(p @ (s - mean) ** 2), 0.0))
        got = nll_running_average(p, q, n, seed=seed)
        assert got.shape == (n,)
        assert got[-1] == pytest.approx(cross_entropy(p, q), abs=5 * sd / math.sqrt(n) + 1e-12)


def test_nll_standard_error_band_covers_about_95_percent():
    rng = np.random.default_rng(7)
    hits = 0
    trials = 400
    for seed in range(trials):
        p, q = _random_pair(rng, int(rng.integers(2, 12)))
        s = nll_samples(p, q, 1000, seed=seed)
        hits += abs(s.running_mean[-1] - s.expected) <= 2 * s.running_se[-1]
    assert 0.90 <= hits / trials <= 0.99


def test_nll_running_standard_error_matches_direct_computation():
    p, q = [0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]
    s = nll_samples(p, q, 300, seed=11, unit="nats")
    assert s.running_se[0] == 0.0
    for k in (2, 3, 10, 57, 300):
        x = s.surprisal[:k]
        assert s.running_se[k - 1] == pytest.approx(np.std(x, ddof=1) / math.sqrt(k),
                                                    rel=1e-9, abs=1e-15)


@given(pairs(), st.integers(1, 300), st.integers(0, 2**32))
def test_nll_never_nan_and_inf_once_q_rules_out_a_draw(pair, n, seed):
    p, q = pair
    s = nll_samples(p, q, n, seed=seed)
    for arr in (s.surprisal, s.running_mean, s.running_se):
        assert arr.shape == (n,)
        assert not np.isnan(arr).any()
        assert (arr >= 0).all()
    impossible = np.asarray(q)[s.outcomes] == 0
    if impossible.any():
        first = int(np.argmax(impossible))
        assert np.isfinite(s.running_mean[:first]).all()
        assert np.isinf(s.running_mean[first:]).all()
        assert np.isinf(s.running_se[first:]).all()
    else:
        assert np.isfinite(s.running_mean).all() and np.isfinite(s.running_se).all()


def test_nll_inf_when_q_rules_out_an_outcome():
    avg = nll_running_average([0.5, 0.5], [1.0, 0.0], 100, seed=0)
    assert not np.isnan(avg).any()
    assert np.isinf(avg[-1])
    first = int(np.argmax(np.isinf(avg)))
    assert np.all(avg[:first] == 0.0) and np.all(np.isinf(avg[first:]))


def test_nll_results_are_read_only():
    s = nll_samples([0.5, 0.5], [0.5, 0.5], 10)
    with pytest.raises(ValueError):
        s.running_mean[0] = 1.0


@pytest.mark.parametrize("n", [0, -1, 2.5, True, "10", None])
def test_nll_rejects_bad_n(n):
    with pytest.raises(ValueError, match="n is"):
        nll_running_average([0.5, 0.5], [0.5, 0.5], n)


@pytest.mark.parametrize("seed", [-1, 1.5, "0", True])
def test_nll_rejects_bad_seed(seed):
    with pytest.raises(ValueError, match="seed"):
        nll_samples([0.5, 0.5], [0.5, 0.5], 10, seed=seed)


@pytest.mark.parametrize("p, q", [([0.5, 0.5], [0.2, 0.3, 0.5]), ([0.5, 0.6], [0.5, 0.5]),
                                  ([0.5, 0.5], [1.2, -0.2])])
def test_nll_rejects_bad_distributions(p, q):
    with pytest.raises(ValueError):
        nll_running_average(p, q, 10)


def test_nll_rejects_bad_unit():
    with pytest.raises(ValueError, match="unit"):
        nll_running_average([0.5, 0.5], [0.5, 0.5], 10, unit="bans")
