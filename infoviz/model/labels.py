"""Outcome labels: what a user may type as the name of a bar."""
from __future__ import annotations

import unicodedata

#: Longest label kept readable under a bar.
MAX_LABEL_CHARS = 40


def check_label(text, what: str = "label") -> str:
    """Return `text` stripped, or ``ValueError`` if it is empty, too long, not a string or
    holds control characters."""
    if not isinstance(text, str):
        raise ValueError(f"{what} must be text, got {type(text).__name__}")
    label = text.strip()
    if not label:
        raise ValueError(f"{what} is empty; give the outcome a name")
    if len(label) > MAX_LABEL_CHARS:
        raise ValueError(f"{what} has {len(label)} characters; at most {MAX_LABEL_CHARS} fit under a bar")
    for ch in label:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise ValueError(f"{what} contains the control character U+{ord(ch):04X}")
    return label
