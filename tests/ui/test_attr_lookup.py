"""Python's own attribute lookup for the state (infoviz.attr_lookup): the same attributes,
signals and methods as PySide's lookup, and refused to every class Qt calls back."""
from __future__ import annotations

import functools

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Property, QObject, Signal
from shiboken6 import Shiboken

from classes import build_every_panel, every_subclass
from infoviz.attr_lookup import has_plain_attribute_lookup, plain_attribute_lookup, qt_overrides
from infoviz.state import AppState
from infoviz.ui.plot_utils import Bars
from infoviz.ui.static_label import StaticLabel


def test_signals_methods_and_attributes_behave_as_before(qtbot):
    @plain_attribute_lookup
    class Thing(QObject):
        moved = Signal(int)

        def __init__(self):
            super().__init__()
            self.value = 3

        def twice(self):
            return 2 * self.value

    thing = Thing()
    got = []
    thing.moved.connect(got.append)  # a bound signal, not the class's Signal
    thing.moved.emit(7)
    thing.objectNameChanged.connect(got.append)  # a signal of Qt's own
    thing.setObjectName("named")  # a Qt method
    assert got == [7, "named"] and thing.objectName() == "named"
    assert thing.twice() == 6 and thing.value == 3
    with pytest.raises(AttributeError):
        thing.missing  # noqa: B018
    assert has_plain_attribute_lookup(Thing) and not has_plain_attribute_lookup(QObject)


def test_a_class_with_a_qt_property_is_refused():
    class WithProperty(QObject):
        def _get(self):
            return 1

        level = Property(int, _get)

    with pytest.raises(TypeError, match="level"):
        plain_attribute_lookup(WithProperty)
    assert not has_plain_attribute_lookup(WithProperty)


def test_classes_that_qt_calls_back_are_refused():
    """An exception in a Python override leaves PySide6 6.11 asking the next object for
    its override with the error set; Python's generic lookup then crashed the process."""
    from PySide6.QtWidgets import QGraphicsObject, QLabel

    class Label(QLabel):
        pass

    class Item(QGraphicsObject):
        def boundingRect(self):
            return super().boundingRect()

    class Filter(QObject):
        def eventFilter(self, obj, ev):  # noqa: N802 - Qt's name
            return False

    class Cached(QObject):
        @functools.lru_cache(maxsize=1)  # noqa: B019 - a callable that is not a function
        def event(self, ev):
            return False

    with pytest.raises(TypeError, match="Cached.event"):
        plain_attribute_lookup(Cached)
    for cls in (Label, Item, pg.ViewBox, Bars, StaticLabel):
        with pytest.raises(TypeError, match="calls it back"):
            plain_attribute_lookup(cls)
    with pytest.raises(TypeError, match="Filter.eventFilter"):
        plain_attribute_lookup(Filter)
    assert qt_overrides(Filter) == ["Filter.eventFilter"] and qt_overrides(AppState) == []


def test_only_the_state_has_it(window):
    """No widget, item, scene or Qt-overriding class of the window and its panels (all
    built) looks attributes up the plain way; the state, which only Python reads, does."""
    build_every_panel(window)
    plain = {cls for cls in every_subclass(Shiboken.Object)
             if has_plain_attribute_lookup(cls) and cls.__module__.startswith(("infoviz", "pyqtgraph"))}
    assert plain == {AppState}
    for cls in plain:
        assert not qt_overrides(cls)
        for klass in cls.__mro__:
            props = [k for k, v in vars(klass).items() if isinstance(v, Property)]
            assert not props, f"{cls.__name__} inherits plain lookup but {klass.__name__} has {props}"
    assert window.state.dragging is None  # (and it still reads as before)
