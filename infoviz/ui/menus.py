"""The window's menus and shortcuts, as one table.

Every action is listed once, by name, with its (untranslated) text, shortcut and what it
calls. An action whose slot names a method that does not exist fails loudly at start-up
instead of silently doing nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ..model.presets import get_preset, preset_names

translate = QCoreApplication.translate  # a bare translate("Context", "text") is what pyside6-lupdate finds


#: What the Presets menu calls each preset (translated); a preset not listed shows its name.
PRESET_TITLES = {
    "default": QT_TRANSLATE_NOOP("Menus", "Default: six outcomes"),
    "fair-coin": QT_TRANSLATE_NOOP("Menus", "Fair coin"),
    "biased-coin": QT_TRANSLATE_NOOP("Menus", "Biased coin (0.6 / 0.4)"),
    "fair-die": QT_TRANSLATE_NOOP("Menus", "Fair die"),
    "one-hot": QT_TRANSLATE_NOOP("Menus", "One-hot label vs softmax"),
    "asymmetry": QT_TRANSLATE_NOOP("Menus", "KL asymmetry"),
    "uniform-vs-peaked": QT_TRANSLATE_NOOP("Menus", "Uniform vs peaked"),
    "label-smoothing": QT_TRANSLATE_NOOP("Menus", "Label smoothing"),
    "surnames": QT_TRANSLATE_NOOP("Menus", "Korean surnames"),
    "two-humps": QT_TRANSLATE_NOOP("Menus", "Two humps"),
}


# menu name -> list of (action name, text, shortcut, callable(window), checkable)
def _edit_actions():
    return [
        ("undo", QT_TRANSLATE_NOOP("Menus", "&Undo"), QKeySequence.StandardKey.Undo, lambda w: w.state.undo_stack.undo(), False),
        ("redo", QT_TRANSLATE_NOOP("Menus", "&Redo"), "Ctrl+Shift+Z", lambda w: w.state.undo_stack.redo(), False),
        None,
        ("swap", QT_TRANSLATE_NOOP("Menus", "&Swap p and q"), "S", lambda w: w.state.swap(), False),
        ("copy_pq", QT_TRANSLATE_NOOP("Menus", "Copy p → q"), "Ctrl+Right", lambda w: w.state.copy("p", "q"), False),
        ("copy_qp", QT_TRANSLATE_NOOP("Menus", "Copy q → p"), "Ctrl+Left", lambda w: w.state.copy("q", "p"), False),
        ("reset", QT_TRANSLATE_NOOP("Menus", "Reset both to &uniform"), "U", lambda w: w.state.reset_uniform(), False),
        ("randomise", QT_TRANSLATE_NOOP("Menus", "&Randomise both"), "R", lambda w: w.state.randomise(), False),
        None,
        ("lock", QT_TRANSLATE_NOOP("Menus", "&Lock / unlock the selected bar"), "L",
         lambda w: w.state.selected and w._try(lambda: w.state.toggle_lock(*w.state.selected)), False),
        ("type_value", QT_TRANSLATE_NOOP("Menus", "&Type a value for the selected bar"), None,
         lambda w: w.value_editor.focus_for_typing(), False),
        ("more_bins", QT_TRANSLATE_NOOP("Menus", "More bins"), "+", lambda w: w._try(lambda: w.state.set_bins(w.state.n_bins + 1)),
         False),
        ("fewer_bins", QT_TRANSLATE_NOOP("Menus", "Fewer bins"), "-", lambda w: w._try(lambda: w.state.set_bins(w.state.n_bins - 1)),
         False),
    ]


def _file_actions():
    return [
        ("open", QT_TRANSLATE_NOOP("Menus", "&Open session…"), QKeySequence.StandardKey.Open, lambda w: w.files.open_dialog(), False),
        ("save", QT_TRANSLATE_NOOP("Menus", "&Save session"), QKeySequence.StandardKey.Save, lambda w: w.files.save(), False),
        ("save_as", QT_TRANSLATE_NOOP("Menus", "Save session &as…"), "Ctrl+Shift+S", lambda w: w.files.save_as(), False),
        None,
        ("export_png", QT_TRANSLATE_NOOP("Menus", "Export window as &PNG…"), "Ctrl+E", lambda w: w.files.export_dialog("png"), False),
        ("export_svg", QT_TRANSLATE_NOOP("Menus", "Export window as S&VG…"), None, lambda w: w.files.export_dialog("svg"), False),
        ("export_csv", QT_TRANSLATE_NOOP("Menus", "Export numbers as &CSV…"), None, lambda w: w.files.export_dialog("csv"), False),
        ("export_measures", QT_TRANSLATE_NOOP("Menus", "Export the measures plot as PNG…"), None,
         lambda w: w.files.export_dialog("png", w.measures_plot), False),
        ("export_measures_svg", QT_TRANSLATE_NOOP("Menus", "Export the measures plot as SVG…"), None,
         lambda w: w.files.export_dialog("svg", w.measures_plot), False),
        ("export_contributions", QT_TRANSLATE_NOOP("Menus", "Export the per-outcome plot as PNG…"), None,
         lambda w: w.files.export_dialog("png", w.contributions_plot), False),
        None,
        ("quit", QT_TRANSLATE_NOOP("Menus", "&Quit"), QKeySequence.StandardKey.Quit, lambda w: w.close(), False),
    ]


def _help_actions():
    return [
        ("shortcuts", QT_TRANSLATE_NOOP("Menus", "&Keyboard shortcuts"), "F1", lambda w: w.toggle_help(), False),
    ]


def _view_actions():
    return [
        ("projector", QT_TRANSLATE_NOOP("Menus", "&Projector mode"), "F11", lambda w: w.set_projector(not w.projector), True),
        ("unit", QT_TRANSLATE_NOOP("Menus", "Switch &bits / nats"), "B", lambda w: w.state.toggle_unit(), False),
    ]


def build_menus(window) -> dict:
    """Create the menu bar of `window`; return its actions by name."""
    actions: dict = {}
    bar = window.menuBar()
    window._menus = {}

    def add(menu, spec):
        if spec is None:
            menu.addSeparator()
            return
        name, text, shortcut, slot, checkable = spec
        act = QAction(window)
        act.setObjectName(f"action_{name}")
        act.setProperty("source_text", text)
        act.setCheckable(checkable)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False, s=slot: s(window))
        menu.addAction(act)
        window.addAction(act)  # shortcuts work with the menu bar hidden (projector mode)
        actions[name] = act

    for key, title, specs in (("file", QT_TRANSLATE_NOOP("Menus", "&File"), _file_actions()),
                              ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit"), _edit_actions()),
                              ("view", QT_TRANSLATE_NOOP("Menus", "&View"), _view_actions())):
        menu = bar.addMenu("")
        menu.setObjectName(f"menu_{key}")
        menu.setProperty("source_text", title)
        window._menus[key] = menu
        for spec in specs:
            add(menu, spec)

    presets = bar.addMenu("")
    presets.setObjectName("menu_presets")
    presets.setProperty("source_text", QT_TRANSLATE_NOOP("Menus", "&Presets"))
    window._menus["presets"] = presets
    for k, name in enumerate(preset_names()):
        shortcut = str(k + 1) if k < 9 else None
        add(presets, (f"preset_{name}", name, shortcut,
                      lambda w, n=name: w._try(lambda: w.state.load_preset(n)), False))
        actions[f"preset_{name}"].setProperty("preset", name)

    view = window._menus["view"]
    lang = view.addMenu("")
    lang.setObjectName("menu_language")
    lang.setProperty("source_text", QT_TRANSLATE_NOOP("Menus", "&Language"))
    window._menus["language"] = lang
    group = QActionGroup(window)
    for code, label in (("en", "English"), ("ko", "한국어")):
        act = QAction(label, window, checkable=True)
        act.setObjectName(f"action_lang_{code}")
        act.triggered.connect(lambda _c=False, c=code: window.set_language(c))
        group.addAction(act)
        lang.addAction(act)
        actions[f"lang_{code}"] = act

    panels = view.addMenu("")
    panels.setObjectName("menu_panels")
    panels.setProperty("source_text", QT_TRANSLATE_NOOP("Menus", "P&anels"))
    window._menus["panels"] = panels
    for name, dock in window.docks.items():
        act = dock.toggleViewAction()
        act.setObjectName(f"action_show_{name}")
        panels.addAction(act)

    recent = window._menus["file"].addMenu("")
    recent.setObjectName("menu_recent")
    recent.setProperty("source_text", QT_TRANSLATE_NOOP("Menus", "Open &recent"))
    window._menus["recent"] = recent
    window._menus["file"].insertMenu(actions["save"], recent)

    help_ = bar.addMenu("")
    help_.setObjectName("menu_help")
    help_.setProperty("source_text", QT_TRANSLATE_NOOP("Menus", "&Help"))
    window._menus["help"] = help_
    for spec in _help_actions():
        add(help_, spec)
    return actions


def retranslate_menus(window) -> None:
    """Re-read every menu and action text in the current language."""
    for menu in window._menus.values():
        menu.setTitle(translate("Menus", menu.property("source_text")))
    for name, act in window.actions_by_name.items():
        if name.startswith("preset_"):
            pre = get_preset(act.property("preset"))
            caption = pre.caption_ko if window.language == "ko" else pre.caption_en
            act.setText(translate("Menus", PRESET_TITLES.get(pre.name, pre.name)))
            act.setToolTip(caption)
            act.setStatusTip(caption)
        elif act.property("source_text"):
            act.setText(translate("Menus", act.property("source_text")))
    for code in ("en", "ko"):
        act = window.actions_by_name.get(f"lang_{code}")
        if act is not None:
            act.setChecked(window.language == code)
