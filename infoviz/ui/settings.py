"""Remembered settings (QSettings): geometry, unit, language, projector, folders, recent files.

Stored in an INI file under ``QStandardPaths.AppConfigLocation``, so tests that enable
``QStandardPaths.setTestModeEnabled(True)`` never touch the user's settings.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 8


def settings() -> QSettings:
    """The app's settings file."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    if not base:
        base = str(Path.home() / ".config" / "infoviz")
    return QSettings(str(Path(base) / "infoviz.ini"), QSettings.Format.IniFormat)


def get_str(key: str, allowed=None, default=None):
    """A stored string, or `default` when missing or not one of `allowed`."""
    value = settings().value(key)
    if not isinstance(value, str) or (allowed is not None and value not in allowed):
        return default
    return value


def get_bool(key: str, default: bool = False) -> bool:
    value = settings().value(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return default


def put(key: str, value) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()


def recent_files() -> list[str]:
    value = settings().value("recent_files")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str)][:MAX_RECENT]


def add_recent(path: str) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [f for f in recent_files() if f != path]
    put("recent_files", files[:MAX_RECENT])
    put("last_directory", str(Path(path).parent))
    return files[:MAX_RECENT]


def last_directory() -> str:
    d = get_str("last_directory")
    return d if d and Path(d).is_dir() else str(Path.home())
