"""Bad input is refused with ValueError, and the message says what is wrong and where.

DESIGN.md: anything but a sequence of finite numbers in [0, 1] summing to 1 within 1e-9
(negative, NaN, ±inf, all zeros, empty, mismatched lengths, a sum off by more than the
tolerance, an unknown unit) raises ValueError. Also the activations' numerical stability.
"""
import math
import re
import warnings

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
import scipy.special

from infoviz.model import (Distribution, as_probabilities, binary_cross_entropy, contributions,
                           cross_entropy, entropy, infinite_bins, information_content,
                           js_divergence, kl_divergence, perplexity_of, sigmoid, softmax)

NAN, INF = math.nan, math.inf

# (id, bad vector, what the message must say; {name} is "p" or "q")
BAD_VECTORS = [
    ("negative", [0.5, 0.7, -0.2], "{name}[2]"),
    ("negative first", [-0.1, 0.6, 0.5], "{name}[0]"),
    ("above one", [1.5, -0.5], "{name}[0]"),
    ("NaN", [0.5, NAN, 0.5], "{name}[1]"),
    ("+inf", [INF, 0.5, 0.5], "{name}[0]"),
    ("-inf", [0.5, 0.5, -INF], "{name}[2]"),
    ("all zeros", [0.0, 0.0, 0.0], "{name} is all zeros"),
    ("empty", [], "{name} is empty"),
    ("empty array", np.array([]), "{name} is empty"),
    ("sum 1+1e-6", [0.5, 0.500001], "{name} sums to"),
    ("sum 0.9", [0.5, 0.4], "{name} sums to"),
    ("sum 1-1e-8", [0.5, 0.5 - 1e-8], "{name} sums to"),
    ("sum 1+2e-9", [0.25, 0.75 + 2e-9], "{name} sums to"),
    ("2-D", [[0.5, 0.5]], "{name} must be one-dimensional"),
    ("2-D square", np.full((2, 2), 0.25), "{name} must be one-dimensional"),
    ("scalar", 1.0, "{name} must be one-dimensional"),
    ("string", "0.5", "{name} is text"),
    ("bytes", b"0.5", "{name} is text"),
    ("strings", ["0.5", "0.5"], "{name} must hold numbers"),
    ("None", None, "{name} must hold numbers"),
    ("None entry", [0.5, None, 0.5], "{name} must hold numbers"),
    ("ragged", [[0.5], [0.25, 0.25]], "{name} is not a flat sequence"),
    ("complex", [0.5 + 0j, 0.5], "{name} must hold numbers"),
]
BAD_IDS = [b[0] for b in BAD_VECTORS]
BAD_PARAMS = [b[1:] for b in BAD_VECTORS]


def good_like(bad):
    """A valid distribution as long as `bad` (when that means anything), so that only the
    bad argument can be what is reported."""
    try:
        n = len(bad) if np.ndim(bad) == 1 and len(bad) > 0 and not isinstance(bad, str) else 2
    except ValueError:  # ragged nesting
        n = 2
    return [1.0 / n] * n


def expect(message_template, name):
    return re.escape(message_template.format(name=name))


@pytest.mark.parametrize("bad, message", BAD_PARAMS, ids=BAD_IDS)
def test_entropy_rejects(bad, message):
    with pytest.raises(ValueError, match=expect(message, "p")):
        entropy(bad)
    with pytest.raises(ValueError, match=expect(message, "p")):
        entropy(bad, unit="nats")


@pytest.mark.parametrize("func", [cross_entropy, kl_divergence, js_divergence, contributions,
                                  infinite_bins])
@pytest.mark.parametrize("bad, message", BAD_PARAMS, ids=BAD_IDS)
def test_pair_measures_reject_bad_p_and_q(func, bad, message):
    good = good_like(bad)
    with pytest.raises(ValueError, match=expect(message, "p")):
        func(bad, good)
    with pytest.raises(ValueError, match=expect(message, "q")):
        func(good, bad)


