"""French and Chinese translations: complete, in step with the code, and loadable."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jego_desktop.ui.translations import choose_language

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["fr", "zh_CN"]
BIN = Path(sys.executable).parent


def messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") == "unfinished"
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    "" if unfinished else translation.text or "",
                )
            )
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(language: str) -> None:
    for context, source, translation in messages(ROOT / "translations" / f"jego_{language}.ts"):
        assert translation, f"{language}: {context}: {source!r} is not translated"
        placeholders = re.findall(r"%[sd%]", source)
        assert re.findall(r"%[sd%]", translation) == placeholders, (language, source)


def test_the_translation_files_know_every_text_of_the_code(tmp_path: Path) -> None:
    sources = [str(p) for p in sorted((ROOT / "jego_desktop").rglob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    translated = {(c, s) for c, s, _ in messages(ROOT / "translations" / "jego_fr.ts")}
    assert in_code - translated == set(), "run pyside6-lupdate and translations/fill.py"


@pytest.mark.parametrize(("language", "expected"), [("fr", "Réglages"), ("zh_CN", "设置")])
def test_compiled_translations_load(qapp, tmp_path: Path, language: str, expected: str) -> None:
    compiled = tmp_path / f"jego_{language}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            str(ROOT / "translations" / f"jego_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Settings") == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_language_follows_the_setting_then_the_system() -> None:
    assert choose_language("fr", QLocale("zh_CN")) == "fr"
    assert choose_language("", QLocale("zh_CN")) == "zh_CN"
    assert choose_language("", QLocale("fr_CA")) == "fr"
    assert choose_language("", QLocale("de_DE")) == "en"
    assert choose_language("xx", QLocale("en_US")) == "en"
