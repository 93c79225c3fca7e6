"""Differential entropy and KL divergence of Gaussians (infoviz.model.continuous)."""
import ast
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import integrate
from scipy.stats import norm

import infoviz.model
from infoviz.model import (gaussian_entropy, gaussian_kl, gaussian_pdf, numeric_entropy,
                           numeric_kl)

LN2 = math.log(2)
means = st.floats(-100, 100)
sigmas = st.floats(0.01, 100)


# -- closed forms against known values and scipy --------------------------------------------

def test_gaussian_entropy_known_values():
    # standard normal: 1/2 log2(2 pi e) bits = 1/2 ln(2 pi e) nats
    assert gaussian_entropy(1.0) == pytest.approx(2.047095585180641, rel=1e-14)
    assert gaussian_entropy(1.0, unit="nats") == pytest.approx(1.4189385332046727, rel=1e-14)
    # doubling sigma adds exactly one bit
    assert gaussian_entropy(2.0) - gaussian_entropy(1.0) == pytest.approx(1.0, rel=1e-14)
    assert isinstance(gaussian_entropy(1.0), float)


def test_gaussian_entropy_is_negative_for_small_sigma():
    zero_at = 1 / math.sqrt(2 * math.pi * math.e)  # ~0.242
    assert gaussian_entropy(zero_at) == pytest.approx(0.0, abs=1e-15)
    assert gaussian_entropy(0.1) < 0
    assert gaussian_entropy(0.01, unit="nats") == pytest.approx(1.4189385332046727 + math.log(0.01))
    assert gaussian_entropy(0.3) > 0


@given(sigmas)
def test_gaussian_entropy_matches_scipy(sigma):
    h = gaussian_entropy(sigma, unit="nats")
    assert h == pytest.approx(float(norm.entropy(scale=sigma)), rel=1e-12, abs=1e-12)
    assert gaussian_entropy(sigma) == pytest.approx(h / LN2, rel=1e-12, abs=1e-12)


def test_gaussian_entropy_arrays():
    s = np.array([0.1, 1.0, 10.0])
    out = gaussian_entropy(s, unit="nats")
    np.testing.assert_allclose(out, norm(0, s).entropy(), rtol=1e-12)


def test_gaussian_kl_known_values():
    assert gaussian_kl(0, 1, 0, 1) == 0.0
    assert gaussian_kl(3.5, 0.2, 3.5, 0.2, unit="nats") == 0.0
    assert gaussian_kl(0, 1, 1, 1, unit="nats") == pytest.approx(0.5, rel=1e-14)
    assert gaussian_kl(0, 1, 0, 2, unit="nats") == pytest.approx(math.log(2) + 1 / 8 - 0.5)
    assert gaussian_kl(0, 2, 0, 1, unit="nats") == pytest.approx(-math.log(2) + 2 - 0.5)
    # mean shift of 2 sigma: 2 nats, in bits 2 / ln 2
    assert gaussian_kl(0, 1, 2, 1) == pytest.approx(2 / LN2, rel=1e-14)
    assert isinstance(gaussian_kl(0, 1, 1, 1), float)


def test_gaussian_kl_is_asymmetric():
    assert gaussian_kl(0, 1, 0, 2) != pytest.approx(gaussian_kl(0, 2, 0, 1))


@given(means, sigmas, means, sigmas)
def test_gaussian_kl_is_non_negative_and_zero_only_at_equality(m1, s1, m2, s2):
    d = gaussian_kl(m1, s1, m2, s2)
    assert d >= 0.0
    assert gaussian_kl(m1, s1, m1, s1) == 0.0
    assert gaussian_kl(m1, s1, m2, s2, unit="nats") == pytest.approx(d * LN2, rel=1e-12)


@given(means, sigmas, means, sigmas)
def test_gaussian_kl_formula(m1, s1, m2, s2):
    expected = math.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - 0.5
    assert gaussian_kl(m1, s1, m2, s2, unit="nats") == pytest.approx(max(expected, 0.0),
                                                                      rel=1e-9, abs=1e-12)


def test_gaussian_kl_broadcasts():
    out = gaussian_kl(0.0, 1.0, np.array([0.0, 1.0, 2.0]), 1.0, unit="nats")
    np.testing.assert_allclose(out, [0.0, 0.5, 2.0])


# -- closed forms against integration ----------------------------------------------------------

@pytest.mark.parametrize("mu, sigma", [(0, 1), (3, 0.05), (-20, 7.5), (0, 0.2), (100, 40)])
def test_entropy_matches_quad(mu, sigma):
    f = norm(mu, sigma)
    val, _ = integrate.quad(lambda x: -f.pdf(x) * f.logpdf(x), mu - 12 * sigma, mu + 12 * sigma,
                            points=[mu], limit=200)
    assert gaussian_entropy(sigma, unit="nats") == pytest.approx(val, rel=1e-8, abs=1e-9)


