"""Regression test for the PySide6 6.12.0 None-refcount loss (see DESIGN.md, Known traps).

On CPython 3.11, PySide6 6.12.0 drops a reference to None on every void Qt call
(update(), setPos(), setWidth()...); after ~5,000 of them the interpreter aborts with
"none_dealloc": seconds of dragging. ../shared/tools/none_refcount_probe.py shows it in
isolation; this test shows it the way a lecturer would hit it, through real drag frames.
(On Python 3.12+ None is immortal, its refcount never moves, and this test cannot fail.)
"""
from __future__ import annotations

import sys

import numpy as np

import drag

FRAMES = 3_000


def test_none_refcount_does_not_fall_while_dragging(window):
    st = window.state
    hist = window.histogram_q
    drag.drag(hist, 2, [0.3, 0.6])  # warm up: lazy imports, caches, first-time items
    frames = []
    st.changed.connect(lambda: frames.append(1))
    values = 0.05 + 0.9 * (np.arange(FRAMES) % 97) / 96  # every frame differs from the last
    points = [hist.point_for(2, float(v)) for v in values]
    before = sys.getrefcount(None)
    drag.press(hist, 2)
    for pos in points:
        drag.move(hist, pos)
    drag.release(hist, points[-1])
    after = sys.getrefcount(None)
    assert len(frames) >= FRAMES * 0.9, f"only {len(frames)} drag frames reached the state"
    assert st.undo_stack.count() == 2
    assert after - before > -100, (
        f"sys.getrefcount(None) fell by {before - after} over {len(frames)} drag frames: "
        "this PySide6 loses references to None (6.12.0 on Python < 3.12 does) and the app "
        "will abort with 'none_dealloc' after seconds of dragging")
