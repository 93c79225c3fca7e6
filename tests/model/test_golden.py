"""Golden values: every worked example of REFERENCE.md section 2, in bits and in nats.

The lecture's numbers are in bits; nats are the same quantities times ln 2 (1 nat = 1/ln 2
bits). Where REFERENCE.md also prints the nats value it is checked as printed, too.
"""
import math

import numpy as np
import pytest

from infoviz.model import (binary_cross_entropy, contributions, cross_entropy, entropy,
                           infinite_bins, information_content, js_divergence, kl_divergence,
                           perplexity, perplexity_of)

LN2 = math.log(2)
REL = 1e-12

FAIR_COIN = [0.5, 0.5]
ALWAYS_HEADS = [1.0, 0.0]
BIASED_COIN = [0.6, 0.4]
FAIR_DIE = [1 / 6] * 6
ONE_HOT = [1.0, 0.0, 0.0, 0.0]
SOFTMAX_Q = [0.7, 0.1, 0.05, 0.15]
ASYM_P = [0.2, 0.8]
ASYM_Q = [0.5, 0.5]


def in_unit(bits: float, unit: str) -> float:
    return bits if unit == "bits" else bits * LN2


# (id, function, positional args, value in bits) straight from REFERENCE.md section 2.
GOLDEN_BITS = [
    ("H(fair coin)", entropy, (FAIR_COIN,), 1.0),
    ("H(0.6, 0.4)", entropy, (BIASED_COIN,), 0.970950594454669),
    ("H(fair die)", entropy, (FAIR_DIE,), 2.584962500721156),
    ("I(heads)", information_content, (0.5,), 1.0),
    ("I(six on a die)", information_content, (1 / 6,), 2.584962500721156),
    ("BCE(y=1, y_hat=0.6)", binary_cross_entropy, (1, 0.6), 0.736965594166206),
    ("BCE(y=1, y_hat=0.9)", binary_cross_entropy, (1, 0.9), 0.152003093445050),
    ("BCE(y=1, y_hat=0.3)", binary_cross_entropy, (1, 0.3), 1.736965594166206),
    ("one-hot H(p,q)", cross_entropy, (ONE_HOT, SOFTMAX_Q), 0.514573172829758),
    ("one-hot D(p||q)", kl_divergence, (ONE_HOT, SOFTMAX_Q), 0.514573172829758),
    ("asymmetry D(P||Q)", kl_divergence, (ASYM_P, ASYM_Q), 0.278071905112638),
    ("asymmetry D(Q||P)", kl_divergence, (ASYM_Q, ASYM_P), 0.321928094887362),
]

# The values REFERENCE.md prints in nats, checked as printed.
GOLDEN_NATS = [
    ("BCE(y=1, y_hat=0.6)", binary_cross_entropy, (1, 0.6), 0.510825623765991),
    ("one-hot H(p,q)", cross_entropy, (ONE_HOT, SOFTMAX_Q), 0.356674943938732),
    ("one-hot D(p||q)", kl_divergence, (ONE_HOT, SOFTMAX_Q), 0.356674943938732),
    ("asymmetry D(P||Q)", kl_divergence, (ASYM_P, ASYM_Q), 0.192744757021757),
    ("asymmetry D(Q||P)", kl_divergence, (ASYM_Q, ASYM_P), 0.223143551314210),
]


@pytest.mark.parametrize("unit", ["bits", "nats"])
@pytest.mark.parametrize("func, args, bits", [g[1:] for g in GOLDEN_BITS],
                         ids=[g[0] for g in GOLDEN_BITS])
def test_golden_value(func, args, bits, unit):
    got = func(*args, unit=unit)
    assert isinstance(got, float)
    assert got == pytest.approx(in_unit(bits, unit), rel=REL)


@pytest.mark.parametrize("func, args, nats", [g[1:] for g in GOLDEN_NATS],
                         ids=[g[0] for g in GOLDEN_NATS])
def test_golden_value_printed_in_nats(func, args, nats):
    assert func(*args, unit="nats") == pytest.approx(nats, rel=REL)
    # ... and the printed pair is consistent with the ln 2 conversion
    assert func(*args, unit="bits") == pytest.approx(nats / LN2, rel=REL)


