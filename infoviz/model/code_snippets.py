"""The code panel's text: numpy, scipy and PyTorch code that computes the current numbers.

Pure string building. :func:`code_snippets` fills the current p and q (written with
``repr`` so the code computes from exactly the values the app holds) into three short
programs, and computes with :mod:`infoviz.model` what each one prints. Every program
prints lines of one shape, ``<name> = <value> <unit>`` (see :func:`format_line`), so its
output can be read back (:func:`parse_output`) and compared with the expectation
(:func:`compare_output`), which is how the panel's "check" button and the tests show that
scipy and PyTorch agree with the readouts.

The traps the programs spell out (REFERENCE.md section 3):

* ``scipy.stats.entropy(pk, qk)`` is entropy or KL divergence, never cross entropy; it uses
  natural logarithms unless ``base`` is given, and normalises its inputs silently.
* ``scipy.special.rel_entr`` is the per-outcome term p_i log(p_i / q_i), in nats.
* ``torch.nn.functional.kl_div(input, target)`` takes the *model's log-probabilities* first
  and the target second, so ``kl_div(q.log(), p)`` is D(p||q), the reverse of the notation;
  its ``reduction="mean"`` divides by every element, only ``"batchmean"`` gives the KL
  divergence; and it computes 0 * log 0 as ``nan`` where p_i = q_i = 0.
* ``F.cross_entropy`` wants raw logits (it applies log-softmax itself); it reports nats.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from .activations import log_softmax
from .measures import cross_entropy, entropy, kl_divergence
from .validation import as_float_vector, as_pair, check_unit

#: Width of the name column in every printed line.
NAME_WIDTH = 22

#: Printed decimals; the check tolerance allows for this rounding.
DECIMALS = 6

#: How far a printed number may be from the expected one and still "agree": the printed
#: rounding (half of 1e-6) plus room for a library's own round-off.
TOLERANCE = 1e-6

#: Characters per line of the written-out p and q.
LINE_CHARS = 76

LN2 = math.log(2.0)


@dataclass(frozen=True)
class Printed:
    """One line a snippet prints.

    Attributes
    ----------
    name : str
        The label at the start of the line, e.g. ``"D(p||q)"``.
    value : float
        The number the line must show (computed by :mod:`infoviz.model`; may be inf or nan
        where the library is expected to print those).
    unit : str
        ``"bits"`` or ``"nats"``.
    readout : str or None
        The key of the main window's readout this number equals (``"kl_pq"``, ...), or None
        for a number with no readout (``reduction="mean"``, say).
    """

    name: str
    value: float
    unit: str
    readout: str | None = None

    @property
    def line(self) -> str:
        """The line exactly as the snippet prints it."""
        return format_line(self.name, self.value, self.unit)


@dataclass(frozen=True)
class Snippet:
    """A program for one library, and what it prints.

    Attributes
    ----------
    key : str
        ``"numpy"``, ``"scipy"`` or ``"torch"``.
    title : str
        ``"NumPy"``, ``"SciPy"`` or ``"PyTorch"``.
    requires : tuple of str
        Top-level modules it imports besides numpy and math (what to check with
        ``importlib.util.find_spec`` before running it).
    code : str
        The program, runnable as ``python -c code``.
    expected : tuple of Printed
        Every line it prints, in order.
    notes : tuple of str
        Keys of the traps that apply to the current values (see :data:`NOTE_KEYS`).
    """

    key: str
    title: str
    requires: tuple
    code: str
    expected: tuple
    notes: tuple = ()

    @property
    def output(self) -> str:
        """What the program prints, line by line (ending in a newline)."""
        return "".join(p.line + "\n" for p in self.expected)

    @property
    def install_hint(self) -> str:
        """The pip command that makes this snippet runnable (empty for numpy)."""
        return " ".join(f"pip install {m}" for m in self.requires)


#: Traps a snippet can carry, beyond the ones every torch snippet has.
NOTE_KEYS = ("torch_nan", "torch_inf", "readout_inf_torch_finite")


def format_line(name: str, value: float, unit: str) -> str:
    """One printed line: the name padded to :data:`NAME_WIDTH`, `` = ``, the value with six
    decimals (``inf``, ``nan`` as Python prints them), the unit."""
    return f"{name:<{NAME_WIDTH}} = {float(value):.{DECIMALS}f} {unit}"


_LINE = re.compile(r"^(?P<name>.*?)\s+=\s+(?P<value>[-+]?(?:inf|nan|\d+(?:\.\d*)?(?:e[-+]?\d+)?))"
                   r"\s+(?P<unit>bits|nats)\s*$")


def parse_output(text: str) -> list:
    """The ``(name, value, unit)`` of every line of `text` shaped like :func:`format_line`
    (other lines, warnings say, are skipped)."""
    rows = []
    for line in text.splitlines():
        m = _LINE.match(line.rstrip())
        if m:
            rows.append((m["name"].strip(), float(m["value"]), m["unit"]))
    return rows


@dataclass(frozen=True)
class CheckRow:
    """One expected line against what the program printed."""

    name: str
    expected: float
    got: float | None
    unit: str
    ok: bool


@dataclass(frozen=True)
class CheckResult:
    """The outcome of comparing a program's output with :attr:`Snippet.expected`.

    Attributes
    ----------
    ok : bool
        Every expected line was printed, with the same name and unit, within
        :data:`TOLERANCE` (inf matches inf of the same sign, nan matches nan).
    rows : tuple of CheckRow
    max_error : float
        The largest absolute difference among finite pairs (0.0 if none).
    message : str
        Why it failed ("" when ok).
    """

    ok: bool
    rows: tuple
    max_error: float
    message: str = ""


def values_agree(expected: float, got: float, tol: float = TOLERANCE) -> bool:
    """Whether a printed number matches: within `tol`, or the same inf, or both nan."""
    if math.isnan(expected) or math.isnan(got):
        return math.isnan(expected) and math.isnan(got)
    if math.isinf(expected) or math.isinf(got):
        return expected == got
    return abs(expected - got) <= tol


def compare_output(snippet: Snippet, stdout: str, tol: float = TOLERANCE) -> CheckResult:
    """Compare what a run of `snippet` printed with what it should print."""
    got = parse_output(stdout)
    rows, worst, problems = [], 0.0, []
    for i, exp in enumerate(snippet.expected):
        if i >= len(got):
            rows.append(CheckRow(exp.name, exp.value, None, exp.unit, False))
            problems.append(f"missing line {exp.name!r}")
            continue
        name, value, unit = got[i]
        ok = name == exp.name and unit == exp.unit and values_agree(exp.value, value, tol)
        if math.isfinite(exp.value) and math.isfinite(value):
            worst = max(worst, abs(exp.value - value))
        if not ok:
            problems.append(f"{exp.name}: expected {exp.line.split('=', 1)[1].strip()}, "
                            f"got {value:.{DECIMALS}f} {unit}" + ("" if name == exp.name else f" (as {name!r})"))
        rows.append(CheckRow(exp.name, exp.value, value, exp.unit, ok))
    if len(got) > len(snippet.expected):
        problems.append(f"{len(got) - len(snippet.expected)} unexpected extra line(s)")
    ok = not problems
    return CheckResult(ok, tuple(rows), worst, "; ".join(problems))


# -- writing the programs ----------------------------------------------------------------

def _literal(values) -> str:
    """Floats as Python source, each exactly round-tripping (``repr``)."""
    return "[" + ", ".join(repr(float(v)) for v in values) + "]"


def _assign(name: str, call: str, values, close: str = ")", indent: str | None = None) -> str:
    """``name = call[v0, v1, ...]close``, wrapped at :data:`LINE_CHARS` with the continuation
    lines aligned under the first value."""
    head = f"{name} = {call}["
    pad = " " * len(head) if indent is None else indent
    items = [repr(float(v)) for v in values]
    lines, cur, fresh = [], head, True
    for k, item in enumerate(items):
        last = k == len(items) - 1
        piece = item + ("]" + close if last else ",")
        if not fresh and len(cur) + 1 + len(piece) > LINE_CHARS:
            lines.append(cur)
            cur, fresh = pad, True
        cur += ("" if fresh else " ") + piece
        fresh = False
    if not items:
        cur += "]" + close
    lines.append(cur)
    return "\n".join(lines)


def _show_def(width: int = NAME_WIDTH) -> str:
    return ("def show(name, value, unit):\n"
            f"    print(f\"{{name:<{width}}} = {{float(value):.{DECIMALS}f}} {{unit}}\")\n")


def _pair(p, q):
    a, b = as_pair(p, q)
    return a, b


def numpy_snippet(p, q, unit: str = "bits") -> Snippet:
    """All six measures with numpy alone, the conventions written out (0 log 0 = 0, log 0 =
    -inf makes a divergence infinite, KL clamped at 0)."""
    unit = check_unit(unit)
    p, q = _pair(p, q)
    log = "np.log2" if unit == "bits" else "np.log"
    log_note = "log base 2: bits" if unit == "bits" else "natural log: nats"
    code = "\n".join([
        "import numpy as np",
        "",
        _assign("p", "np.array(", p),
        _assign("q", "np.array(", q),
        f"log = {log}  # {log_note}",
        f"unit = {unit!r}",
        "",
        _show_def(),
        "def H(a):  # entropy; 0 log 0 = 0, so skip the zeros",
        "    a = a[a > 0]",
        "    return -np.sum(a * log(a))",
        "",
        "def cross(a, b):  # cross entropy H(a,b) = -sum a log b",
        "    m = a > 0",
        "    # log 0 = -inf where b rules out what a allows: H is infinite",
        "    with np.errstate(divide=\"ignore\"):",
        "        return -np.sum(a[m] * log(b[m]))",
        "",
        "def KL(a, b):  # D(a||b) = sum a log(a/b)",
        "    # never negative: clamp round-off such as -1e-17 at 0",
        "    m = a > 0",
        "    with np.errstate(divide=\"ignore\"):",
        "        return max(np.sum(a[m] * (log(a[m]) - log(b[m]))), 0.0)",
        "",
        "show(\"H(p)\", H(p), unit)",
        "show(\"H(q)\", H(q), unit)",
        "show(\"H(p,q)\", cross(p, q), unit)",
        "show(\"H(q,p)\", cross(q, p), unit)",
        "show(\"D(p||q)\", KL(p, q), unit)",
        "show(\"D(q||p)\", KL(q, p), unit)",
        "show(\"H(p) + D(p||q)\", H(p) + KL(p, q), unit)  # = H(p,q)",
        "",
    ])
    expected = (
        Printed("H(p)", entropy(p, unit), unit, "entropy_p"),
        Printed("H(q)", entropy(q, unit), unit, "entropy_q"),
        Printed("H(p,q)", cross_entropy(p, q, unit), unit, "cross_entropy_pq"),
        Printed("H(q,p)", cross_entropy(q, p, unit), unit, "cross_entropy_qp"),
        Printed("D(p||q)", kl_divergence(p, q, unit), unit, "kl_pq"),
        Printed("D(q||p)", kl_divergence(q, p, unit), unit, "kl_qp"),
        Printed("H(p) + D(p||q)", entropy(p, unit) + kl_divergence(p, q, unit), unit, "cross_entropy_pq"),
    )
    return Snippet("numpy", "NumPy", (), code, expected)


def scipy_snippet(p, q, unit: str = "bits") -> Snippet:
    """scipy.stats.entropy (entropy and KL, never cross entropy) and scipy.special.rel_entr."""
    unit = check_unit(unit)
    p, q = _pair(p, q)
    base = ", base=2" if unit == "bits" else ""
    base_note = ("# base=2: bits (scipy uses natural logs unless told)" if unit == "bits"
                 else "# no base: natural logs, nats (base=2 would give bits)")
    lines = [
        "import numpy as np",
        "from scipy.stats import entropy",
        "from scipy.special import rel_entr",
        "",
        _assign("p", "np.array(", p),
        _assign("q", "np.array(", q),
        "",
        _show_def(),
        "# scipy.stats.entropy(pk) is H(pk); entropy(pk, qk) is the KL divergence",
        "# D(pk||qk), not the cross entropy. It normalises pk and qk silently.",
        base_note,
        f"show(\"H(p)\", entropy(p{base}), {unit!r})",
        f"show(\"H(q)\", entropy(q{base}), {unit!r})",
        f"show(\"D(p||q)\", entropy(p, q{base}), {unit!r})",
        f"show(\"D(q||p)\", entropy(q, p{base}), {unit!r})",
        "# no cross-entropy function: H(p,q) = H(p) + D(p||q)",
        f"show(\"H(p,q)\", entropy(p{base}) + entropy(p, q{base}), {unit!r})",
        "",
        "# rel_entr(p, q): the per-outcome terms p_i log(p_i/q_i), in nats",
        "# (natural log). scipy.special.kl_div adds -p_i + q_i to each term:",
        "# the same sum only when p and q both sum to 1.",
        "show(\"sum rel_entr(p, q)\", np.sum(rel_entr(p, q)), \"nats\")",
    ]
    if unit == "bits":
        lines.append("show(\"sum rel_entr / ln 2\", np.sum(rel_entr(p, q)) / np.log(2), \"bits\")")
    lines.append("")
    kl_pq = kl_divergence(p, q, unit)
    expected = [
        Printed("H(p)", entropy(p, unit), unit, "entropy_p"),
        Printed("H(q)", entropy(q, unit), unit, "entropy_q"),
        Printed("D(p||q)", kl_pq, unit, "kl_pq"),
        Printed("D(q||p)", kl_divergence(q, p, unit), unit, "kl_qp"),
        Printed("H(p,q)", entropy(p, unit) + kl_pq, unit, "cross_entropy_pq"),
        Printed("sum rel_entr(p, q)", kl_divergence(p, q, "nats"), "nats",
                "kl_pq" if unit == "nats" else None),
    ]
    if unit == "bits":
        expected.append(Printed("sum rel_entr / ln 2", kl_pq, "bits", "kl_pq"))
    return Snippet("scipy", "SciPy", ("scipy",), "\n".join(lines), tuple(expected))


def _torch_style_sum(p: np.ndarray, log_q: np.ndarray) -> tuple:
    """What torch computes for sum_i [xlogy(p_i, p_i) - p_i * log_q_i] and for
    -sum_i p_i * log_q_i, with IEEE arithmetic (0 * -inf = nan) and no 0 log 0 rule for
    the second factor. Returns (kl_sum, cross_sum) in nats."""
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        safe_p = np.where(p > 0, p, 1.0)
        xlogy = np.where(p > 0, p * np.log(safe_p), 0.0)
        prod = p * log_q  # nan where p = 0 and log q = -inf
        kl = float(np.sum(xlogy - prod))
        ce = float(-np.sum(prod))
    return kl, ce


def torch_snippet(p, q, unit: str = "bits", logits=None, temperature: float = 1.0) -> Snippet:
    """torch.nn.functional.kl_div and cross_entropy on a batch of one, in nats, with the
    argument-order, reduction and logarithm traps spelled out.

    Parameters
    ----------
    p, q : sequence of float
        The target and the model distribution.
    unit : {"bits", "nats"}
        The app's unit: torch prints nats; the bits conversion is printed too when "bits".
    logits : sequence of float, optional
        The logits q was made from (``state.logits``); then ``cross_entropy`` is fed
        ``logits / temperature`` instead of ``log q``.
    temperature : float
        The temperature those logits were divided by.
    """
    unit = check_unit(unit)
    p, q = _pair(p, q)
    n = p.size
    indent = " " * len("p = torch.tensor([[")
    lines = [
        "import math",
        "import torch",
        "import torch.nn.functional as F",
        "",
        "# p is the target (the truth), q the model; one row each = a batch of one;",
        "# float64, so torch's numbers match the app's to 1e-6 and beyond",
        _assign("p", "torch.tensor([", p, "], dtype=torch.float64)", indent),
        _assign("q", "torch.tensor([", q, "], dtype=torch.float64)", indent),
        "",
        _show_def(),
        "# TRAP 1: kl_div(input, target) takes the MODEL's log-probabilities",
        "# first and the target second: F.kl_div(q.log(), p) is D(p||q),",
        "# the reverse of the notation.",
        "# TRAP 2: reduction=\"mean\" divides the sum by every element",
        f"# (here {n}), not by the batch; only \"batchmean\" gives the KL.",
        "# TRAP 3: torch uses natural logarithms: nats. Divide by ln 2 for bits.",
        "kl = F.kl_div(q.log(), p, reduction=\"batchmean\")",
        "kl_mean = F.kl_div(q.log(), p, reduction=\"mean\")",
        "",
    ]
    if logits is not None:
        z = as_float_vector(logits, "logits")
        if z.size != n:
            raise ValueError(f"got {z.size} logits for {n} bins")
        t = float(temperature)
        if not (math.isfinite(t) and t > 0):
            raise ValueError(f"temperature is {temperature!r}; it must be a finite number > 0")
        lines += [
            "# TRAP 4: cross_entropy wants raw logits (it applies log_softmax",
            "# itself), never probabilities. These are the logits q came from,",
            "# divided by the temperature.",
            _assign("logits", "torch.tensor([", z, "], dtype=torch.float64)", indent),
            f"logits = logits / {t!r}",
        ]
        log_q_ce = log_softmax(z, t)
    else:
        lines += [
            "# TRAP 4: cross_entropy wants raw logits (it applies log_softmax",
            "# itself), never probabilities; log q is a set of logits whose",
            "# softmax is q.",
            "logits = q.log()",
        ]
        with np.errstate(divide="ignore"):
            log_q_ce = np.log(q)
    lines += [
        "# p as class probabilities (soft targets): H(p,q), in nats",
        "ce = F.cross_entropy(logits, p)",
        "",
        "show(\"D(p||q) batchmean\", kl.item(), \"nats\")",
        f"show('D(p||q) \"mean\"', kl_mean.item(), \"nats\")  # D(p||q) / {n}",
        "show(\"H(p,q) cross_entropy\", ce.item(), \"nats\")",
    ]
    with np.errstate(divide="ignore"):
        log_q = np.log(q)
    kl_sum, _ = _torch_style_sum(p, log_q)
    _, ce_sum = _torch_style_sum(p, log_q_ce)
    kl_model = kl_divergence(p, q, "nats")
    ce_model = cross_entropy(p, q, "nats")
    # Where torch's IEEE arithmetic gives the model's answer, expect the model's number
    # (computed by infoviz.model); where it gives nan or a finite stand-in, expect that.
    kl_expected = kl_model if math.isinf(kl_sum) == math.isinf(kl_model) and not math.isnan(kl_sum) else kl_sum
    ce_expected = ce_model if math.isinf(ce_sum) == math.isinf(ce_model) and not math.isnan(ce_sum) else ce_sum
    expected = [
        Printed("D(p||q) batchmean", kl_expected, "nats", "kl_pq" if unit == "nats" else None),
        Printed('D(p||q) "mean"', kl_expected / n, "nats"),
        Printed("H(p,q) cross_entropy", ce_expected, "nats", "cross_entropy_pq" if unit == "nats" else None),
    ]
    one_hot = int(np.argmax(p)) if np.count_nonzero(p) == 1 and p.max() == 1.0 else None
    if one_hot is not None:
        lines += [
            "",
            f"# p is one-hot (class {one_hot}): the usual form passes the class index",
            f"ce_index = F.cross_entropy(logits, torch.tensor([{one_hot}]))",
            "show(\"H(p,q) class index\", ce_index.item(), \"nats\")",
        ]
        idx_value = float(-log_q_ce[one_hot])
        expected.append(Printed("H(p,q) class index", ce_model if math.isinf(idx_value) == math.isinf(ce_model)
                                else idx_value, "nats", "cross_entropy_pq" if unit == "nats" else None))
    if unit == "bits":
        lines += [
            "",
            "show(\"D(p||q) in bits\", kl.item() / math.log(2), \"bits\")",
            "show(\"H(p,q) in bits\", ce.item() / math.log(2), \"bits\")",
        ]
        expected += [
            Printed("D(p||q) in bits", kl_expected / LN2, "bits", "kl_pq" if not math.isnan(kl_expected) else None),
            Printed("H(p,q) in bits", ce_expected / LN2, "bits",
                    "cross_entropy_pq" if not math.isnan(ce_expected) else None),
        ]
    lines.append("")
    notes = []
    if math.isnan(kl_sum) or math.isnan(ce_sum):
        notes.append("torch_nan")
    if math.isinf(kl_sum) or math.isinf(ce_sum):
        notes.append("torch_inf")
    if math.isinf(ce_model) and math.isfinite(ce_sum):
        notes.append("readout_inf_torch_finite")
    if any(math.isnan(e.value) for e in expected):
        expected = [Printed(e.name, e.value, e.unit, None) if math.isnan(e.value) else e for e in expected]
    return Snippet("torch", "PyTorch", ("torch",), "\n".join(lines), tuple(expected), tuple(notes))


def code_snippets(p, q, unit: str = "bits", logits=None, temperature: float = 1.0) -> tuple:
    """The numpy, scipy and PyTorch programs for the current p and q, in that order.

    Parameters
    ----------
    p, q : sequence of float
        The true and the model distribution (validated as in the rest of the model).
    unit : {"bits", "nats"}
    logits, temperature
        The logits q was made from, if any (see :func:`torch_snippet`).

    Returns
    -------
    tuple of Snippet
    """
    return (numpy_snippet(p, q, unit), scipy_snippet(p, q, unit),
            torch_snippet(p, q, unit, logits, temperature))
