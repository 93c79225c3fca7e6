"""Distribution and the helpers that make distributions: normalize, uniform, empirical;
plus the per-outcome measures information_content, binary_cross_entropy and infinite_bins.

(The randomised with_bar / nudged invariants are in test_properties.py.)
"""
import math
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoviz.model import (NUDGE_LARGE, NUDGE_SMALL, Distribution, as_probabilities,
                           binary_cross_entropy, empirical, entropy, infinite_bins,
                           information_content, normalize, uniform)

LN2 = math.log(2)


# --- Distribution --------------------------------------------------------------------------
def test_probs_is_a_read_only_copy():
    values = [0.2, 0.3, 0.5]
    arr = np.array(values)
    d = Distribution(arr)
    arr[0] = 0.9  # the caller's array is not the distribution's
    assert d.probs.tolist() == values
    assert isinstance(d.probs, np.ndarray) and d.probs.dtype == float
    assert not d.probs.flags.writeable
    with pytest.raises(ValueError):
        d.probs[0] = 0.5
    assert len(d) == 3


def test_equality_hash_repr():
    a = Distribution([0.5, 0.5])
    assert a == Distribution((0.5, 0.5)) and hash(a) == hash(Distribution([0.5, 0.5]))
    assert a != Distribution([0.4, 0.6]) and a != a.with_lock(0)
    assert a != [0.5, 0.5]
    assert "Distribution" in repr(a) and "locked=[1]" in repr(a.with_lock(1))


def test_with_bar_worked_example():
    d = Distribution([0.1, 0.2, 0.3, 0.4])
    new = d.with_bar(3, 0.7)
    # the others had 0.6 in ratios 1:2:3; now they share 0.3 in the same ratios
    assert new.probs[3] == 0.7
    assert new.probs[:3] == pytest.approx([0.05, 0.1, 0.15], rel=1e-12)
    assert d.probs.tolist() == [0.1, 0.2, 0.3, 0.4]  # immutable: d is unchanged


def test_with_bar_reaches_exactly_zero_and_one():
    d = Distribution([0.25, 0.25, 0.5])
    one = d.with_bar(0, 1.0)
    assert one.probs.tolist() == [1.0, 0.0, 0.0]
    zero = d.with_bar(2, 0.0)
    assert zero.probs.tolist() == [0.5, 0.5, 0.0]
    # and back from one-hot: the others were all zero, so they share the rest equally
    back = one.with_bar(0, 0.4)
    assert back.probs[0] == 0.4
    assert back.probs[1:] == pytest.approx([0.3, 0.3], rel=1e-12)


def test_with_bar_free_zero_bars_share_equally():
    d = Distribution([0.0, 1.0, 0.0, 0.0])
    new = d.with_bar(1, 0.25)
    assert new.probs[1] == 0.25
    assert new.probs[[0, 2, 3]] == pytest.approx([0.25, 0.25, 0.25], rel=1e-12)


def test_with_bar_zero_bar_stays_zero_when_others_have_mass():
    d = Distribution([0.0, 0.5, 0.5])
    assert d.with_bar(1, 0.2).probs.tolist() == pytest.approx([0.0, 0.2, 0.8], rel=1e-12)
    assert d.with_bar(1, 0.2).probs[0] == 0.0


def test_locked_bars_keep_their_values():
    d = Distribution([0.1, 0.2, 0.3, 0.4], locked=[0])
    assert d.locked == frozenset({0}) and d.is_locked(0) and not d.is_locked(1)
    new = d.with_bar(1, 0.5)
    assert new.probs[0] == 0.1 and new.probs[1] == 0.5
    assert new.probs[2:] == pytest.approx([0.4 * 3 / 7, 0.4 * 4 / 7], rel=1e-12)
    assert new.locked == d.locked


def test_value_clamped_to_what_the_locks_leave():
    d = Distribution([0.1, 0.2, 0.3, 0.4], locked=[2, 3])
    assert d.free_mass(0) == pytest.approx(0.3, rel=1e-12)
    new = d.with_bar(0, 0.9)  # only 0.3 is left
    assert new.probs[0] == pytest.approx(0.3, rel=1e-12)
    assert new.probs[1] == 0.0
    assert new.probs[2:].tolist() == [0.3, 0.4]


