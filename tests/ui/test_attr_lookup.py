"""Python's own attribute lookup on the drag path's Qt classes (infoviz.attr_lookup): the
same attributes, signals and methods as PySide's lookup, and refused where it would not be."""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Property, QObject, Signal

from infoviz.attr_lookup import has_plain_attribute_lookup, plain_attribute_lookup
from infoviz.state import AppState
from infoviz.ui.plot_utils import Bars
from infoviz.ui.pyqtgraph_import import plain_lookup_classes
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


def test_the_drag_path_classes_have_it(window):
    for cls in (*plain_lookup_classes(), pg.AxisItem, pg.ViewBox, pg.PlotWidget, Bars, StaticLabel, AppState,
                type(window), type(window.histogram_p)):
        assert has_plain_attribute_lookup(cls), cls.__name__
    # and a PlotWidget still hands unknown names to its PlotItem (its __getattr__)
    assert window.histogram_p.getViewBox() is window.histogram_p.getPlotItem().getViewBox()


def test_no_class_with_the_plain_lookup_declares_a_qt_property(window):
    """A subclass inherits the lookup without the decorator's check: every class the app
    and pyqtgraph define under one with it (all panels built) must declare no Property."""
    for name in window.panels:
        window.show_panel(name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    seen = 0
    for base in (*plain_lookup_classes(), StaticLabel, AppState, type(window)):
        for cls in (base, *subclasses(base)):
            if has_plain_attribute_lookup(cls):
                seen += 1
                for klass in cls.__mro__:
                    props = [k for k, v in vars(klass).items() if isinstance(v, Property)]
                    assert not props, f"{cls.__name__} inherits plain lookup but {klass.__name__} has {props}"
    assert seen > 20  # the item, view and widget classes of the window and its panels
