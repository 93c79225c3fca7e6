"""Python's own attribute lookup for the QObject classes that a drag frame runs through.

PySide6 gives every QObject class an attribute lookup of its own: after Python's generic
lookup it checks for a ``QtCore.Property``, turns a class's signals into bound ones, and,
for a method, searches the class's meta-object for a signal of that name. That search
makes a method lookup on a QObject (``self.update``, ``self._draw``) two to four times
dearer than on a plain object: 490 ns against 140 for a Qt method, 220 against 110 for a
Python one, measured here with PySide6 6.11. A drag frame makes thousands of them, in
pyqtgraph's items and in ours: 3.6 % of a frame's instructions in all.

Python's generic lookup (``object.__getattribute__``) binds signals just as well
(``Signal`` is a descriptor), so a class that declares no ``QtCore.Property`` loses nothing
by it. :func:`plain_attribute_lookup` refuses a class that does; a subclass made later
inherits the lookup unchecked, so a test looks through every subclass the app defines.
(The one other difference: the old-style ``obj.connect(SIGNAL(...), slot)`` called on an
instance no longer binds; neither the app nor pyqtgraph uses it.)
"""
from __future__ import annotations

from PySide6.QtCore import Property


def plain_attribute_lookup(cls: type) -> type:
    """Give `cls` (and its subclasses) Python's generic attribute lookup; a class decorator.

    Parameters
    ----------
    cls : type
        A subclass of a PySide6 class, with no ``QtCore.Property`` anywhere in its MRO.

    Returns
    -------
    type
        `cls` itself.

    Raises
    ------
    TypeError
        If `cls` or a base declares a ``QtCore.Property``: PySide's own lookup reads its
        value, the generic one would return the property object.
    """
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if isinstance(value, Property):
                raise TypeError(f"{cls.__name__} has the Qt property {klass.__name__}.{name}: "
                                "it needs PySide's attribute lookup")
    cls.__getattribute__ = object.__getattribute__
    return cls


def has_plain_attribute_lookup(cls: type) -> bool:
    """Whether `cls` looks attributes up with Python's generic lookup."""
    return cls.__getattribute__ is object.__getattribute__