def test_all_others_locked_bar_takes_what_is_left():
    d = Distribution([0.1, 0.2, 0.3, 0.4], locked=[0, 1, 3])
    for value in (0.0, 0.3, 1.0):
        new = d.with_bar(2, value)
        assert new.probs[2] == pytest.approx(0.3, rel=1e-12)
        assert new.probs[[0, 1, 3]].tolist() == [0.1, 0.2, 0.4]


def test_with_bar_on_locked_bar_raises():
    d = Distribution([0.5, 0.5]).with_lock(1)
    with pytest.raises(ValueError, match=r"p\[1\] is locked"):
        d.with_bar(1, 0.2)
    with pytest.raises(ValueError, match="locked"):
        d.nudged(1, NUDGE_SMALL)
    assert d.with_lock(1, False).with_bar(1, 0.2).probs[1] == 0.2  # unlocking frees it


@pytest.mark.parametrize("index", [-1, 4, 2.0, True, "1", None])
def test_with_bar_rejects_bad_index(index):
    d = Distribution([0.25] * 4)
    with pytest.raises(ValueError, match="bar|index"):
        d.with_bar(index, 0.5)


@pytest.mark.parametrize("value", [-0.1, 1.1, math.nan, math.inf, -math.inf, "0.5", None, [0.5]])
def test_with_bar_rejects_bad_value(value):
    d = Distribution([0.25] * 4, name="q")
    with pytest.raises(ValueError, match=r"q\[1\]"):
        d.with_bar(1, value)


def test_locked_index_out_of_range_raises():
    with pytest.raises(ValueError, match="bar 5 does not exist"):
        Distribution([0.5, 0.5], locked=[5])


def test_nudged():
    d = Distribution([0.2, 0.3, 0.5])
    up = d.nudged(0, NUDGE_SMALL)
    assert up.probs[0] == 0.2 + 0.01
    assert up.probs[1:] == pytest.approx([0.79 * 0.375, 0.79 * 0.625], rel=1e-12)
    assert d.nudged(0, NUDGE_LARGE).probs[0] == 0.2 + 0.1
    assert d.nudged(0, -NUDGE_LARGE).probs[0] == 0.2 - 0.1
    assert d.nudged(0, -1.0).probs[0] == 0.0   # clamped at 0
    assert d.nudged(2, 0.9).probs.tolist() == [0.0, 0.0, 1.0]  # clamped at 1
    locked = Distribution([0.2, 0.3, 0.5], locked=[2])
    assert locked.nudged(0, 0.9).probs[0] == pytest.approx(0.5, rel=1e-12)  # lock room
    for bad in (math.nan, math.inf, "0.1", None):
        with pytest.raises(ValueError):
            d.nudged(0, bad)
    assert (NUDGE_SMALL, NUDGE_LARGE) == (0.01, 0.1)


def test_with_probs_keeps_locks_and_length():
    d = Distribution([0.5, 0.5], locked=[0], name="q")
    new = d.with_probs([0.3, 0.7])
    assert new.probs.tolist() == [0.3, 0.7] and new.locked == frozenset({0}) and new.name == "q"
    with pytest.raises(ValueError, match="2 bins"):
        d.with_probs([0.2, 0.3, 0.5])
    with pytest.raises(ValueError, match=r"q\[0\] is 1.2"):
        d.with_probs([1.2, -0.2])


def test_one_outcome():
    d = Distribution([1.0])
    assert d.with_bar(0, 0.3).probs.tolist() == [1.0]  # nothing else can take the rest
    assert entropy([1.0]) == 0.0


