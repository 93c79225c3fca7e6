"""Turning what a user types into a probability, with a message when it is not one."""
from __future__ import annotations

import math
from fractions import Fraction


def parse_probability(text) -> float:
    """Parse "0.4", "40%", "1/3" or ".25" into a probability in [0, 1].

    Raises
    ------
    ValueError
        With a message for the user: not a number, not finite, or outside [0, 1].
    """
    if not isinstance(text, str):
        raise ValueError(f"expected text, got {type(text).__name__}")
    s = text.strip().replace(",", ".")
    if not s:
        raise ValueError("type a probability between 0 and 1")
    try:
        if s.endswith("%"):
            value = float(s[:-1].strip()) / 100.0
        elif "/" in s:
            value = float(Fraction(s.replace(" ", "")))
        else:
            value = float(s)
    except (ValueError, ZeroDivisionError, OverflowError):
        raise ValueError(f"{text.strip()!r} is not a number; type e.g. 0.25, 25% or 1/4") from None
    if not math.isfinite(value):
        # Never echo "nan" or "inf" back: no text on screen may read NaN.
        raise ValueError("that is not a finite number; a probability is between 0 and 1")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{value:g} is not a probability; it must be between 0 and 1")
    return value
