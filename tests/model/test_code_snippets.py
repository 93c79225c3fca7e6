"""The code panel's programs: they run, and print the numbers the readouts show.

The numpy and scipy programs are executed here (exec, stdout captured); the PyTorch one
when torch is importable (else skipped). Every expectation is computed by infoviz.model,
so "the program prints what the snippet says it prints" is "the library agrees with the
readout".
"""
import contextlib
import importlib.util
import io
import math
import subprocess
import sys
import warnings

import numpy as np
import pytest

from infoviz.model import cross_entropy, entropy, get_preset, kl_divergence, softmax
from infoviz.model.code_snippets import (NAME_WIDTH, TOLERANCE, Printed, code_snippets, compare_output,
                                         format_line, numpy_snippet, parse_output, scipy_snippet,
                                         torch_snippet, values_agree)

HAS_SCIPY = importlib.util.find_spec("scipy") is not None
HAS_TORCH = importlib.util.find_spec("torch") is not None

PAIRS = {
    "default": (get_preset("default").p, get_preset("default").q),
    "one-hot": (get_preset("one-hot").p, get_preset("one-hot").q),
    "asymmetry": (get_preset("asymmetry").p, get_preset("asymmetry").q),
    "two-humps": (get_preset("two-humps").p, get_preset("two-humps").q),
    "fair-die": (get_preset("fair-die").p, get_preset("fair-die").q),
    "zero-both": ((0.0, 0.5, 0.5), (0.0, 0.25, 0.75)),     # torch: 0 * log 0 = nan
    "q-rules-out": ((0.5, 0.5, 0.0), (0.5, 0.0, 0.5)),     # D(p||q) = inf
    "equal": ((0.3, 0.3, 0.4), (0.3, 0.3, 0.4)),           # D = 0 exactly
}


