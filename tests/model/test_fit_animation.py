"""The fit panel's gentle descent: same optimum as fitting.py, a watchable path, the
reverse direction's hump chosen by the start, and the trace record and CSV."""
import csv
import io
import math

import numpy as np
import pytest

from infoviz.model import fit_gaussian, get_preset, kl_divergence
from infoviz.model.fit_animation import (CONVERGED_DECREASE, DEFAULT_RATE, FAMILIES, FitShape, TraceBuffer,
                                         default_start, fit_shape, local_modes, start_animated_fit,
                                         to_unit, trace_csv)
from infoviz.model.fitting import LOG_FLOOR, discretised_gaussian

HUMPS = np.array(get_preset("two-humps").p)


def run(fit, limit=3000):
    fits = [fit]
    while not fits[-1].converged and fits[-1].steps_taken < limit:
        fits.append(fits[-1].step(1))
    return fits


def test_default_start_and_modes_of_the_preset():
    assert list(local_modes(HUMPS)) == [6, 17]
    mu0, s0 = default_start(HUMPS)
    assert mu0 == pytest.approx(23 / 3) and s0 == 1.5


@pytest.mark.parametrize("direction", ["forward", "reverse"])
def test_gaussian_trace_never_rises_and_takes_a_watchable_number_of_steps(direction):
    fits = run(start_animated_fit(HUMPS, direction))
    trace = np.array([f.divergence for f in fits])
    assert np.all(np.diff(trace) <= 0)
    assert fits[-1].converged
    assert 40 <= fits[-1].steps_taken <= 2000  # seconds at 30 fps, not one jump
    # q moves visibly for dozens of steps
    qs = np.array([f.q for f in fits])
    moved = np.abs(qs - qs[-1]).sum(axis=1)
    assert np.argmax(moved < 0.02 * moved[0]) >= 25
    for f in fits[:: max(1, len(fits) // 10)]:
        np.testing.assert_allclose(f.q, discretised_gaussian(HUMPS.size, f.mu, f.sigma), atol=1e-12)
        expected = kl_divergence(HUMPS, f.q, "nats") if direction == "forward" else \
            float(np.sum(f.q * (np.log(np.maximum(f.q, 1e-300)) - np.log(np.maximum(HUMPS, LOG_FLOOR)))))
        assert f.divergence == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_forward_covers_both_humps_and_matches_fitting_py():
    best = fit_gaussian(HUMPS, "forward", steps=500, unit="nats")
    for start in [(None, None), (3.0, 1.0), (20.0, 1.5)]:
        end = run(start_animated_fit(HUMPS, "forward", mu0=start[0], sigma0=start[1]))[-1]
        assert end.mu == pytest.approx(best.mu, abs=1e-3)
        assert end.sigma == pytest.approx(best.sigma, abs=1e-2)  # the divergence is flat there
        assert end.divergence == pytest.approx(best.trace[-1], abs=1e-7)
        assert fit_shape(HUMPS, end.mu, end.sigma).kind == "covers"


@pytest.mark.parametrize("mu0, hump", [(None, 6), (3.0, 6), (8.0, 6), (15.33, 17), (20.0, 17)])
def test_reverse_settles_on_the_hump_it_starts_near(mu0, hump):
    end = run(start_animated_fit(HUMPS, "reverse", mu0=mu0, sigma0=1.5))[-1]
    shape = fit_shape(HUMPS, end.mu, end.sigma)
    assert shape == FitShape("one", hump, 2)
    assert abs(end.mu - hump) < 0.5 and end.sigma < 2.5


def test_reverse_from_between_the_humps_can_stall_on_a_compromise():
    """Honest: reverse KL has a broad local minimum here too; the panel says so."""
    end = run(start_animated_fit(HUMPS, "reverse", mu0=11.5, sigma0=3.0))[-1]
    assert fit_shape(HUMPS, end.mu, end.sigma).kind == "covers"


@pytest.mark.parametrize("direction", ["forward", "reverse"])
def test_logits_reach_p_either_way(direction):
    fits = run(start_animated_fit(HUMPS, direction, "logits"))
    trace = np.array([f.divergence for f in fits])
    assert np.all(np.diff(trace) <= 0)
    assert fits[-1].converged and fits[-1].steps_taken >= 40
    assert trace[-1] < 1e-5
    np.testing.assert_allclose(fits[-1].q, HUMPS, atol=2e-3)
    assert fits[-1].mu is None and fits[-1].sigma is None


def test_logits_start_from_the_same_q_as_the_gaussian():
    g = start_animated_fit(HUMPS, "forward", "gaussian", 9.0, 2.0)
    lg = start_animated_fit(HUMPS, "forward", "logits", 9.0, 2.0)
    np.testing.assert_allclose(lg.q[np.abs(np.arange(24) - 9) < 8], g.q[np.abs(np.arange(24) - 9) < 8],
                               rtol=1e-9)


def test_step_is_pure_and_k_steps_equal_k_single_steps():
    f0 = start_animated_fit(HUMPS, "reverse")
    f5 = f0.step(5)
    assert f0.steps_taken == 0 and f5.steps_taken == 5
    g = f0
    for _ in range(5):
        g = g.step(1)
    np.testing.assert_array_equal(g.params, f5.params)
    assert f0.step(0) is f0
    with pytest.raises(ValueError):
        f0.step(-1)
    with pytest.raises(ValueError):
        f0.step(1.5)
    done = run(f0)[-1]
    assert done.step(10) is done
    with pytest.raises(ValueError):
        f5.params[0] = 1.0


@pytest.mark.parametrize("name", ["default", "one-hot", "fair-coin", "surnames", "label-smoothing"])
@pytest.mark.parametrize("direction", ["forward", "reverse"])
@pytest.mark.parametrize("family", FAMILIES)
def test_every_preset_converges_finite(name, direction, family):
    p = get_preset(name).p
    fits = run(start_animated_fit(p, direction, family), limit=5000)
    trace = np.array([f.divergence for f in fits])
    assert np.all(np.isfinite(trace)) and np.all(np.diff(trace) <= 0)
    assert np.all(np.isfinite(fits[-1].q)) and abs(fits[-1].q.sum() - 1) < 1e-12


def test_rejects_bad_input():
    for kwargs in [dict(direction="sideways"), dict(family="spline"), dict(sigma0=0.0), dict(sigma0=-1.0),
                   dict(mu0=math.nan), dict(rate=0.0), dict(rate=math.inf), dict(mu0="3")]:
        args = dict(direction="forward") | kwargs
        with pytest.raises(ValueError):
            start_animated_fit(HUMPS, **args)
    with pytest.raises(ValueError):
        start_animated_fit([0.5, 0.6], "forward")
    assert DEFAULT_RATE["gaussian"] > 0 and CONVERGED_DECREASE > 0


def test_divergence_units():
    f = start_animated_fit(HUMPS, "forward")
    assert f.divergence_in("nats") == f.divergence
    assert f.divergence_in("bits") == pytest.approx(f.divergence / math.log(2))
    assert to_unit(np.array([math.log(2)]), "bits")[0] == pytest.approx(1.0)
    with pytest.raises(ValueError):
        f.divergence_in("bans")


# -- trace record and CSV ----------------------------------------------------------------
def test_trace_buffer_grows_and_views_are_read_only():
    buf = TraceBuffer(capacity=2)
    for i in range(1000):
        buf.append(float(1000 - i), mu=float(i), sigma=1.0)
    assert len(buf) == 1000
    np.testing.assert_array_equal(buf.steps, np.arange(1000.0))
    assert buf.divergence[0] == 1000.0 and buf.mu[-1] == 999.0
    with pytest.raises(ValueError):
        buf.divergence[0] = 0.0
    buf.append(1.0)
    assert math.isnan(buf.mu[-1]) and math.isnan(buf.sigma[-1])
    buf.clear()
    assert len(buf) == 0 and buf.divergence.size == 0


def test_trace_csv_both_directions_padded():
    fwd, rev = TraceBuffer(), TraceBuffer()
    for fit in run(start_animated_fit(HUMPS, "forward"))[:10]:
        fwd.record(fit)
    for fit in run(start_animated_fit(HUMPS, "reverse"))[:7]:
        rev.record(fit)
    text = trace_csv({"forward": fwd, "reverse": rev}, "bits", "gaussian")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["step", "forward_divergence_bits", "forward_mu", "forward_sigma",
                       "reverse_divergence_bits", "reverse_mu", "reverse_sigma"]
    assert len(rows) == 11
    assert float(rows[1][1]) == pytest.approx(fwd.divergence[0] / math.log(2), rel=1e-15)
    assert float(rows[1][2]) == fwd.mu[0]
    assert rows[10][4:] == ["", "", ""]
    assert [r[0] for r in rows[1:]] == [str(i) for i in range(10)]


def test_trace_csv_logits_and_errors():
    buf = TraceBuffer()
    buf.append(math.log(2))
    buf.append(math.inf)
    text = trace_csv({"reverse": buf}, "bits", "logits")
    assert text.splitlines() == ["step,reverse_divergence_bits", "0,1.0", "1,inf"]
    assert trace_csv({}, "nats", "logits") == "step\n"
    with pytest.raises(ValueError):
        trace_csv({"up": buf}, "bits")
    with pytest.raises(ValueError):
        trace_csv({"forward": buf}, "bans")
    with pytest.raises(ValueError):
        trace_csv({"forward": buf}, "bits", "spline")


def test_local_modes_and_fit_shape_edge_cases():
    assert list(local_modes([0.25, 0.25, 0.25, 0.25])) == [1]           # a flat top: its middle
    assert list(local_modes([0.1, 0.4, 0.1, 0.4])) == [1, 3]
    assert list(local_modes([0.5, 0.02, 0.48])) == [0, 2]
    assert list(local_modes([0.6, 0.01, 0.39])) == [0, 2]
    assert list(local_modes([0.98, 0.001, 0.019])) == [0]                # 2% of the top: ignored
    assert fit_shape([0.1, 0.8, 0.1], 1.0, 0.5) == FitShape("one", 1, 1)
    assert fit_shape([0.1, 0.8, 0.1], 10.0, 0.5).kind == "none"
    assert fit_shape(HUMPS, 11.5, 0.5).kind == "none"
    with pytest.raises(ValueError):
        fit_shape(HUMPS, math.nan, 1.0)