@pytest.mark.parametrize("bad, message", BAD_PARAMS, ids=BAD_IDS)
def test_distribution_rejects(bad, message):
    with pytest.raises(ValueError, match=expect(message, "p")):
        Distribution(bad)
    with pytest.raises(ValueError, match=expect(message, "q")):
        Distribution(bad, name="q")
    with pytest.raises(ValueError, match=expect(message, "p")):
        as_probabilities(bad)


def test_bad_third_entry_of_q_is_named():
    p = [0.5, 0.25, 0.25]
    for q in ([0.5, 0.6, -0.1], [0.5, 0.25, NAN], [0.5, 0.25, INF], [0.5, 0.25, 1.25]):
        for func in (cross_entropy, kl_divergence, js_divergence, contributions):
            with pytest.raises(ValueError, match=re.escape("q[2]")) as info:
                func(p, q)
            assert "p[" not in str(info.value)


@pytest.mark.parametrize("func", [cross_entropy, kl_divergence, js_divergence, contributions,
                                  infinite_bins])
@pytest.mark.parametrize("p, q", [([0.5, 0.5], [1 / 3] * 3), ([1.0], [0.5, 0.5]),
                                  ([0.25] * 4, [0.5, 0.5])])
def test_mismatched_lengths(func, p, q):
    with pytest.raises(ValueError, match=rf"p has {len(p)} entries but q has {len(q)}"):
        func(p, q)
    with pytest.raises(ValueError, match=rf"p has {len(q)} entries but q has {len(p)}"):
        func(q, p)


@pytest.mark.parametrize("ok", [[0.5, 0.5 + 5e-10], [0.5, 0.5 - 5e-10], [1.0], [0.1] * 10,
                                (0.2, 0.8), np.array([0.25, 0.75], dtype=np.float32),
                                np.array([0, 1]), [True, False]])
def test_within_tolerance_is_accepted_unchanged(ok):
    """A sum within 1e-9 of 1 is accepted as typed: never silently renormalised."""
    arr = as_probabilities(ok)
    assert np.array_equal(arr, np.asarray(ok, dtype=float))
    assert np.array_equal(Distribution(ok).probs, np.asarray(ok, dtype=float))
    assert math.isfinite(entropy(ok)) and kl_divergence(ok, ok) == 0.0


# --- units -----------------------------------------------------------------------------
BAD_UNITS = ["dits", None, "BITS", "Nats", "bit", "", 2, "log2"]


@pytest.mark.parametrize("unit", BAD_UNITS, ids=repr)
def test_unknown_unit(unit):
    p, q = [0.5, 0.5], [0.25, 0.75]
    calls = [lambda: entropy(p, unit=unit), lambda: entropy(p, unit),
             lambda: cross_entropy(p, q, unit=unit), lambda: kl_divergence(p, q, unit=unit),
             lambda: js_divergence(p, q, unit=unit), lambda: contributions(p, q, unit=unit),
             lambda: binary_cross_entropy(1, 0.5, unit=unit),
             lambda: information_content(p, unit=unit), lambda: perplexity_of(1.0, unit)]
    for call in calls:
        with pytest.raises(ValueError, match="unit"):
            call()


def test_unit_is_checked_before_the_numbers():
    """A bad unit is reported even when the vector is fine, and names the unit given."""
    with pytest.raises(ValueError, match=r"unit 'dits'"):
        entropy([0.5, 0.5], unit="dits")


