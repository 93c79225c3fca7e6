"""Colours, pens and font sizes for normal and projector mode.

Colours are the Okabe-Ito palette (safe for the common colour-vision deficiencies);
projector mode uses the same hues on a black background with thicker lines and larger
type, because washed-out projectors lose pale colours and thin lines first.
"""
from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7",
}


@dataclass(frozen=True)
class Theme:
    """Everything that changes between normal and projector mode."""

    name: str
    background: str
    foreground: str
    grid_alpha: float
    p: str            # colour of p and of its entropy
    q: str            # colour of q and of its entropy
    kl: str           # the KL part of a cross-entropy stack
    cross: str        # per-bin cross-entropy terms
    infinite: str     # the bin that makes a divergence infinite
    highlight: str    # hovered / selected bar outline
    line_width: float
    outline_width: float
    font_pt: int      # axis and caption text
    readout_px: int   # height of the readout numbers
    value_pt: int     # value printed on each bar


NORMAL = Theme("normal", background="#FFFFFF", foreground="#202020", grid_alpha=0.25,
               p=OKABE_ITO["blue"], q=OKABE_ITO["orange"], kl=OKABE_ITO["purple"],
               cross=OKABE_ITO["sky_blue"], infinite=OKABE_ITO["vermillion"], highlight="#000000",
               line_width=2.0, outline_width=1.0, font_pt=11, readout_px=22, value_pt=9)

PROJECTOR = Theme("projector", background="#000000", foreground="#FFFFFF", grid_alpha=0.35,
                  p=OKABE_ITO["sky_blue"], q=OKABE_ITO["orange"], kl=OKABE_ITO["purple"],
                  cross=OKABE_ITO["green"], infinite=OKABE_ITO["vermillion"], highlight=OKABE_ITO["yellow"],
                  line_width=4.0, outline_width=2.5, font_pt=18, readout_px=40, value_pt=14)


def colour_of(theme: Theme, which: str) -> str:
    """The colour of distribution ``"p"`` or ``"q"``."""
    return theme.p if which == "p" else theme.q


def restyle(widget, sheet: str) -> None:
    """``widget.setStyleSheet(sheet)``, unless it already has that sheet.

    Qt does not compare: every ``setStyleSheet`` re-polishes the widget (the sheet parsed
    again, its font and size hint recomputed, its parent's layout invalidated), which in a
    panel refreshed on every drag frame cost a layout pass and a second repaint per frame.
    """
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