def run_exec(code: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(compile(code, "<snippet>", "exec"), {"__name__": "__snippet__"})
    return out.getvalue()


def readouts(p, q, unit):
    return {"entropy_p": entropy(p, unit), "entropy_q": entropy(q, unit),
            "cross_entropy_pq": cross_entropy(p, q, unit), "cross_entropy_qp": cross_entropy(q, p, unit),
            "kl_pq": kl_divergence(p, q, unit), "kl_qp": kl_divergence(q, p, unit)}


# -- formatting and parsing ------------------------------------------------------------
def test_format_line_and_parse_round_trip():
    for v in (0.0, 1.5, -0.25, 123.456789, math.inf, math.nan):
        line = format_line("D(p||q) batchmean", v, "nats")
        assert line.startswith("D(p||q) batchmean".ljust(NAME_WIDTH) + " = ")
        [(name, got, unit)] = parse_output("warning: ignored\n" + line + "\n")
        assert name == "D(p||q) batchmean" and unit == "nats"
        assert values_agree(float(f"{v:.6f}"), got)


def test_values_agree_rules():
    assert values_agree(1.0, 1.0 + 0.9e-6)
    assert not values_agree(1.0, 1.0 + 2e-6)
    assert values_agree(math.inf, math.inf) and not values_agree(math.inf, -math.inf)
    assert values_agree(math.nan, math.nan) and not values_agree(math.nan, 0.0)
    assert not values_agree(1e300, math.inf)


def test_compare_output_reports_wrong_missing_and_extra_lines():
    s = numpy_snippet(*PAIRS["default"], "bits")
    assert compare_output(s, s.output).ok
    wrong = s.output.replace(s.expected[0].line, format_line("H(p)", s.expected[0].value + 0.01, "bits"))
    res = compare_output(s, wrong)
    assert not res.ok and "H(p)" in res.message and not res.rows[0].ok
    res = compare_output(s, "\n".join(s.output.splitlines()[:-1]))
    assert not res.ok and "missing" in res.message
    res = compare_output(s, s.output + format_line("extra", 1, "bits") + "\n")
    assert not res.ok and "extra" in res.message
    res = compare_output(s, s.output.replace("bits", "nats", 1))
    assert not res.ok


def test_expected_output_is_the_models_numbers():
    p, q = PAIRS["asymmetry"]
    s = numpy_snippet(p, q, "nats")
    vals = {e.name: e.value for e in s.expected}
    assert vals["D(p||q)"] == kl_divergence(p, q, "nats")
    assert vals["D(p||q)"] == pytest.approx(0.192744757021757, rel=1e-12)   # REFERENCE.md
    assert vals["D(q||p)"] == pytest.approx(0.223143551314210, rel=1e-12)
    s = scipy_snippet(p, q, "bits")
    vals = {e.name: e.value for e in s.expected}
    assert vals["D(p||q)"] == pytest.approx(0.278071905112638, rel=1e-12)
    assert vals["sum rel_entr(p, q)"] == pytest.approx(0.192744757021757, rel=1e-12)


def test_snippets_write_p_and_q_exactly_and_name_the_traps():
    p = (0.1, 0.2, 0.30000000000000004, 0.39999999999999997)
    q = (0.25, 0.25, 0.25, 0.25)
    for s in code_snippets(p, q, "bits"):
        for v in p:
            assert repr(v) in s.code
        for line in s.code.splitlines():
            assert len(line) <= 76, line  # fits a dock in projector mode
    torch = torch_snippet(p, q, "bits").code
    assert 'F.kl_div(q.log(), p, reduction="batchmean")' in torch
    assert "reverse of the notation" in torch
    assert 'reduction="mean"' in torch and "every element" in torch
    assert "natural logarithms" in torch
    assert "F.cross_entropy(logits, p)" in torch
    scipy = scipy_snippet(p, q, "bits").code
    assert "entropy(p, q, base=2)" in scipy and "rel_entr" in scipy and "normalises" in scipy
    nats = scipy_snippet(p, q, "nats").code
    assert "entropy(p, q)" in nats and "entropy(p, q, base" not in nats


def test_units_follow_the_app():
    p, q = PAIRS["default"]
    assert all(e.unit == "bits" for e in numpy_snippet(p, q, "bits").expected)
    assert all(e.unit == "nats" for e in numpy_snippet(p, q, "nats").expected)
    assert "np.log2" in numpy_snippet(p, q, "bits").code
    assert "np.log2" not in numpy_snippet(p, q, "nats").code
    with pytest.raises(ValueError):
        code_snippets(p, q, "bans")
    with pytest.raises(ValueError):
        code_snippets((0.5, 0.5), (0.2, 0.3, 0.5))


# -- running them ------------------------------------------------------------------------
@pytest.mark.parametrize("unit", ["bits", "nats"])
@pytest.mark.parametrize("case", list(PAIRS))
def test_numpy_snippet_prints_the_readouts(case, unit):
    p, q = PAIRS[case]
    s = numpy_snippet(p, q, unit)
    out = run_exec(s.code)
    res = compare_output(s, out)
    assert res.ok, res.message + "\n" + out
    truth = readouts(p, q, unit)
    for e in s.expected:
        if e.readout:
            assert values_agree(truth[e.readout], e.value, 1e-12)


@pytest.mark.skipif(not HAS_SCIPY, reason="scipy is not installed (pip install scipy)")
@pytest.mark.parametrize("unit", ["bits", "nats"])
@pytest.mark.parametrize("case", list(PAIRS))
def test_scipy_snippet_prints_the_readouts(case, unit):
    p, q = PAIRS[case]
    s = scipy_snippet(p, q, unit)
    out = run_exec(s.code)
    res = compare_output(s, out)
    assert res.ok, res.message + "\n" + out
    truth = readouts(p, q, unit)
    shown = {e.readout for e in s.expected if e.readout}
    assert {"entropy_p", "kl_pq", "kl_qp", "cross_entropy_pq"} <= shown
    for e in s.expected:
        if e.readout and e.unit == unit:
            assert values_agree(truth[e.readout], e.value, 1e-12)


@pytest.mark.skipif(not HAS_SCIPY, reason="scipy is not installed (pip install scipy)")
def test_scipy_snippet_runs_as_python_dash_c():
    """The panel's check runs `sys.executable -c code`: do exactly that once."""
    s = scipy_snippet(*PAIRS["one-hot"], "bits")
    r = subprocess.run([sys.executable, "-c", s.code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    res = compare_output(s, r.stdout)
    assert res.ok, res.message
    assert "D(q||p)                = inf bits" in r.stdout  # REFERENCE.md: D(q||p) = +inf
    assert res.max_error <= TOLERANCE


@pytest.mark.skipif(not HAS_TORCH, reason="PyTorch is not installed (pip install torch)")
@pytest.mark.parametrize("unit", ["bits", "nats"])
@pytest.mark.parametrize("case", list(PAIRS))
def test_torch_snippet_prints_what_it_says(case, unit):
    p, q = PAIRS[case]
    s = torch_snippet(p, q, unit)
    out = run_exec(s.code)
    res = compare_output(s, out)
    assert res.ok, res.message + "\n" + out


@pytest.mark.skipif(not HAS_TORCH, reason="PyTorch is not installed (pip install torch)")
def test_torch_snippet_with_logits_and_temperature():
    z = [2.0, -1.0, 0.5, 0.0]
    p = (0.925, 0.025, 0.025, 0.025)
    s = torch_snippet(p, softmax(z, 2.0), "bits", logits=z, temperature=2.0)
    res = compare_output(s, run_exec(s.code))
    assert res.ok, res.message


# -- what torch is expected to print, without torch ------------------------------------
def test_torch_expectations_follow_ieee_and_name_the_traps():
    p, q = PAIRS["default"]
    s = torch_snippet(p, q, "bits")
    vals = {e.name: e for e in s.expected}
    n = len(p)
    kl = kl_divergence(p, q, "nats")
    assert vals["D(p||q) batchmean"].value == kl
    assert vals['D(p||q) "mean"'].value == pytest.approx(kl / n, rel=1e-15)
    assert vals['D(p||q) "mean"'].readout is None
    assert vals["H(p,q) cross_entropy"].value == cross_entropy(p, q, "nats")
    assert vals["D(p||q) in bits"].value == pytest.approx(kl_divergence(p, q, "bits"), rel=1e-14)
    assert vals["D(p||q) in bits"].readout == "kl_pq"
    assert s.notes == ()
    # p_i = q_i = 0: torch's kl_div computes 0 * (-inf) = nan, unlike the app's 0 log 0 = 0
    s = torch_snippet(*PAIRS["zero-both"], "nats")
    assert math.isnan(s.expected[0].value) and "torch_nan" in s.notes
    assert all(e.readout is None for e in s.expected if math.isnan(e.value))
    # p_i > 0, q_i = 0: inf, as the readout says
    s = torch_snippet(*PAIRS["q-rules-out"], "bits")
    assert s.expected[0].value == math.inf and "torch_inf" in s.notes
    # one-hot p: the class-index form is shown too
    s = torch_snippet(*PAIRS["one-hot"], "bits")
    names = [e.name for e in s.expected]
    assert "H(p,q) class index" in names and "torch.tensor([0])" in s.code
    idx = names.index("H(p,q) class index")
    assert s.expected[idx].value == pytest.approx(0.356674943938732, rel=1e-12)  # REFERENCE.md, nats


def test_torch_logits_that_underflow_q_give_a_finite_cross_entropy():
    z = [0.0, -800.0]
    q = softmax(z)
    assert q[1] == 0.0
    s = torch_snippet((0.5, 0.5), q, "nats", logits=z)
    ce = next(e for e in s.expected if e.name == "H(p,q) cross_entropy")
    assert ce.value == pytest.approx(400.0 + math.log1p(math.exp(-800)), rel=1e-12)
    assert "readout_inf_torch_finite" in s.notes
    with pytest.raises(ValueError):
        torch_snippet((0.5, 0.5), q, "nats", logits=[0.0, 1.0, 2.0])
    with pytest.raises(ValueError):
        torch_snippet((0.5, 0.5), q, "nats", logits=z, temperature=0.0)


def test_printed_line_property_matches_format():
    e = Printed("H(p)", 1.0, "bits", "entropy_p")
    assert e.line == format_line("H(p)", 1.0, "bits") == "H(p)".ljust(NAME_WIDTH) + " = 1.000000 bits"
    assert numpy_snippet(*PAIRS["default"], "bits").install_hint == ""
    assert scipy_snippet(*PAIRS["default"], "bits").install_hint == "pip install scipy"


def test_model_package_imports_no_scipy_or_torch():
    code = ("import sys, infoviz.model.code_snippets, infoviz.model.fit_animation; "
            "bad = [m for m in ('scipy', 'torch', 'PySide6', 'pyqtgraph') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_numpy_snippet_handles_one_hot_and_equal():
    s = numpy_snippet(*PAIRS["equal"], "bits")
    vals = {e.name: e.value for e in s.expected}
    assert vals["D(p||q)"] == 0.0 and vals["D(q||p)"] == 0.0
    out = run_exec(s.code)
    assert "D(p||q)                = 0.000000 bits" in out  # clamped: never -0.000000
    assert np.isclose(parse_output(out)[0][1], entropy(PAIRS["equal"][0], "bits"), atol=1e-6)
