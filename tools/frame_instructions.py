"""How many CPU instructions a drag frame costs: a measure of the code that the machine's
speed does not move (docs/PERFORMANCE.md, "Comparing code").

Runs the benchmark's driver under valgrind's callgrind and counts instructions only
inside the timed drags (``sys.call_tracing`` marks them), so start-up is left out. Two
runs of the same code agree within about 0.1 %; wall-clock frame times on this machine
vary by half between stretches of a minute.

Usage (from the project root; needs ``valgrind``, e.g. ``apt-get install valgrind``)::

    python tools/frame_instructions.py --bins 10 --frames 100
    python tools/frame_instructions.py --bins 100 --size 3840x2160 --out /tmp/cg.out

``callgrind_annotate --inclusive=yes /tmp/cg.out`` then shows where they went. A run
takes two to three minutes (most of it start-up under valgrind).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile

_INNER = "_INFOVIZ_FRAME_INSTRUCTIONS_INNER"


def _measure(bins: int, frames: int, size: tuple) -> None:
    """Inside valgrind: set up, warm up, then drag `frames` frames inside call_tracing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from infoviz.bench import QtDriver

    driver = QtDriver()
    driver.configure(size, bins)
    driver.drag(40)  # caches, the text cache, the first layouts: not what a frame costs
    sys.call_tracing(driver.drag, (frames,))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bins", type=int, default=10)
    ap.add_argument("--frames", type=int, default=100)
    ap.add_argument("--size", default="1920x1080", help="window size, WxH")
    ap.add_argument("--out", help="keep callgrind's output file here")
    args = ap.parse_args(argv)
    try:
        size = tuple(int(v) for v in args.size.lower().split("x"))
        if len(size) != 2 or min(size) <= 0:
            raise ValueError
    except ValueError:
        ap.error(f"--size must be WIDTHxHEIGHT, e.g. 1920x1080, got {args.size!r}")
    if args.bins < 2 or args.frames < 1:
        ap.error("--bins must be at least 2 and --frames at least 1")
    if os.environ.get(_INNER):
        _measure(args.bins, args.frames, size)
        return 0
    out = args.out or tempfile.mktemp(suffix=".callgrind")
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no",
           "--toggle-collect=sys_call_tracing", f"--callgrind-out-file={out}",
           sys.executable, os.path.abspath(__file__), "--bins", str(args.bins),
           "--frames", str(args.frames), "--size", args.size]
    env = dict(os.environ, **{_INNER: "1", "PYTHONHASHSEED": "0", "QT_QPA_PLATFORM": "offscreen"})
    try:
        run = subprocess.run(cmd, env=env, capture_output=True, text=True)
    except FileNotFoundError:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        print(run.stderr[-2000:], file=sys.stderr)
        return run.returncode or 1
    total = int(found.group(1))
    print(f"{args.size}, N={args.bins}: {total / args.frames / 1e6:.2f} M instructions a frame "
          f"({total:,} over {args.frames} frames)")
    if not args.out:
        os.unlink(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
