"""The code behind the numbers: numpy, scipy and PyTorch programs for the current p and q.

Each tab shows a program (written by :mod:`infoviz.model.code_snippets` with the current p,
q and unit filled in) and, under it, what it prints; the traps of each library are spelled
out beside it. "Copy" puts the program on the clipboard. Where scipy or PyTorch is
installed (looked up with ``importlib.util.find_spec``, never imported by the app), "Check"
runs the programs in a separate Python (``sys.executable -c``, through QProcess, so the
window never waits) and shows that what they print equals the readouts. Neither library
is needed to run infoviz.
"""
from __future__ import annotations

import importlib.util
import sys

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ..guard import contained
from ...model.code_snippets import CheckResult, code_snippets, compare_output
from ..plot_utils import fmt
from ..readouts import unit_name
from ..theme import Theme
from .base import Panel

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds

#: A run that takes longer than this is killed (importing torch takes a few seconds).
TIMEOUT_MS = 60_000
KEYS = ("numpy", "scipy", "torch")
OPTIONAL = ("scipy", "torch")


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def ko(panel, translated: str, korean: str) -> str:
    """`translated`, or `korean` when the window is in Korean and the installed
    translations do not cover this string yet."""
    if panel.language == "ko" and not _hangul(translated):
        return korean
    return translated


