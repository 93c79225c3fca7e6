"""Where a label may go, and how small it may get to fit.

Plots label their lines (the entropy line of the information panel, say) next to values
drawn over bars. A label fixed at the line's right end covered the value over the last
bar whenever the two were at the same height. The rule here is plain geometry on boxes,
``(left, bottom, right, top)`` in any one unit with y growing upwards (screen pixels
measured from the plot's bottom left, as the panels use it).

Tick labels of a fixed set (the measures plot's ``H(p,q)``, ``KL(p‖q)``, ...) ran into one
another when a panel or projector type left the plot narrow: :func:`shrink_to_fit` gives
the type size at which they fit.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

Box = tuple  # (left, bottom, right, top)


def overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes share some area (touching edges do not count).

    Parameters
    ----------
    a, b : (left, bottom, right, top)

    Returns
    -------
    bool
    """
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(a: Box, area: Box) -> bool:
    """Whether a box lies within an area (edges included).

    Parameters
    ----------
    a, area : (left, bottom, right, top)

    Returns
    -------
    bool
    """
    return area[0] <= a[0] and a[2] <= area[2] and area[1] <= a[1] and a[3] <= area[3]


def first_free(candidates: Sequence[Box], obstacles: Sequence[Box], area: Box | None = None) -> int:
    """Index of the first of `candidates` that lies within `area` (if given) and overlaps
    none of `obstacles`; when none does, the one within `area` that overlaps the fewest
    (the earliest of those), and when none lies within `area`, 0.

    Parameters
    ----------
    candidates : sequence of (left, bottom, right, top)
        Places for the label, most preferred first. At least one.
    obstacles : sequence of (left, bottom, right, top)
        What the label must not cover.
    area : (left, bottom, right, top), optional
        Where the label must stay (the plot's visible area).

    Returns
    -------
    int

    Raises
    ------
    ValueError
        If there are no candidates.
    """
    if not candidates:
        raise ValueError("first_free needs at least one candidate place")
    fitting = [i for i, c in enumerate(candidates) if area is None or inside(c, area)]
    if not fitting:
        return 0
    covered = [sum(overlaps(candidates[i], ob) for ob in obstacles) for i in fitting]
    return fitting[covered.index(min(covered))]


def shrink_to_fit(point_size: int, needed: float, available: float, smallest: int) -> int:
    """The point size at which text `needed` units wide at `point_size` fits in `available`
    (text width grows in proportion to its size), never below `smallest` nor above
    `point_size`.

    Parameters
    ----------
    point_size : int
        The size the theme asks for.
    needed, available : float
        The text's width at `point_size`, and the room it has (the same unit, e.g. pixels).
    smallest : int
        The least size that still reads.

    Returns
    -------
    int

    Raises
    ------
    ValueError
        If a size is not positive or a width is negative or not finite.
    """
    if point_size <= 0 or smallest <= 0:
        raise ValueError(f"point sizes must be positive, got {point_size} and {smallest}")
    if not (math.isfinite(needed) and math.isfinite(available)) or needed < 0 or available < 0:
        raise ValueError(f"widths must be finite and not negative, got {needed} and {available}")
    if needed <= available:
        return point_size
    # needed > available here, so the proportional size is already below point_size
    return max(min(smallest, point_size), int(math.floor(point_size * available / needed)))
