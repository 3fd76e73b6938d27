"""The lighter PySide6 import check answers as shiboken's own and keeps no source."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from jego_desktop.platform.pyside_imports import keep_no_module_sources, module_uses_pyside


def test_shiboken_still_asks_its_own_module_level_function() -> None:
    """If PySide6 renames or inlines the check, this fails: the patch would do nothing."""
    from shibokensupport import feature  # type: ignore[import-not-found]

    assert "_mod_uses_pyside" in feature.feature_imported.__code__.co_names
    assert "getsource" in feature._mod_uses_pyside.__code__.co_names


def test_new_modules_are_judged_alike_and_their_source_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shibokensupport import feature

    original = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # restored after the test
    (tmp_path / "jego_uses_qt.py").write_text("from PySide6 import QtCore\nVALUE = 1\n")
    (tmp_path / "jego_plain.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    assert keep_no_module_sources()

    import jego_plain  # type: ignore[import-not-found]  # through shiboken's __import__ hook
    import jego_uses_qt  # type: ignore[import-not-found]

    assert feature.pyside_feature_dict["jego_uses_qt"] == 0  # asked, and answered alike
    assert feature.pyside_feature_dict["jego_plain"] == -1
    assert not [name for name in linecache.cache if name.startswith(str(tmp_path))]
    assert module_uses_pyside(jego_uses_qt) is original(jego_uses_qt) is True
    assert module_uses_pyside(jego_plain) is original(jego_plain) is False
    assert module_uses_pyside(sys) is False  # built in
