"""Temperature slider, shown logits and label smoothing (infoviz.model.logit_controls)."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoviz.model import entropy, smooth_labels, softmax
from infoviz.model.logit_controls import (LOGIT_LIMIT, T_MAX, T_MIN, T_STEPS, clamp_logit, logits_for,
                                          lowest_reachable, one_hot_target, shown_logits, smoothed,
                                          smoothing_target, temperature_at, temperature_position)


def test_temperature_slider_is_logarithmic_with_one_in_the_middle():
    assert temperature_at(0) == pytest.approx(T_MIN)
    assert temperature_at(T_STEPS) == pytest.approx(T_MAX)
    assert temperature_at(T_STEPS // 2) == 1.0
    ts = [temperature_at(i) for i in range(0, T_STEPS + 1, 50)]
    ratios = np.diff(np.log(ts))
    np.testing.assert_allclose(ratios, ratios[0])
    for pos in (0, 1, 250, 500, 999, 1000):
        assert temperature_position(temperature_at(pos)) == pos
    assert temperature_position(1e-9) == 0 and temperature_position(1e9) == T_STEPS
    with pytest.raises(ValueError):
        temperature_position(0)


@given(st.lists(st.floats(0.01, 1.0), min_size=2, max_size=12), st.floats(0.05, 20.0))
def test_logits_for_gives_q_back(w, t):
    q = np.array(w) / sum(w)
    z = logits_for(q, t)
    assert np.all(np.abs(z) <= LOGIT_LIMIT)
    if np.all(np.abs(t * np.log(q) - np.mean(t * np.log(q))) < LOGIT_LIMIT):
        np.testing.assert_allclose(softmax(z, t), q, atol=1e-12)


def test_logits_for_zero_entries_and_shown_logits():
    z = logits_for([1.0, 0.0, 0.0])
    assert z.tolist() == [0.0, -LOGIT_LIMIT, -LOGIT_LIMIT]
    q = softmax([2.0, 1.0, 0.1])
    assert shown_logits(q, 1.0, stored=(2.0, 1.0, 0.1)).tolist() == [2.0, 1.0, 0.1]
    assert shown_logits(q, 1.0, previous=np.array([3.0, 2.0, 1.1])).tolist() == [3.0, 2.0, 1.1]  # same q
    z = shown_logits(q, 1.0, previous=np.array([0.0, 0.0, 0.0]))  # gives another q: re-sync
    np.testing.assert_allclose(softmax(z), q, atol=1e-12)
    assert clamp_logit(1e9) == LOGIT_LIMIT and clamp_logit(-1e9) == -LOGIT_LIMIT
    with pytest.raises(ValueError):
        clamp_logit(float("inf"))


def test_one_hot_recognised_plain_and_smoothed():
    assert one_hot_target([0, 1, 0]) == 1
    assert one_hot_target(smooth_labels([0, 0, 1, 0], 0.2)) == 2
    assert one_hot_target([0.5, 0.5]) is None
    assert one_hot_target([0.7, 0.1, 0.05, 0.15]) is None
    np.testing.assert_array_equal(smoothing_target(smooth_labels([0, 1, 0], 0.3)), [0, 1, 0])
    np.testing.assert_allclose(smoothed(smoothed([1, 0, 0, 0], 0.1), 0.3), smooth_labels([1, 0, 0, 0], 0.3))


def test_lowest_reachable_rises_with_eps():
    vals = [lowest_reachable([1, 0, 0, 0], e) for e in np.linspace(0, 0.5, 11)]
    assert vals[0] == 0.0 and all(b > a for a, b in zip(vals, vals[1:]))
    assert vals[2] == pytest.approx(entropy(smooth_labels([1, 0, 0, 0], 0.1)))
    assert lowest_reachable([1, 0, 0, 0], 0.1, "nats") == pytest.approx(
        entropy(smooth_labels([1, 0, 0, 0], 0.1), "nats"))
