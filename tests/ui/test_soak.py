"""The soak: 20,000 seeded random events through the real widgets, with None's refcount,
memory and the number of live QObjects flat across preset, bin and language switches.

Run with ``pytest -m soak`` (`.ci/run` runs it after the suite, alone). Figures are printed and recorded in
docs/RELIABILITY.md.
"""
from __future__ import annotations

import os
import time

import numpy as np
import pyqtgraph as pg
import pytest

from infoviz.ui import fontcache

from user import Lecturer, check_invariants, live_qobjects, none_refs, rss_mb, settle

EVENTS = int(os.environ.get("INFOVIZ_SOAK_EVENTS", "20000"))
WARMUP = min(2000, EVENTS // 5)
CHECK_EVERY = 250

# (weight, name): drags and keys dominate a real lecture; heavy switches are rarer.
MIX = [(30, "drag"), (8, "click_bar"), (10, "nudge"), (6, "select"), (4, "type_value"), (6, "undo"),
       (4, "redo"), (3, "edit"), (2, "preset"), (2, "bins"), (2, "unit"), (1, "language"),
       (1, "projector"), (2, "temperature"), (2, "sample"), (2, "fit"), (2, "lesson"), (1, "save"),
       (1, "load")]


def one_event(user: Lecturer, rng: np.random.Generator, kind: str) -> None:
    if kind == "drag":
        values = list(rng.uniform(-0.3, 1.3, size=int(rng.integers(1, 4))))
        user.drag(str(rng.choice(["p", "q"])), int(rng.integers(0, 50)), values)
    elif kind == "click_bar":
        user.click_bar(str(rng.choice(["p", "q"])), int(rng.integers(0, 50)))
    elif kind == "nudge":
        user.nudge(bool(rng.integers(2)), bool(rng.random() < 0.2))
    elif kind == "select":
        user.select(bool(rng.integers(2)))
    elif kind == "type_value":
        user.type_value(str(rng.choice(["0.3", "0", "1", "25%", "1/3", "abc", "2", "-1"])))
    elif kind in ("undo", "redo", "unit", "save"):
        getattr(user, kind)()
    elif kind == "edit":
        user.action(str(rng.choice(["swap", "copy_pq", "copy_qp", "reset", "randomise", "lock"])))
    elif kind == "preset":
        user.preset(int(rng.integers(0, 9)))
    elif kind == "bins":
        user.bins(bool(rng.integers(2)))
    elif kind == "language":
        user.language(str(rng.choice(["en", "ko"])))
    elif kind == "projector":
        user.projector()
    elif kind == "temperature":
        user.temperature(int(rng.integers(-3, 4)))
    elif kind == "sample":
        user.sample()
    elif kind == "fit":
        user.fit(1)
    elif kind == "lesson":
        user.lesson(bool(rng.random() < 0.6))
    elif kind == "load":
        user.load(int(rng.integers(0, 10)))
    else:  # pragma: no cover - a typo in MIX must fail, not skip
        raise AssertionError(kind)


@pytest.mark.soak
def test_soak_20000_events(window, tmp_path, capsys):
    pg.setConfigOptions(mouseRateLimit=0)
    window.state.undo_stack.setUndoLimit(500)  # a 2-hour lecture; memory stays bounded
    user = Lecturer(window, tmp_path)
    rng = np.random.default_rng(20261126)
    weights = np.array([w for w, _ in MIX], float)
    kinds = [k for _, k in MIX]
    # Build everything that is built once, on first use, before the baseline: every panel
    # (plots, fonts, pyqtgraph's menus), both themes and both languages. Otherwise the first
    # time the lesson happens to open, say, the code panel counts as growth.
    from infoviz.ui.panels import PANEL_NAMES
    for name in PANEL_NAMES:
        window.show_panel(name)
        settle()
    for _ in range(2):
        user.projector()
        user.language("ko")
        settle()
        user.language("en")
    t0 = time.perf_counter()
    base = None
    samples = []
    for n in range(1, EVENTS + 1):
        one_event(user, rng, kinds[rng.choice(len(kinds), p=weights / weights.sum())])
        if n % 50 == 0:
            settle()
        if n % CHECK_EVERY == 0:
            settle()
            check_invariants(window)
            if n >= WARMUP:
                row = (n, rss_mb(), none_refs(), live_qobjects(window))
                samples.append(row)
                if base is None:
                    base = row
    elapsed = time.perf_counter() - t0
    settle()
    check_invariants(window)
    end = (EVENTS, rss_mb(), none_refs(), live_qobjects(window))
    rss_growth = end[1] - base[1]
    refs_delta = end[2] - base[2]
    obj_max = max(s[3] for s in samples)
    with capsys.disabled():
        print(f"\nsoak: {EVENTS} events in {elapsed:.1f} s; after warm-up RSS {base[1]:.1f} -> {end[1]:.1f} MB "
              f"(+{rss_growth:.1f}); None refcount {base[2]} -> {end[2]} ({refs_delta:+d}); "
              f"live QObjects {base[3]} -> {end[3]} (max {obj_max})")
        print("RSS (MB) every %d events after warm-up: %s" % (CHECK_EVERY, " ".join(f"{r:.0f}" for _, r, _, _ in samples)))
        guard = fontcache.guard()  # the font-cache guard at work (docs/RELIABILITY.md)
        print(f"font cache: guarded {guard.cache is not None}, Qt's trim timer events kept from it: "
              f"{guard.blocker.swallowed}")
    assert rss_growth < 30, f"RSS grew {rss_growth:.1f} MB after warm-up"
    assert refs_delta > -1000, f"None lost {-refs_delta} references (the PySide6 6.12.0 bug?)"
    assert end[3] <= base[3] + 200, f"live QObjects grew from {base[3]} to {end[3]}"
