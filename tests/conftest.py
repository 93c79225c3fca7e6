"""Shared pytest configuration: import path and Hypothesis profiles.

``HYPOTHESIS_PROFILE=ci`` (set by ``.ci/run``) runs every property 1000 times; the default
``dev`` profile runs 100 examples so a local ``pytest`` stays quick. Neither has a deadline:
a 1000-bin example on a loaded 2-core CI machine is not a bug.
"""
import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

# Test the checkout this file lives in, whether or not the package is pip-installed and
# however pytest was launched (`pytest` does not put the working directory on sys.path).
ROOT = str(Path(__file__).resolve().parents[1])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

settings.register_profile("ci", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# Keep the user's settings, autosave and crash log out of the tests, in-process and in every
# subprocess a test starts: Qt's QStandardPaths and QSettings follow the XDG variables.
import tempfile  # noqa: E402

_SANDBOX = Path(tempfile.mkdtemp(prefix="infoviz-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
# QStandardPaths.setTestModeEnabled(True) puts everything under ~/.qttest: keep that in the
# sandbox too.
os.environ["HOME"] = str(_SANDBOX / "home")


import shutil  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts with no remembered settings, recent files or autosave: a window a
    previous test closed in nats or Korean must not leak into the next one."""
    for sub in ("config", "data", "home/.qttest"):
        shutil.rmtree(_SANDBOX / sub, ignore_errors=True)
    if "PySide6" in sys.modules:  # QSettings caches files per process: clear through Qt too
        from infoviz.ui import settings as cfg
        s = cfg.settings()
        s.clear()
        s.sync()
    yield