# --- binary cross entropy and information content -------------------------------------------
@pytest.mark.parametrize("y, y_hat, message", [
    (-0.1, 0.5, "y is -0.1"), (1.1, 0.5, "y is 1.1"), (NAN, 0.5, "y is nan"),
    (1, -0.5, "y_hat is -0.5"), (1, 1.5, "y_hat is 1.5"), (1, INF, "y_hat is inf"),
    ("1", 0.5, "y is text"), (1, "0.5", "y_hat is text"), (None, 0.5, "y is None"),
    ([1, 0, 2], [0.5, 0.5, 0.5], "y[2]"), ([1, 0], [0.5, NAN], "y_hat[1]"),
    ([1, 0], [0.5, 0.5, 0.5], "shape"), (["1", "0"], [0.5, 0.5], "y must hold numbers"),
])
def test_binary_cross_entropy_rejects(y, y_hat, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        binary_cross_entropy(y, y_hat)


@pytest.mark.parametrize("p, message", [(-0.1, "p is -0.1"), (1.5, "p is 1.5"), (NAN, "p is nan"),
                                        ("0.5", "p is text"), ([0.5, -1.0], "p[1]"),
                                        ([[0.5, 2.0]], "p[0,1]")])
def test_information_content_rejects(p, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        information_content(p)


# --- activations --------------------------------------------------------------------------------
@pytest.mark.parametrize("temperature", [0, 0.0, -0.0, -1, -1e-300, NAN, None, "1"], ids=repr)
def test_softmax_rejects_bad_temperature(temperature):
    with pytest.raises(ValueError, match="temperature"):
        softmax([1.0, 2.0, 3.0], temperature)


@pytest.mark.parametrize("logits, message", [([1.0, NAN], "logits[1]"), ([INF, 0.0], "logits[0]"),
                                             ([], "logits is empty"), ([[1.0, 2.0]], "logits"),
                                             ("12", "logits is text")])
def test_softmax_rejects_bad_logits(logits, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        softmax(logits)


EXTREME_LOGITS = [
    [1000.0, -1000.0], [-1000.0, 1000.0], [1000.0, 1000.0], [-1000.0, -1000.0],
    [1000.0, 999.0, 0.0, -1000.0], [-1000.0, -999.5, -1000.0],
    list(np.linspace(-1000.0, 1000.0, 11)), [0.0], [-1000.0],
]


@pytest.mark.parametrize("temperature", [0.05, 1.0, 20.0])
@pytest.mark.parametrize("logits", EXTREME_LOGITS, ids=str)
def test_softmax_stable_at_extremes(logits, temperature):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = softmax(logits, temperature)
    assert np.isfinite(s).all() and ((s >= 0) & (s <= 1)).all()
    assert abs(float(s.sum()) - 1.0) <= 1e-12
    oracle = scipy.special.softmax(np.array(logits) / temperature)
    if np.isfinite(oracle).all():
        assert s == pytest.approx(oracle, rel=1e-12, abs=1e-300)
    # ties share equally; the arg-max wins
    top = np.flatnonzero(np.array(logits) == max(logits))
    assert np.all(s[top] == s.max())


@pytest.mark.parametrize("logits, temperature, expected", [
    ([1e308, -1e308], 0.05, [1.0, 0.0]),   # logits / T overflows: the arg-max takes all
    ([1e308, 1e308], 0.05, [0.5, 0.5]),
    ([-1e308, -1e308, 0.0], 0.5, [0.0, 0.0, 1.0]),
    ([1e308, -1e308], 1e-300, [1.0, 0.0]),
])
def test_softmax_survives_overflowing_logits(logits, temperature, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = softmax(logits, temperature)
    assert s.tolist() == expected


def test_softmax_temperature_limits():
    z = [3.0, 1.0, 0.0]
    assert softmax(z, 1e-3) == pytest.approx([1.0, 0.0, 0.0], abs=1e-12)  # sharp: one-hot
    assert softmax(z, 1e6) == pytest.approx([1 / 3] * 3, rel=1e-5)       # flat: uniform
    assert softmax(z) == pytest.approx(scipy.special.softmax(z), rel=1e-12)


def test_sigmoid_stable_at_extremes():
    z = np.array([-1000.0, -745.0, -50.0, -1.0, 0.0, 1.0, 50.0, 745.0, 1000.0, 1e308, -1e308])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = sigmoid(z)
        scalars = [sigmoid(float(v)) for v in z]
    expected = scipy.special.expit(z)
    # abs: at -745 the true value is the smallest subnormal, which scipy rounds to 0
    assert out == pytest.approx(expected, rel=1e-12, abs=1e-320)
    assert scalars == pytest.approx(expected.tolist(), rel=1e-12, abs=1e-320)
    assert all(isinstance(v, float) for v in scalars)
    assert sigmoid(0) == 0.5
    assert sigmoid(1000) == 1.0 and sigmoid(-1000) == 0.0
    assert ((out >= 0) & (out <= 1)).all()


def test_sigmoid_keeps_shape_and_rejects_non_finite():
    assert sigmoid(np.zeros((2, 3))).shape == (2, 3)
    for bad in (NAN, INF, -INF, [0.0, NAN]):
        with pytest.raises(ValueError):
            sigmoid(bad)


@pytest.mark.parametrize("temperature", [0.05, 1.0, 20.0])
@pytest.mark.parametrize("logits", EXTREME_LOGITS + [[1e308, -1e308], [1e308, 1e308]], ids=str)
def test_log_softmax_stable_and_consistent(logits, temperature):
    from infoviz.model import log_softmax
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ls = log_softmax(logits, temperature)
        s = softmax(logits, temperature)
    assert not np.isnan(ls).any() and (ls <= 0).all()
    positive = s > 0
    assert ls[positive] == pytest.approx(np.log(s[positive]), rel=1e-12, abs=1e-12)
    with np.errstate(all="ignore"):  # scipy itself overflows on the 1e308 cases
        oracle = scipy.special.log_softmax(np.array(logits) / temperature)
    if np.isfinite(oracle).all():
        assert ls == pytest.approx(oracle, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("temperature", [0, -1, NAN, None], ids=repr)
def test_log_softmax_rejects_bad_temperature(temperature):
    from infoviz.model import log_softmax
    with pytest.raises(ValueError, match="temperature"):
        log_softmax([1.0, 2.0], temperature)


@pytest.mark.parametrize("bad, message", BAD_PARAMS, ids=BAD_IDS)
def test_float_arrays_get_the_same_refusals(bad, message):
    """A float64 array (a distribution's own probs) takes a quicker check first: whatever
    it does not pass must still be refused with the full message."""
    if not (isinstance(bad, list) and all(type(v) in (int, float) for v in bad)):
        pytest.skip("not a list of real numbers")
    arr = np.array(bad, dtype=float)
    with pytest.raises(ValueError, match=expect(message, "p")):
        as_probabilities(arr)
    arr.setflags(write=False)  # as a Distribution holds them
    with pytest.raises(ValueError, match=expect(message, "q")):
        as_probabilities(arr, "q")


@settings(max_examples=300, deadline=None)
@example([1.0 + 4e-10, 0.0], False)  # sums to 1 within tolerance, yet above 1: refused
@example([0.5, 0.5 + 5e-10], False)  # within tolerance: accepted as typed
@example([1.7e308, 1.7e308, 0.5], True)  # a sum that overflows
@given(st.lists(st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                          st.floats(0.0, 1.0), st.just(0.0), st.just(1.0)), min_size=1, max_size=12),
       st.booleans())
def test_float_arrays_and_lists_are_validated_alike(values, normalise):
    """The quick check for float64 arrays accepts exactly what the full one accepts."""
    if normalise:
        total = sum(v for v in values if math.isfinite(v) and v > 0)  # may overflow to inf
        if 0 < total < math.inf:
            values = [v / total if math.isfinite(v) else v for v in values]

    def outcome(x):
        try:
            return ("ok", as_probabilities(x).tolist())
        except ValueError as exc:
            return ("refused", str(exc))

    arr = np.array(values, dtype=float)
    got = outcome(arr)
    assert got == outcome(list(values))
    if got[0] == "ok":
        result = as_probabilities(arr)
        assert result is not arr and not np.shares_memory(result, arr)  # a new array
