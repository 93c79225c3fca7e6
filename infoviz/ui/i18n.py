"""Languages: English (the source strings) and Korean, through Qt Linguist .qm files."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from .resources import translations_dir

LANGUAGES = ("en", "ko")
_installed: list[QTranslator] = []
_loaded: dict[str, QTranslator] = {}

#: Fonts that carry Hangul, best first (Debian: fonts-noto-cjk; macOS and Windows ship others).
CJK_FAMILIES = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic",
                "Source Han Sans KR", "Noto Sans CJK JP", "Noto Sans CJK SC")


def system_language() -> str:
    """``"ko"`` when the system locale is Korean, else ``"en"``."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def check_language(lang) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def install_language(lang: str) -> bool:
    """Install the translator for `lang` in the running application (English removes it).

    Returns False when the .qm file is missing (the UI then stays in English).
    """
    check_language(lang)
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "en":
        return True
    tr = _translator(lang)
    if tr is None:
        return False
    app.installTranslator(tr)
    _installed.append(tr)
    return True


def _translator(lang: str) -> QTranslator | None:
    """The one translator of `lang`, loaded on first use and kept: a new QTranslator per
    switch held its whole .qm (36 KB) for the life of the app (the soak's memory growth)."""
    tr = _loaded.get(lang)
    if tr is None or not shiboken6.isValid(tr):  # its application may have been replaced
        tr = QTranslator(QCoreApplication.instance())
        if not tr.load(str(translations_dir() / f"infoviz_{lang}.qm")):
            tr.deleteLater()
            return None
        _loaded[lang] = tr
    return tr


def cjk_family() -> str | None:
    """The first installed font family able to draw Korean, or None."""
    families = set(QFontDatabase.families())
    for fam in CJK_FAMILIES:
        if fam in families:
            return fam
    for fam in families:  # any family that claims Korean support
        if QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(fam):
            return fam
    return None


def configure_fonts(app) -> None:
    """Use the default sans family with a CJK fallback so Hangul never shows as boxes."""
    fam = cjk_family()
    if fam:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), fam])
        app.setFont(font)
