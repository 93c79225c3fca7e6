"""Presets: the registry, each preset's shape and captions, and REFERENCE.md golden values."""
import dataclasses
import math
import re

import numpy as np
import pytest

from infoviz.model import (PRESETS, Preset, cross_entropy, default_labels, entropy, get_preset,
                           information_content, kl_divergence, normalize, preset_names)
from infoviz.model.presets import _SURNAME_COUNTS

LN2 = math.log(2)
REL = 1e-12
HANGUL = re.compile("[\uac00-\ud7a3]")
REQUIRED = ("default", "fair-coin", "biased-coin", "fair-die", "one-hot", "asymmetry",
            "uniform-vs-peaked", "label-smoothing", "surnames", "two-humps")


def in_unit(bits, unit):
    return bits if unit == "bits" else bits * LN2


# -- registry ---------------------------------------------------------------------------
def test_registry_has_every_required_preset_in_order_default_first():
    names = preset_names()
    assert names == tuple(PRESETS)
    for name in REQUIRED:
        assert name in names
    assert names[0] == "default"
    assert len(set(names)) == len(names)


def test_get_preset_returns_the_registered_object():
    for name in preset_names():
        preset = get_preset(name)
        assert isinstance(preset, Preset) and preset.name == name


@pytest.mark.parametrize("bad", ["no-such", "Fair-Coin", "", None, 3, "x" * 500])
def test_unknown_preset_raises_value_error_listing_known_names(bad):
    with pytest.raises(ValueError) as err:
        get_preset(bad)
    msg = str(err.value)
    assert "unknown preset" in msg
    for name in REQUIRED:
        assert name in msg
    assert len(msg) < 400  # a 500-character name is cut, not echoed


def test_presets_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        get_preset("fair-coin").p = (1.0, 0.0)


# -- every preset is well formed ------------------------------------------------------------
@pytest.mark.parametrize("name", REQUIRED)
def test_each_preset_is_a_valid_pair_with_labels_and_captions(name):
    pr = get_preset(name)
    assert isinstance(pr.p, tuple) and isinstance(pr.q, tuple)
    assert all(type(x) is float for x in pr.p + pr.q)
    assert 2 <= len(pr.p) == len(pr.q) == len(pr.labels) == pr.n_bins <= 50
    for dist in (pr.p, pr.q):
        assert all(0.0 <= x <= 1.0 for x in dist)
        assert abs(math.fsum(dist) - 1.0) <= 1e-9
    for label in pr.labels:
        assert isinstance(label, str) and 0 < len(label) <= 40
    assert pr.caption_en.strip() and pr.caption_ko.strip()
    assert "\n" not in pr.caption_en and "\n" not in pr.caption_ko
    assert HANGUL.search(pr.caption_ko), "Korean caption must be in Korean"
    assert pr.caption("ko") == pr.caption_ko and pr.caption("en") == pr.caption_en
    assert pr.caption("fr") == pr.caption_en
    assert pr.unit in (None, "bits", "nats")
    # every measure is defined (finite or +inf, never NaN) in both units
    for unit in ("bits", "nats"):
        for v in (entropy(pr.p, unit), entropy(pr.q, unit), cross_entropy(pr.p, pr.q, unit),
                  cross_entropy(pr.q, pr.p, unit), kl_divergence(pr.p, pr.q, unit),
                  kl_divergence(pr.q, pr.p, unit)):
            assert not math.isnan(v) and v >= 0


def test_korean_captions_use_the_reference_terms():
    ko = {name: get_preset(name).caption_ko for name in REQUIRED}
    assert "엔트로피" in ko["fair-coin"]
    assert "KL 발산" in ko["asymmetry"]
    assert "정답" in ko["one-hot"]
    assert "정보량" in ko["surnames"] and "정보량" in ko["fair-die"]
    assert "비트" in ko["biased-coin"]


def test_preset_validation_refuses_bad_values():
    good = dict(name="x", p=(0.5, 0.5), q=(0.5, 0.5), labels=("a", "b"),
                caption_en="c", caption_ko="설명")
    Preset(**good)
    for change in (dict(p=(0.5, 0.6)), dict(q=(0.2, 0.3, 0.5)), dict(labels=("a",)),
                   dict(labels=("a", "b\x07")), dict(caption_ko=""), dict(unit="furlongs"),
                   dict(p=(1.0,), q=(1.0,), labels=("a",)), dict(labels=("a", "b" * 41))):
        with pytest.raises(ValueError):
            Preset(**{**good, **change})


def test_default_labels():
    assert default_labels(6) == ("A", "B", "C", "D", "E", "F")
    assert default_labels(26)[-1] == "Z"
    assert default_labels(30) == tuple(str(i) for i in range(1, 31))


# -- the presets DESIGN.md pins exactly ------------------------------------------------------
def test_design_pinned_values():
    assert get_preset("fair-coin").p == (0.5, 0.5)
    assert get_preset("fair-coin").labels == ("H", "T")
    assert get_preset("biased-coin").p == (0.6, 0.4)
    assert get_preset("biased-coin").labels == ("H", "T")
    assert get_preset("fair-die").p == (1 / 6,) * 6
    assert get_preset("fair-die").labels == ("1", "2", "3", "4", "5", "6")
    assert get_preset("one-hot").p == (1.0, 0.0, 0.0, 0.0)
    assert get_preset("one-hot").q == (0.7, 0.1, 0.05, 0.15)
    assert get_preset("asymmetry").p == (0.2, 0.8)
    assert get_preset("asymmetry").q == (0.5, 0.5)


