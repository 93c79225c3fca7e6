"""The classes a window is made of, for tests that look through all of them."""
from __future__ import annotations


def every_subclass(cls):
    """`cls`'s subclasses, theirs, and so on (each once per path to it)."""
    for sub in cls.__subclasses__():
        yield sub
        yield from every_subclass(sub)


def build_every_panel(window) -> None:
    """Show each panel of `window` once, so that the classes it builds exist."""
    for name in window.panels:
        window.show_panel(name)