def test_nats_table_matches_bits_table():
    """REFERENCE.md's bits and nats columns are one quantity: they differ by ln 2."""
    bits = {g[0]: g[3] for g in GOLDEN_BITS}
    for name, _, _, nats in GOLDEN_NATS:
        assert bits[name] * LN2 == pytest.approx(nats, rel=REL)


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_always_heads_has_zero_entropy(unit):
    # 0 · log 0 = 0: exactly zero, not -0.0 or 1e-17
    h = entropy(ALWAYS_HEADS, unit=unit)
    assert h == 0.0 and math.copysign(1.0, h) == 1.0
    assert entropy([0.0, 1.0], unit=unit) == 0.0
    assert entropy(ONE_HOT, unit=unit) == 0.0


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_one_hot_cross_entropy_is_kl(unit):
    """With a one-hot p, H(p) = 0, so H(p,q) = D(p||q) = -log q(true class)."""
    h_pq = cross_entropy(ONE_HOT, SOFTMAX_Q, unit=unit)
    d_pq = kl_divergence(ONE_HOT, SOFTMAX_Q, unit=unit)
    assert h_pq == pytest.approx(d_pq, rel=REL)
    log = math.log2 if unit == "bits" else math.log
    assert h_pq == pytest.approx(-log(0.7), rel=REL)


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_one_hot_reverse_direction_is_infinite(unit):
    """D(q||p) = H(q,p) = +inf: q puts mass where p has none. Never NaN."""
    assert kl_divergence(SOFTMAX_Q, ONE_HOT, unit=unit) == math.inf
    assert cross_entropy(SOFTMAX_Q, ONE_HOT, unit=unit) == math.inf
    # which outcomes cause it
    assert infinite_bins(SOFTMAX_Q, ONE_HOT).tolist() == [1, 2, 3]
    assert infinite_bins(ONE_HOT, SOFTMAX_Q).tolist() == []
    c = contributions(SOFTMAX_Q, ONE_HOT, unit=unit)
    assert np.isinf(c.kl).tolist() == [False, True, True, True]
    assert np.isinf(c.cross_entropy).tolist() == [False, True, True, True]
    assert float(np.sum(c.kl)) == math.inf
    for arr in (c.entropy, c.cross_entropy, c.kl):
        assert not np.isnan(arr).any()


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_asymmetry_pair(unit):
    """KL is not a distance: D(P||Q) != D(Q||P) for the lecture's pair."""
    forward = kl_divergence(ASYM_P, ASYM_Q, unit=unit)
    reverse = kl_divergence(ASYM_Q, ASYM_P, unit=unit)
    assert forward == pytest.approx(in_unit(0.278071905112638, unit), rel=REL)
    assert reverse == pytest.approx(in_unit(0.321928094887362, unit), rel=REL)
    assert forward < reverse
    # JS is the symmetric repair
    assert js_divergence(ASYM_P, ASYM_Q, unit=unit) == js_divergence(ASYM_Q, ASYM_P, unit=unit)


@pytest.mark.parametrize("unit", ["bits", "nats"])
@pytest.mark.parametrize("p, q", [(BIASED_COIN, FAIR_COIN), (FAIR_COIN, BIASED_COIN),
                                  (ASYM_P, ASYM_Q), (ONE_HOT, SOFTMAX_Q), (FAIR_DIE, FAIR_DIE)])
def test_identity_cross_entropy_is_entropy_plus_kl(p, q, unit):
    assert cross_entropy(p, q, unit=unit) == pytest.approx(
        entropy(p, unit=unit) + kl_divergence(p, q, unit=unit), rel=REL)


def test_one_hot_contributions():
    c = contributions(ONE_HOT, SOFTMAX_Q)
    assert c.entropy.tolist() == [0.0, 0.0, 0.0, 0.0]
    assert c.cross_entropy[0] == pytest.approx(-math.log2(0.7), rel=REL)
    assert c.cross_entropy[1:].tolist() == [0.0, 0.0, 0.0]
    assert c.kl[0] == pytest.approx(-math.log2(0.7), rel=REL)
    assert c.kl[1:].tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_information_content_golden_array(unit):
    die = information_content(FAIR_DIE, unit=unit)
    assert die == pytest.approx([in_unit(2.584962500721156, unit)] * 6, rel=REL)
    assert information_content(1.0, unit=unit) == 0.0
    assert information_content(0.0, unit=unit) == math.inf


@pytest.mark.parametrize("dist, expected", [(FAIR_COIN, 2.0), (FAIR_DIE, 6.0), (ALWAYS_HEADS, 1.0),
                                            ([0.25] * 4, 4.0), (BIASED_COIN, None), (ASYM_P, None)])
def test_perplexity_is_the_same_number_in_bits_and_nats(dist, expected):
    """Perplexity is 2^H in bits and e^H in nats: one number."""
    in_bits = 2.0 ** entropy(dist, unit="bits")
    in_nats = math.exp(entropy(dist, unit="nats"))
    assert in_bits == pytest.approx(in_nats, rel=REL)
    assert perplexity(dist) == pytest.approx(in_bits, rel=REL)
    assert perplexity_of(entropy(dist, unit="bits"), "bits") == pytest.approx(in_bits, rel=REL)
    assert perplexity_of(entropy(dist, unit="nats"), "nats") == pytest.approx(in_bits, rel=REL)
    if expected is not None:
        assert perplexity(dist) == pytest.approx(expected, rel=REL)


def test_perplexity_of_cross_entropy():
    h_bits = cross_entropy(ONE_HOT, SOFTMAX_Q, unit="bits")
    h_nats = cross_entropy(ONE_HOT, SOFTMAX_Q, unit="nats")
    assert perplexity_of(h_bits, "bits") == pytest.approx(1 / 0.7, rel=REL)
    assert perplexity_of(h_nats, "nats") == pytest.approx(1 / 0.7, rel=REL)
    assert perplexity_of(math.inf, "bits") == math.inf
    assert perplexity_of(1e6, "nats") == math.inf  # overflows: infinite, not an exception
    with pytest.raises(ValueError, match="unit"):
        perplexity_of(1.0, "dits")


@pytest.mark.parametrize("unit", ["bits", "nats"])
def test_js_golden(unit):
    one = 1.0 if unit == "bits" else LN2
    assert js_divergence([1.0, 0.0], [0.0, 1.0], unit=unit) == pytest.approx(one, rel=REL)
    assert js_divergence(FAIR_DIE, FAIR_DIE, unit=unit) == 0.0
    assert js_divergence(ONE_HOT, SOFTMAX_Q, unit=unit) < one
