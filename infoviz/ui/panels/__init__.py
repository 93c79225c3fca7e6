"""The teaching panels: one dock each, listed explicitly (a typo fails at start-up).

Each entry: (objectName, module, class name, untranslated dock title). The module is
imported lazily by :func:`load_panel_class`.
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP


PANELS = [
    # ("panel_information", "infoviz.ui.panels.information", "InformationPanel", QT_TRANSLATE_NOOP("Panels", "Information content")),
    ("panel_information", "infoviz.ui.panels.information", "InformationPanel", QT_TRANSLATE_NOOP("Panels", "Information content")),
    ("panel_loss", "infoviz.ui.panels.loss", "LossPanel", QT_TRANSLATE_NOOP("Panels", "BCE vs MSE")),
    ("panel_softmax", "infoviz.ui.panels.softmax", "SoftmaxPanel", QT_TRANSLATE_NOOP("Panels", "Softmax and temperature")),
    ("panel_sampling", "infoviz.ui.panels.sampling", "SamplingPanel", QT_TRANSLATE_NOOP("Panels", "Sampling and NLL")),
    ("panel_fit", "infoviz.ui.panels.fit", "FitPanel", QT_TRANSLATE_NOOP("Panels", "Fitting q: forward vs reverse KL")),
    ("panel_continuous", "infoviz.ui.panels.continuous", "ContinuousPanel", QT_TRANSLATE_NOOP("Panels", "Continuous: differential entropy")),
    ("panel_code", "infoviz.ui.panels.code", "CodePanel", QT_TRANSLATE_NOOP("Panels", "Code: numpy, scipy, PyTorch")),
    ("panel_lesson", "infoviz.ui.panels.lesson", "LessonPanel", QT_TRANSLATE_NOOP("Panels", "Lesson")),
]

PANEL_NAMES = ("panel_information", "panel_loss", "panel_softmax", "panel_sampling", "panel_fit",
               "panel_continuous", "panel_code", "panel_lesson")


def load_panel_class(module: str, cls: str):
    """Import `module` and return its class `cls` (raises if either is missing)."""
    return getattr(importlib.import_module(module), cls)
