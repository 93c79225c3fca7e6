"""A stateful property test over the real window: random sequences of what a lecturer does,
with every invariant checked after each step, and undo/redo all the way at the end."""
from __future__ import annotations

import tempfile
from pathlib import Path

import hypothesis.strategies as st
import pyqtgraph as pg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from user import Lecturer, check_invariants, settle

WHICH = st.sampled_from(["p", "q"])
INDEX = st.integers(0, 49)
VALUE = st.one_of(st.floats(0, 1), st.sampled_from([0.0, 1.0, -5.0, 5.0, float("inf"), float("-inf")]))
TYPED = st.one_of(st.sampled_from(["0", "1", "0.25", "25%", "1/3", "abc", "1.5", "-0.1", "nan", "inf", ""]),
                  st.floats(0, 1).map(lambda v: f"{v:.4f}"))


class LectureMachine(RuleBasedStateMachine):
    """One window per example; rules are user actions, invariants are checked after each."""

    def __init__(self):
        super().__init__()
        from infoviz.app import build_window
        self.win = build_window(["--lang", "en"])
        self.win.resize(1440, 900)
        self.win.show()
        settle()
        pg.setConfigOptions(mouseRateLimit=0)
        for h in (self.win.histogram_p, self.win.histogram_q):
            h.scene().minDragTime = 0
        self.tmp = Path(tempfile.mkdtemp(prefix="infoviz-stateful-"))
        self.user = Lecturer(self.win, self.tmp)

    @rule(which=WHICH, i=INDEX, values=st.lists(VALUE, min_size=1, max_size=4))
    def drag(self, which, i, values):
        self.user.drag(which, i, values)

    @rule(which=WHICH, i=INDEX)
    def click_bar(self, which, i):
        self.user.click_bar(which, i)

    @rule(up=st.booleans(), big=st.booleans())
    def nudge(self, up, big):
        self.user.nudge(up, big)

    @rule(right=st.booleans())
    def select(self, right):
        self.user.select(right)

    @rule(text=TYPED)
    def type_value(self, text):
        self.user.type_value(text)

    @rule()
    def undo(self):
        self.user.undo()

    @rule()
    def redo(self):
        self.user.redo()

    @rule(name=st.sampled_from(["swap", "copy_pq", "copy_qp", "reset", "randomise", "lock"]))
    def edit(self, name):
        self.user.action(name)

    @rule(k=st.integers(0, 8))
    def preset(self, k):
        self.user.preset(k)

    @rule(more=st.booleans())
    def bins(self, more):
        self.user.bins(more)

    @rule()
    def unit(self):
        self.user.unit()

    @rule(lang=st.sampled_from(["en", "ko"]))
    def language(self, lang):
        self.user.language(lang)

    @rule()
    def projector(self):
        self.user.projector()

    @rule(steps=st.integers(-4, 4))
    def temperature(self, steps):
        self.user.temperature(steps)

    @rule()
    def sample(self):
        self.user.sample()

    @rule(steps=st.integers(1, 3))
    def fit(self, steps):
        self.user.fit(steps)

    @rule(forward=st.booleans())
    def lesson(self, forward):
        self.user.lesson(forward)

    @rule()
    def save(self):
        self.user.save()

    @rule(k=st.integers(0, 5))
    def load(self, k):
        self.user.load(k)

    @invariant()
    def consistent(self):
        settle()
        check_invariants(self.win)

    def teardown(self):
        try:
            stack = self.win.state.undo_stack
            stack.setIndex(stack.count())  # redo anything undone, so the walk covers it all
            states = [self.win.state.snapshot]
            while stack.canUndo():
                self.user.undo()
                states.append(self.win.state.snapshot)
                check_invariants(self.win)
            back = [self.win.state.snapshot]
            while stack.canRedo():
                self.user.redo()
                back.append(self.win.state.snapshot)
            assert back == list(reversed(states))
        finally:
            self.win.autosaver.clean_exit()
            self.win.close()
            self.win.deleteLater()
            settle()


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_lecture_state_machine(qapp, pyqtgraph_errors):
    run_state_machine_as_test(
        LectureMachine,
        settings=settings(max_examples=12, stateful_step_count=25, deadline=None,
                          suppress_health_check=list(HealthCheck)),
    )