def module_available(name: str) -> bool:
    """Whether `name` could be imported, without importing it."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class CodePanel(Panel):
    """The code panel (objectName ``panel_code``).

    Attributes
    ----------
    snippets : dict
        The current :class:`~infoviz.model.code_snippets.Snippet` per key.
    available : dict
        ``{"scipy": bool, "torch": bool}``, looked up on first show.
    results : dict
        The last check's :class:`~infoviz.model.code_snippets.CheckResult` per key run.
    checking : bool
        A check is running.
    """

    def __init__(self, window):
        super().__init__(window, "panel_code")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.built = False
        self.snippets: dict = {}
        self.available: dict = {}
        self.results: dict = {}
        self.errors: dict = {}
        self.checking = False
        self._queue: list = []
        self._process: QProcess | None = None
        self._checked_key = None  # (p, q, unit) the last check ran on
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._on_timeout)

    # -- construction ---------------------------------------------------------------------
    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.available = {m: module_available(m) for m in OPTIONAL}
        self.intro = QLabel()
        self.intro.setObjectName("code_intro")
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("code_tabs")
        self.editors = {}
        for key in KEYS:
            ed = QPlainTextEdit()
            ed.setObjectName(f"code_text_{key}")
            ed.setReadOnly(True)
            # wrap rather than hide: in projector mode a line of code is wider than the dock
            ed.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            ed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                       | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.editors[key] = ed
            self.tabs.addTab(ed, "")
        self.tabs.currentChanged.connect(lambda _i: self._show_traps())
        self.traps = QLabel()
        self.traps.setObjectName("code_traps")
        self.traps.setWordWrap(True)
        self.traps.setTextFormat(Qt.TextFormat.RichText)
        self.traps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.traps.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("code_copy")
        self.copy_button.clicked.connect(self.copy_current)
        self.check_button = QPushButton()
        self.check_button.setObjectName("code_check")
        self.check_button.clicked.connect(self.run_check)
        self.result = QLabel()
        self.result.setObjectName("code_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        # the traps scroll, so the code keeps its room in projector mode
        self.traps_scroll = QScrollArea()
        self.traps_scroll.setObjectName("code_traps_scroll")
        self.traps_scroll.setWidgetResizable(True)
        self.traps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.traps_scroll.setWidget(self.traps)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(buttons)
        bl.addWidget(self.result)
        bl.addWidget(self.traps_scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("code_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.intro)
        lay.addWidget(self.splitter, 1)
        self.check_button.setEnabled(any(self.available.values()))
        self._style()
        self.retranslate()

    @contained()  # (an error must not reach Qt: see guard)
    def showEvent(self, ev):
        self.ensure_built()
        super().showEvent(ev)
        if not getattr(self, "_split_set", False):
            self._split_set = True
            QTimer.singleShot(0, self._initial_split)

    def _initial_split(self) -> None:
        h = self.splitter.height()
        if h > 100:
            self.splitter.setSizes([int(h * 0.6), h - int(h * 0.6)])

    # -- drawing ------------------------------------------------------------------------
    def _current_key(self):
        st = self.state
        return (tuple(st.p), tuple(st.q), st.unit, st.logits, st.temperature)

    def refresh(self) -> None:
        """Rewrite the programs for the current p, q and unit."""
        self.ensure_built()
        st = self.state
        logits = st.logits
        snippets = code_snippets(st.p, st.q, st.unit, logits=logits,
                                 temperature=st.temperature if logits is not None else 1.0)
        self.snippets = {s.key: s for s in snippets}
        for key, s in self.snippets.items():
            text = self._header(s) + s.code.rstrip("\n") + "\n\n# " + \
                ko(self, translate("CodePanel", "prints:"), "출력:") + "\n" + \
                "".join(f"# {line}\n" for line in s.output.splitlines())
            ed = self.editors[key]
            if ed.toPlainText() != text:
                bar = ed.verticalScrollBar().value()
                ed.setPlainText(text)
                ed.verticalScrollBar().setValue(bar)
        self._update_tab_titles()
        self._show_traps()
        self._show_results()

    def _header(self, s) -> str:
        missing = [m for m in s.requires if not self.available.get(m, True)]
        if not missing:
            return ""
        return "# " + ko(self, translate("CodePanel", "(not installed here: %s)"), "(여기에는 설치되어 있지 않음: %s)") \
            % s.install_hint + "\n"

    def _update_tab_titles(self) -> None:
        for i, key in enumerate(KEYS):
            s = self.snippets.get(key)
            title = s.title if s else key
            res = self.results.get(key)
            if res is not None and self._checked_key == self._current_key():
                title += "  ✓" if res.ok else "  ✗"
            self.tabs.setTabText(i, title)

    def _show_traps(self) -> None:
        if not self.snippets:
            return
        key = KEYS[max(self.tabs.currentIndex(), 0)]
        s = self.snippets[key]
        items = []
        if key == "numpy":
            items.append(ko(self, translate("CodePanel", "0 · log 0 = 0: skip the outcomes with p<sub>i</sub> = 0 "
                                                         "(numpy alone would give nan)."),
                            "0 · log 0 = 0: p<sub>i</sub> = 0인 사건은 건너뜁니다 (numpy만으로는 nan이 나옵니다)."))
            items.append(ko(self, translate("CodePanel", "log 0 = −∞ where q rules out an outcome p allows: "
                                                         "H(p,q) and D(p‖q) are then infinite."),
                            "p가 허용하는 사건을 q가 배제하면 log 0 = −∞: 이때 H(p,q)와 D(p‖q)는 무한대입니다."))
            items.append(ko(self, translate("CodePanel", "Round-off can make D(p‖p) −1e−17: clamp KL at 0."),
                            "반올림 오차로 D(p‖p)가 −1e−17이 될 수 있습니다: KL은 0에서 자릅니다."))
        elif key == "scipy":
            items.append(ko(self, translate("CodePanel", "<b>scipy.stats.entropy(p, q)</b> is the KL divergence "
                                                         "D(p‖q), not the cross entropy; H(p,q) = H(p) + D(p‖q)."),
                            "<b>scipy.stats.entropy(p, q)</b>는 교차 엔트로피가 아니라 KL 발산 D(p‖q)입니다; "
                            "H(p,q) = H(p) + D(p‖q)."))
            items.append(ko(self, translate("CodePanel", "It uses natural logarithms (nats) unless <b>base=2</b>, "
                                                         "and normalises p and q silently."),
                            "<b>base=2</b>를 주지 않으면 자연로그(내트)를 쓰고, p와 q를 조용히 정규화합니다."))
            items.append(ko(self, translate("CodePanel", "<b>scipy.special.rel_entr</b> gives the per-outcome terms "
                                                         "p<sub>i</sub> log(p<sub>i</sub>/q<sub>i</sub>) in nats; "
                                                         "<b>kl_div</b> adds −p<sub>i</sub> + q<sub>i</sub> to each."),
                            "<b>scipy.special.rel_entr</b>는 사건별 항 p<sub>i</sub> log(p<sub>i</sub>/q<sub>i</sub>)를 "
                            "내트로 줍니다; <b>kl_div</b>는 각 항에 −p<sub>i</sub> + q<sub>i</sub>를 더합니다."))
        else:
            items.append(ko(self, translate("CodePanel", "<b>F.kl_div(input, target)</b> takes the model's "
                                                         "log-probabilities first and the target second: "
                                                         "kl_div(q.log(), p) is D(p‖q), the reverse of the notation."),
                            "<b>F.kl_div(input, target)</b>는 모델의 로그 확률을 먼저, 정답 분포를 나중에 받습니다: "
                            "kl_div(q.log(), p)가 D(p‖q)로, 표기와 순서가 반대입니다."))
            items.append(ko(self, translate("CodePanel", "<b>reduction=\"mean\"</b> divides by every element (N per "
                                                         "row), <b>\"batchmean\"</b> by the batch size: only "
                                                         "\"batchmean\" is the KL divergence."),
                            "<b>reduction=\"mean\"</b>은 모든 원소 수(행마다 N)로 나누고, <b>\"batchmean\"</b>은 "
                            "배치 크기로 나눕니다: KL 발산은 \"batchmean\"뿐입니다."))
            items.append(ko(self, translate("CodePanel", "PyTorch uses natural logarithms: nats. "
                                                         "<b>F.cross_entropy</b> takes raw logits and applies "
                                                         "log-softmax itself."),
                            "PyTorch는 자연로그(내트)를 씁니다. <b>F.cross_entropy</b>는 날 로짓을 받아 "
                            "log-softmax를 직접 적용합니다."))
            if "torch_nan" in s.notes:
                items.append(ko(self, translate("CodePanel", "Here p and q are both 0 for some outcome: kl_div "
                                                             "computes 0 · (−∞) = nan where the readout uses "
                                                             "0 · log 0 = 0."),
                                "여기서는 p와 q가 모두 0인 사건이 있습니다: 표시값은 0 · log 0 = 0을 쓰지만 "
                                "kl_div는 0 · (−∞) = nan을 계산합니다."))
            if "torch_inf" in s.notes:
                items.append(ko(self, translate("CodePanel", "Here q is 0 where p is not: torch prints inf, like "
                                                             "the readout's ∞."),
                                "여기서는 p가 0이 아닌 곳에서 q가 0입니다: torch도 표시값의 ∞처럼 inf를 출력합니다."))
            if "readout_inf_torch_finite" in s.notes:
                items.append(ko(self, translate("CodePanel", "q underflowed to 0 but the logits are finite: "
                                                             "cross_entropy stays finite while the readout shows ∞."),
                                "q는 0으로 언더플로되었지만 로짓은 유한합니다: 표시값은 ∞이지만 cross_entropy는 "
                                "유한합니다."))
        title = ko(self, translate("CodePanel", "Traps"), "함정")
        self.traps.setText(f"<b>{title}</b><ul style='margin-left:12px; -qt-list-indent:0'>"
                           + "".join(f"<li>{t}</li>" for t in items) + "</ul>")

    # -- copy and check ----------------------------------------------------------------------
    def current_snippet(self):
        self.ensure_built()
        if not self.snippets:
            self.refresh()
        return self.snippets[KEYS[max(self.tabs.currentIndex(), 0)]]

    def copy_current(self) -> None:
        """Put the program of the tab shown on the clipboard."""
        QGuiApplication.clipboard().setText(self.current_snippet().code)
        self.window_.show_message(ko(self, translate("CodePanel", "Copied the %s code"), "%s 코드를 복사했습니다")
                                  % self.current_snippet().title, 3000)

    def runnable(self) -> list:
        """The programs a check runs: numpy always, scipy and torch where installed."""
        return ["numpy"] + [m for m in OPTIONAL if self.available.get(m)]

    def run_check(self) -> None:
        """Run every runnable program in a separate Python, one after another, without
        blocking the window; :attr:`results` fills in as they finish."""
        self.ensure_built()
        if self.checking or not any(self.available.values()):
            return
        self.refresh()
        self.results, self.errors = {}, {}
        self._checked_key = self._current_key()
        self._queue = [self.snippets[k] for k in self.runnable()]
        self.checking = True
        self.check_button.setEnabled(False)
        self._show_results()
        self._start_next()

    def _start_next(self) -> None:
        if not self._queue:
            self.checking = False
            self._process = None
            self.check_button.setEnabled(any(self.available.values()))
            self._update_tab_titles()
            self._show_results()
            return
        snippet = self._queue[0]
        proc = QProcess(self)
        proc.setProgram(sys.executable)
        proc.setArguments(["-c", snippet.code])
        proc.finished.connect(lambda code, status, p=proc, s=snippet: self._on_finished(p, s, code, status))
        proc.errorOccurred.connect(lambda err, p=proc, s=snippet: self._on_error(p, s, err))
        self._process = proc
        proc.start()
        self._timeout.start(TIMEOUT_MS)
        self._show_results()

    def _on_finished(self, proc: QProcess, snippet, code: int, status) -> None:
        if proc is not self._process:
            return
        self._timeout.stop()
        out = bytes(proc.readAllStandardOutput()).decode("utf-8", "replace")
        err = bytes(proc.readAllStandardError()).decode("utf-8", "replace")
        if code != 0 or status != QProcess.ExitStatus.NormalExit:
            last = err.strip().splitlines()[-1] if err.strip() else f"exit code {code}"
            self.errors[snippet.key] = last
            self.results[snippet.key] = CheckResult(False, (), 0.0, last)
        else:
            self.results[snippet.key] = compare_output(snippet, out)
        proc.deleteLater()
        self._queue.pop(0)
        self._start_next()

    def _on_error(self, proc: QProcess, snippet, error) -> None:
        if proc is not self._process or error == QProcess.ProcessError.Crashed:
            return  # a crash also emits finished
        if error == QProcess.ProcessError.FailedToStart:
            self._timeout.stop()
            self.results[snippet.key] = CheckResult(False, (), 0.0, proc.errorString())
            self._queue.pop(0)
            self._start_next()

    def _on_timeout(self) -> None:
        if self._process is not None and self._queue:
            snippet = self._queue[0]
            proc = self._process
            self._process = None
            proc.kill()
            proc.waitForFinished(1000)
            self.results[snippet.key] = CheckResult(
                False, (), 0.0, ko(self, translate("CodePanel", "no answer within %d s"), "%d초 안에 응답 없음")
                % (TIMEOUT_MS // 1000))
            self._queue.pop(0)
            self._start_next()

    def _show_results(self) -> None:
        if not self.built:
            return
        if self.checking and self._queue:
            self.result.setText(ko(self, translate("CodePanel", "Running the %s code in a separate Python…"),
                                   "별도의 파이썬에서 %s 코드를 실행하는 중…") % self._queue[0].title)
            return
        if not self.results:
            self.result.setText("")
            return
        stale = self._checked_key != self._current_key()
        lines = []
        for key in KEYS:
            res = self.results.get(key)
            if res is None:
                continue
            title = self.snippets[key].title if key in self.snippets else key
            if res.ok:
                shown = self._readout_example(key)
                lines.append(ko(self, translate("CodePanel", "✓ %s printed exactly what is expected: %d numbers, "
                                                             "largest difference %.1e. %s"),
                                "✓ %s가 예상과 똑같이 출력했습니다: 숫자 %d개, 최대 차이 %.1e. %s")
                             % (title, len(res.rows), res.max_error, shown))
            else:
                lines.append(ko(self, translate("CodePanel", "✗ %s: %s"), "✗ %s: %s") % (title, res.message))
        if stale:
            lines.append(ko(self, translate("CodePanel", "(p, q or the unit changed since: press Check again)"),
                            "(그 뒤로 p, q 또는 단위가 바뀌었습니다: 다시 검사를 누르세요)"))
        self.result.setText("\n".join(lines))

    def _readout_example(self, key: str) -> str:
        """'D(p||q) = 0.278072 bits = readout 0.278 bits' for the first line that has a readout."""
        res = self.results[key]
        snippet = self.snippets.get(key)
        if snippet is None:
            return ""
        summary = self.state.summary
        pairs = [(e, r) for e, r in zip(snippet.expected, res.rows)
                 if e.readout and e.unit == self.state.unit and r.got is not None]
        pairs.sort(key=lambda er: er[0].readout != "kl_pq")  # the KL first: it has the traps
        for exp, row in pairs:
                value = summary.values[exp.readout] if hasattr(summary, "values") else None
                if value is None:
                    return ""
                readout = ko(self, translate("CodePanel", "readout"), "표시값")
                return f"{exp.name} = {row.got:.6f} {unit_name(exp.unit)} = {readout} {fmt(value)}"
        return ""

    # -- theme and language ------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.built:
            self._style()
        super().apply_theme(theme)

    def _style(self) -> None:
        t = self.theme
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(t.font_pt + (1 if t.font_pt < 14 else 0))
        for ed in self.editors.values():
            ed.setFont(mono)
            ed.setStyleSheet(f"QPlainTextEdit {{ background: {t.background}; color: {t.foreground}; }}")
        self.traps_scroll.setStyleSheet(f"QScrollArea, QScrollArea > QWidget > QWidget {{ background: {t.background}; }}")
        self.setStyleSheet(f"QWidget#panel_code {{ background: {t.background}; }}"
                           f"QWidget#panel_code QLabel {{ color: {t.foreground}; font-size: {t.font_pt}pt; }}"
                           f"QWidget#panel_code QPushButton, QWidget#panel_code QTabBar {{ font-size: {t.font_pt}pt; }}")

    def retranslate(self) -> None:
        if not self.built:
            return
        self.intro.setText(ko(self, translate("CodePanel", "The readouts, computed the way you would in code: the "
                                                           "current p and q are filled in, and under each program is "
                                                           "what it prints."),
                              "표시값을 코드로 계산하면 이렇습니다: 현재의 p와 q가 채워져 있고, 각 프로그램 아래에 "
                              "출력이 있습니다."))
        self.copy_button.setText(ko(self, translate("CodePanel", "Copy"), "복사"))
        self.copy_button.setToolTip(ko(self, translate("CodePanel", "Copy the program shown to the clipboard"),
                                       "보이는 프로그램을 클립보드에 복사합니다"))
        self.check_button.setText(ko(self, translate("CodePanel", "Check"), "검사"))
        missing = [m for m in OPTIONAL if not self.available.get(m)]
        if not any(self.available.values()):
            tip = ko(self, translate("CodePanel", "To run the check, install scipy (pip install scipy) or PyTorch "
                                                  "(pip install torch); infoviz itself needs neither."),
                     "검사를 실행하려면 scipy(pip install scipy)나 PyTorch(pip install torch)를 설치하세요; "
                     "infoviz 자체에는 둘 다 필요 없습니다.")
        else:
            tip = ko(self, translate("CodePanel", "Run the programs in a separate Python and compare what they "
                                                  "print with the readouts."),
                     "프로그램을 별도의 파이썬에서 실행해 출력을 표시값과 비교합니다.")
            if missing:
                names = ", ".join({"scipy": "scipy", "torch": "PyTorch"}[m] for m in missing)
                cmds = " ".join(f"pip install {m}" for m in missing)
                tip += " " + ko(self, translate("CodePanel", "Not installed here: %s (%s)."),
                                "여기에는 설치되어 있지 않음: %s (%s).") % (names, cmds)
        self.check_button.setToolTip(tip)
        if self.snippets:
            if self.isVisible():
                self.refresh()
            else:
                self._dirty = True