# --- normalize -----------------------------------------------------------------------------
@pytest.mark.parametrize("weights, expected", [
    ([1, 1], [0.5, 0.5]), ([2, 0, 6], [0.25, 0.0, 0.75]), ([0.0, 3.0], [0.0, 1.0]),
    ([1e-300, 3e-300], [0.25, 0.75]), ([5e-324, 5e-324], [0.5, 0.5]), ([7.0], [1.0]),
    (np.array([1, 3], dtype=np.int64), [0.25, 0.75]), ([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]),
])
def test_normalize_rescales(weights, expected):
    p = normalize(weights)
    assert p == pytest.approx(expected, rel=1e-12)
    as_probabilities(p)


def test_normalize_huge_weights_no_overflow():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = normalize([1e308, 1e308, 0.0])
    assert p.tolist() == [0.5, 0.5, 0.0]


def test_normalize_does_not_touch_its_input():
    w = np.array([1.0, 3.0])
    normalize(w)
    assert w.tolist() == [1.0, 3.0]


@pytest.mark.parametrize("weights, message", [
    ([1.0, -0.5], r"weights\[1\] is -0.5"), ([0.0, 0.0], "all zero"), ([0], "all zero"),
    ([1.0, math.nan], r"weights\[1\]"), ([math.inf, 1.0], r"weights\[0\]"), ([], "empty"),
    ("12", "text"), ([[1, 2]], "one-dimensional"), (None, "numbers"),
])
def test_normalize_rejects(weights, message):
    with pytest.raises(ValueError, match=message):
        normalize(weights)


@given(st.lists(st.one_of(st.just(0.0), st.floats(0.0, 1e300)), min_size=1, max_size=60)
       .filter(lambda w: any(x > 0 for x in w)))
def test_normalize_property(weights):
    p = normalize(weights)
    w = np.array(weights)
    assert abs(float(p.sum()) - 1.0) <= 1e-12
    assert (p[w == 0] == 0).all()  # zeros stay zero
    as_probabilities(p)
    k = int(np.argmax(w))
    big = w > w[k] * 1e-200  # ratios are kept (where nothing underflows to a subnormal)
    assert np.all(np.abs(p[big] / p[k] - w[big] / w[k]) <= 1e-12 * (w[big] / w[k]))