@pytest.mark.parametrize("args", [(0, 1, 0, 1), (0, 1, 1, 1), (0, 1, 0, 3), (2, 0.5, -1, 2),
                                  (0, 4, 1, 0.5), (10, 0.1, 10.2, 0.15)])
def test_kl_matches_quad(args):
    m1, s1, m2, s2 = args
    f, g = norm(m1, s1), norm(m2, s2)
    val, _ = integrate.quad(lambda x: f.pdf(x) * (f.logpdf(x) - g.logpdf(x)),
                            m1 - 12 * s1, m1 + 12 * s1, points=[m1], limit=200)
    assert gaussian_kl(*args, unit="nats") == pytest.approx(val, rel=1e-8, abs=1e-9)


@given(means, sigmas)
def test_numeric_entropy_agrees_with_closed_form(mu, sigma):
    for unit in ("bits", "nats"):
        assert numeric_entropy(mu, sigma, unit) == pytest.approx(gaussian_entropy(sigma, unit),
                                                                 abs=1e-6)


@given(means, sigmas, means, sigmas)
def test_numeric_kl_agrees_with_closed_form(m1, s1, m2, s2):
    closed = gaussian_kl(m1, s1, m2, s2)
    assert numeric_kl(m1, s1, m2, s2) == pytest.approx(closed, rel=1e-6, abs=1e-6)


def test_numeric_functions_converge_with_the_grid():
    coarse = numeric_kl(0, 1, 1, 2, unit="nats", points=21, span=6)
    fine = numeric_kl(0, 1, 1, 2, unit="nats")
    exact = gaussian_kl(0, 1, 1, 2, unit="nats")
    assert abs(fine - exact) < abs(coarse - exact) or coarse == exact
    assert fine == pytest.approx(exact, abs=1e-12)


def test_gaussian_pdf_matches_scipy():
    x = np.linspace(-10, 10, 101)
    np.testing.assert_allclose(gaussian_pdf(x, 1.5, 2.0), norm(1.5, 2.0).pdf(x), rtol=1e-13)
    assert gaussian_pdf(0.0, 0.0, 1.0) == pytest.approx(1 / math.sqrt(2 * math.pi))
    assert isinstance(gaussian_pdf(0.0, 0.0, 1.0), float)
    # a density can exceed 1 (which is why differential entropy can be negative)
    assert gaussian_pdf(0.0, 0.0, 0.1) > 1


# -- bad input -------------------------------------------------------------------------------

@pytest.mark.parametrize("sigma", [0, -1.0, math.nan, math.inf, -math.inf, "1", [1.0, 0.0]])
def test_entropy_rejects_bad_sigma(sigma):
    with pytest.raises(ValueError, match="sigma"):
        gaussian_entropy(sigma)


@pytest.mark.parametrize("args", [(math.nan, 1, 0, 1), (0, 1, math.inf, 1), (0, 0, 0, 1),
                                  (0, 1, 0, -2), (0, math.nan, 0, 1), (0, 1, 0, math.inf),
                                  ("0", 1, 0, 1)])
def test_kl_rejects_bad_parameters(args):
    for fn in (gaussian_kl, numeric_kl):
        with pytest.raises(ValueError):
            fn(*args)


def test_error_messages_say_what_and_where():
    with pytest.raises(ValueError, match=r"sigma2 is -2; a standard deviation must be > 0"):
        gaussian_kl(0, 1, 0, -2)
    with pytest.raises(ValueError, match=r"sigma\[1\] is 0"):
        gaussian_entropy([1.0, 0.0])
    with pytest.raises(ValueError, match="mu1 is nan"):
        gaussian_kl(math.nan, 1, 0, 1)


@pytest.mark.parametrize("fn, args", [(gaussian_entropy, (1.0,)), (gaussian_kl, (0, 1, 0, 1)),
                                      (numeric_entropy, (0, 1)), (numeric_kl, (0, 1, 0, 1))])
def test_unknown_unit(fn, args):
    with pytest.raises(ValueError, match="unit"):
        fn(*args, unit="bans")


@pytest.mark.parametrize("kwargs", [dict(points=2), dict(points=20000), dict(points=1.5),
                                    dict(span=0), dict(span=math.nan)])
def test_numeric_rejects_bad_grid(kwargs):
    with pytest.raises(ValueError):
        numeric_entropy(0, 1, **kwargs)


@pytest.mark.parametrize("args", [(0, math.nan, 1), (0, 0, 0), ([0, math.inf], 0, 1),
                                  (0, [0, 1], 1)])
def test_pdf_rejects_bad_input(args):
    with pytest.raises(ValueError):
        gaussian_pdf(*args)


# -- the model layer stays pure numpy ----------------------------------------------------------

@pytest.mark.parametrize("module", ["continuous", "fitting", "losses"])
def test_new_model_modules_import_only_numpy_and_the_standard_library(module):
    path = Path(infoviz.model.__file__).with_name(f"{module}.py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            roots.add(node.module.split(".")[0])
    assert roots <= {"__future__", "math", "dataclasses", "numpy"}, roots