# -- golden values (REFERENCE.md section 2) ---------------------------------------------------
@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_golden_coins_and_die(unit):
    assert entropy(get_preset("fair-coin").p, unit) == pytest.approx(in_unit(1.0, unit), rel=REL)
    assert entropy(get_preset("biased-coin").p, unit) == pytest.approx(
        in_unit(0.970950594454669, unit), rel=REL)
    die = get_preset("fair-die").p
    assert entropy(die, unit) == pytest.approx(in_unit(2.584962500721156, unit), rel=REL)
    six = information_content(die, unit)[5]
    assert six == pytest.approx(in_unit(2.584962500721156, unit), rel=REL)
    heads = information_content(get_preset("fair-coin").p, unit)[0]
    assert heads == pytest.approx(in_unit(1.0, unit), rel=REL)


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_golden_one_hot(unit):
    pr = get_preset("one-hot")
    expected = 0.514573172829758 if unit == "bits" else 0.356674943938732
    assert cross_entropy(pr.p, pr.q, unit) == pytest.approx(expected, rel=REL)
    assert kl_divergence(pr.p, pr.q, unit) == pytest.approx(expected, rel=REL)
    assert entropy(pr.p, unit) == 0.0
    assert kl_divergence(pr.q, pr.p, unit) == math.inf
    assert cross_entropy(pr.q, pr.p, unit) == math.inf


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_golden_asymmetry(unit):
    pr = get_preset("asymmetry")
    pq, qp = ((0.278071905112638, 0.321928094887362) if unit == "bits"
              else (0.192744757021757, 0.223143551314210))
    assert kl_divergence(pr.p, pr.q, unit) == pytest.approx(pq, rel=REL)
    assert kl_divergence(pr.q, pr.p, unit) == pytest.approx(qp, rel=REL)


def test_captions_quote_the_numbers_the_readouts_show():
    """A caption that quotes a value must agree with the measures (to its printed digits)."""
    fc = get_preset("fair-coin")
    assert f"{cross_entropy(fc.p, fc.q):.2f}" in fc.caption_en
    bc = get_preset("biased-coin")
    assert f"{entropy(bc.p):.3f}" in bc.caption_en and f"{entropy(bc.p):.3f}" in bc.caption_ko
    asym = get_preset("asymmetry")
    for text in (asym.caption_en, asym.caption_ko):
        assert f"{kl_divergence(asym.p, asym.q):.3f}" in text
        assert f"{kl_divergence(asym.q, asym.p):.3f}" in text
    die = get_preset("fair-die")
    assert f"{entropy(die.p):.3f}" in die.caption_en
    sur = get_preset("surnames")
    ic = information_content(sur.p)
    assert f"{ic[sur.labels.index('김')]:.1f}" in sur.caption_en
    assert f"about {round(ic[sur.labels.index('맹')])} bits" in sur.caption_en


# -- the teaching presets do what their captions promise --------------------------------------
def test_default_preset_makes_every_measure_interesting_and_finite():
    pr = get_preset("default")
    assert pr.labels == ("A", "B", "C", "D", "E", "F")
    values = [entropy(pr.p), entropy(pr.q), cross_entropy(pr.p, pr.q), cross_entropy(pr.q, pr.p),
              kl_divergence(pr.p, pr.q), kl_divergence(pr.q, pr.p)]
    assert all(math.isfinite(v) and v > 0.05 for v in values)
    assert min(pr.p) > 0 and min(pr.q) > 0
    assert abs(kl_divergence(pr.p, pr.q) - kl_divergence(pr.q, pr.p)) > 0.01  # visibly asymmetric
    assert abs(entropy(pr.p) - entropy(pr.q)) > 0.1
    assert np.argmax(pr.p) != np.argmax(pr.q)


def test_surnames_are_hangul_normalised_explicitly_and_maeng_is_rare():
    pr = get_preset("surnames")
    assert all(HANGUL.fullmatch(s) for s in pr.labels)
    assert pr.labels[0] == "김" and "맹" in pr.labels
    counts = [c for _, c in _SURNAME_COUNTS]
    assert pr.p == tuple(float(x) for x in normalize(counts))
    ic = information_content(pr.p)
    kim, maeng = ic[pr.labels.index("김")], ic[pr.labels.index("맹")]
    assert maeng > kim + 5
    assert maeng == max(ic) and kim == min(ic)


def test_uniform_vs_peaked():
    pr = get_preset("uniform-vs-peaked")
    assert entropy(pr.p) == pytest.approx(math.log2(pr.n_bins), rel=REL)
    assert entropy(pr.q) < entropy(pr.p)
    assert cross_entropy(pr.p, pr.q) > entropy(pr.p)


def test_label_smoothing_is_smoothed_one_hot_and_makes_reverse_kl_finite():
    pr = get_preset("label-smoothing")
    eps, k = 0.1, pr.n_bins
    target = np.eye(k)[0]
    assert np.allclose(pr.p, (1 - eps) * target + eps / k, rtol=0, atol=1e-15)
    assert math.isfinite(kl_divergence(pr.q, pr.p))
    assert pr.q == get_preset("one-hot").q


def _local_maxima(values):
    v = np.asarray(values)
    return [i for i in range(1, v.size - 1) if v[i] > v[i - 1] and v[i] > v[i + 1]]


def test_two_humps_p_is_bimodal_and_q_is_one_broad_bump():
    pr = get_preset("two-humps")
    assert 20 <= pr.n_bins <= 30
    assert len(_local_maxima(pr.p)) == 2
    q = np.asarray(pr.q)
    top = int(np.argmax(q))
    assert np.all(np.diff(q[:top + 1]) >= 0) and np.all(np.diff(q[top:]) <= 0)  # unimodal
    assert min(pr.q) > 0 and min(pr.p) > 0  # both KL directions finite for the fit panel
    assert entropy(pr.q) > entropy(pr.p)