# --- uniform -------------------------------------------------------------------------------
@pytest.mark.parametrize("n", [1, 2, 6, 50, 1000, np.int64(7)])
def test_uniform(n):
    u = uniform(n)
    assert u.shape == (int(n),) and np.all(u == u[0])
    as_probabilities(u)
    assert entropy(u, unit="nats") == pytest.approx(math.log(n), rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("n", [0, -1, 2.0, True, "3", None])
def test_uniform_rejects(n):
    with pytest.raises(ValueError):
        uniform(n)


# --- empirical -----------------------------------------------------------------------------
def test_empirical_counts():
    q = empirical([0, 1, 1, 2], 4)
    assert q.tolist() == [0.25, 0.5, 0.25, 0.0]
    assert empirical(np.array([3, 3, 3], dtype=np.uint8), 5).tolist() == [0, 0, 0, 1.0, 0]
    assert empirical([0], 1).tolist() == [1.0]


@pytest.mark.parametrize("samples, n_bins, message", [
    ([0, 4], 4, r"samples\[1\] is 4"), ([-1, 0], 3, r"samples\[0\] is -1"),
    ([0.0, 1.0], 2, "integer"), ([], 3, "non-empty"), ([[0, 1]], 2, "1-D"),
    ([0, 1], 0, "at least 1"), ([0, 1], 2.5, "integer"), (["0"], 2, "integer"),
])
def test_empirical_rejects(samples, n_bins, message):
    with pytest.raises(ValueError, match=message):
        empirical(samples, n_bins)


@given(st.integers(1, 50).flatmap(
    lambda n: st.tuples(st.just(n), st.lists(st.integers(0, n - 1), min_size=1, max_size=200))))
def test_empirical_property(case):
    n, samples = case
    q = empirical(samples, n)
    assert q.shape == (n,)
    as_probabilities(q)
    assert q.tolist() == (np.bincount(samples, minlength=n) / len(samples)).tolist()
    # every observed outcome has mass: the data's own NLL under q is finite
    assert infinite_bins(q, q).size == 0


# --- information content -------------------------------------------------------------------
@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_information_content_scalar_and_array(unit):
    scale = 1.0 if unit == "bits" else LN2
    assert information_content(0.5, unit=unit) == pytest.approx(1.0 * scale, rel=1e-12)
    assert information_content(0.25, unit) == pytest.approx(2.0 * scale, rel=1e-12)
    assert isinstance(information_content(0.5, unit=unit), float)
    one = information_content(1.0, unit=unit)
    assert one == 0.0 and math.copysign(1.0, one) == 1.0  # 0, not -0.0
    assert information_content(0.0, unit=unit) == math.inf
    arr = information_content([0.5, 0.25, 0.0, 1.0, 0.125], unit=unit)
    assert isinstance(arr, np.ndarray)
    assert arr.tolist() == pytest.approx([1.0 * scale, 2.0 * scale, math.inf, 0.0, 3.0 * scale],
                                         rel=1e-12)
    # need not sum to 1: a single event's surprise; and 2-D arrays keep their shape
    assert information_content(np.full((2, 3), 0.5), unit=unit).shape == (2, 3)
    assert information_content(5e-324, unit=unit) == pytest.approx(
        -math.log(5e-324) / (LN2 if unit == "bits" else 1.0), rel=1e-12)


# --- binary cross entropy ------------------------------------------------------------------
@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_bce_edge_cases(unit):
    assert binary_cross_entropy(1, 0, unit=unit) == math.inf    # confident and wrong
    assert binary_cross_entropy(0, 1, unit=unit) == math.inf
    assert binary_cross_entropy(0.5, 0.0, unit=unit) == math.inf  # soft label, ruled out
    assert binary_cross_entropy(0.5, 1.0, unit=unit) == math.inf
    for y in (0, 1):
        got = binary_cross_entropy(y, y, unit=unit)               # confident and right
        assert got == 0.0 and math.copysign(1.0, got) == 1.0
    half = binary_cross_entropy(0.5, 0.5, unit=unit)
    assert half == pytest.approx(1.0 if unit == "bits" else LN2, rel=1e-12)
    # a soft label's BCE is minimised at y_hat = y, where it equals the label's entropy
    assert binary_cross_entropy(0.6, 0.6, unit=unit) == pytest.approx(
        entropy([0.6, 0.4], unit=unit), rel=1e-12)
    assert isinstance(binary_cross_entropy(1, 0.6, unit=unit), float)


def test_bce_arrays_broadcast_and_never_nan():
    y = np.array([1.0, 0.0, 1.0, 0.0, 0.5])
    y_hat = np.array([0.0, 1.0, 1.0, 0.0, 0.5])
    out = binary_cross_entropy(y, y_hat)
    assert isinstance(out, np.ndarray)
    assert out.tolist() == [math.inf, math.inf, 0.0, 0.0, 1.0]
    grid = binary_cross_entropy(np.array([0.0, 0.5, 1.0])[:, None], np.linspace(0, 1, 5)[None, :])
    assert grid.shape == (3, 5) and not np.isnan(grid).any() and (grid >= 0).all()
    assert binary_cross_entropy(1, [0.6, 0.9, 0.3]) == pytest.approx(
        [0.736965594166206, 0.152003093445050, 1.736965594166206], rel=1e-12)
    assert binary_cross_entropy([1, 1], 0.6).tolist() == [binary_cross_entropy(1, 0.6)] * 2
    # a mini-batch is averaged by the caller
    assert float(np.mean(binary_cross_entropy([1, 0], [0.6, 0.4]))) == pytest.approx(
        0.736965594166206, rel=1e-12)


# --- infinite_bins -------------------------------------------------------------------------
def test_infinite_bins():
    p = [0.5, 0.0, 0.25, 0.25]
    q = [0.0, 0.5, 0.5, 0.0]
    bins = infinite_bins(p, q)
    assert isinstance(bins, np.ndarray) and bins.tolist() == [0, 3]
    assert infinite_bins(q, p).tolist() == [1]
    assert infinite_bins(p, p).tolist() == []
    assert infinite_bins([1.0, 0.0], [0.0, 1.0]).tolist() == [0]
