"""Python's own attribute lookup for a QObject class that only Python code calls into.

PySide6 gives every QObject class an attribute lookup of its own: after Python's generic
lookup it checks for a ``QtCore.Property``, turns a class's signals into bound ones, and,
for a method, searches the class's meta-object for a signal of that name. That search
makes a method lookup on a QObject (``self.update``, ``self._draw``) two to four times
dearer than on a plain object: 490 ns against 140 for a Qt method, 220 against 110 for a
Python one, measured here with PySide6 6.11.

**Only for a class that Qt never calls back.** When a Python override of a Qt virtual
(an item's ``paint``, a widget's ``paintEvent``, an ``eventFilter``) raises, PySide6 6.11
leaves the exception set while Qt carries on, and asks the next object for its override
with the exception still set. Python's generic lookup does not survive that: the process
died with a segmentation fault (an ``OverflowError`` in the bars' ``paint`` took the app
down in a drag), where PySide's own lookup reports the error and the app keeps running.
So the lookup is refused to widgets, graphics items and scenes, and to any class that
overrides a method of its Qt bases; it is kept for the state (``AppState``), a QObject
that only Python reads (1 to 2 % of a drag frame).

Python's generic lookup (``object.__getattribute__``) binds signals just as well
(``Signal`` is a descriptor), so a class that declares no ``QtCore.Property`` loses nothing
by it. A subclass made later inherits the lookup unchecked, so a test looks through every
subclass the app defines. (The one other difference: the old-style
``obj.connect(SIGNAL(...), slot)`` called on an instance no longer binds; nothing here
uses it.)
"""
from __future__ import annotations

from PySide6.QtCore import Property
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

#: Qt calls back into every class derived from these (paint, events, geometry).
_CALLED_BACK = (QWidget, QGraphicsItem, QGraphicsScene)


def _is_qt_class(klass: type) -> bool:
    return klass.__module__.startswith(("PySide6.", "Shiboken"))  # (Shiboken.Object's module)


def _overrides(klass: type, qt: list) -> list:
    """The names in `klass`'s own dict that override a method of one of `qt` (classes)."""
    # (any callable: a method wrapped by a decorator or a cache is still one)
    return [name for name, value in vars(klass).items()
            if (callable(value) or isinstance(value, (staticmethod, classmethod)))
            and not name.startswith("__") and any(name in vars(q) for q in qt)]


def qt_overrides(cls: type) -> list:
    """The names of `cls`'s methods (its own or inherited from Python bases) that
    override a method of one of its Qt bases, as ``"Class.name"``: the Python code that
    Qt calls back."""
    qt = [k for k in cls.__mro__ if _is_qt_class(k)]
    return [f"{klass.__name__}.{name}" for klass in cls.__mro__
            if klass is not object and not _is_qt_class(klass) for name in _overrides(klass, qt)]


def own_qt_overrides(cls: type) -> list:
    """The names of the methods `cls` itself defines that override a method of one of its
    Qt bases."""
    return _overrides(cls, [k for k in cls.__mro__ if _is_qt_class(k)])


def plain_attribute_lookup(cls: type) -> type:
    """Give `cls` (and its subclasses) Python's generic attribute lookup; a class decorator.

    Parameters
    ----------
    cls : type
        A subclass of a PySide6 ``QObject`` that Qt never calls back: not a widget, a
        graphics item or a scene, overriding no method of its Qt bases, and with no
        ``QtCore.Property`` anywhere in its MRO.

    Returns
    -------
    type
        `cls` itself.

    Raises
    ------
    TypeError
        If `cls` is a widget, graphics item or scene, overrides a Qt method (an exception
        raised in Qt's call would then crash the process, see the module's docstring), or
        declares a ``QtCore.Property`` (PySide's own lookup reads its value, the generic
        one would return the property object).
    """
    if issubclass(cls, _CALLED_BACK):
        raise TypeError(f"{cls.__name__} is a widget, graphics item or scene: Qt calls it back, "
                        "so it needs PySide's attribute lookup")
    overrides = qt_overrides(cls)
    if overrides:
        raise TypeError(f"{cls.__name__} overrides Qt's {', '.join(overrides)}: Qt calls it back, "
                        "so it needs PySide's attribute lookup")
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
