"""Fixtures shared by the widget tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database
from jego_desktop.ui import translations

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ACCOUNT = "+33100000000@sip.example.org"
SAMPLE_DOMAIN = "sip.example.org"


@pytest.fixture
def store(db: Database) -> ContactStore:
    """The contacts of a fresh database."""
    return ContactStore(db)


@pytest.fixture
def dial_pad() -> DialPadModel:
    """Dialling from France on the sample account."""
    model = DialPadModel("FR")
    model.set_account(SAMPLE_ACCOUNT, SAMPLE_DOMAIN)
    return model


@pytest.fixture
def compiled_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The .ts files as they are now, compiled into the test's own folder; English after."""
    protect_singletons()  # as the app does: PySide6 drops references to True it never took
    out = tmp_path / "translations"
    out.mkdir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language in ("fr", "zh_CN", "zh_TW"):
        source = ROOT / "translations" / f"jego_{language}.ts"
        target = out / f"jego_{language}.qm"
        subprocess.run(
            [str(lrelease), str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    monkeypatch.setattr(translations, "translations_dir", lambda: out)
    yield out
    app = QCoreApplication.instance()
    assert app is not None
    translations.switch_language(app, "en")
