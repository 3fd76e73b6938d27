"""French, Simplified and Traditional Chinese translations: complete, in step with the code,
loadable, and each language chosen from the system's locale."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jego_desktop.ui.translations import choose_language

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["fr", "zh_CN", "zh_TW"]
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


# Qt's numbered (%1, %L2) and plural (%n) markers, Python's %s / %d, str.format's {name}
NUMBERED = re.compile(r"%L?(?:[1-9]|n)")
POSITIONAL = re.compile(r"%[sd%]")
NAMED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def placeholders(text: str) -> tuple[list[str], list[str], list[str]]:
    """What a translation must keep of its source: numbered and named markers in any
    order, %s and %d in the same order."""
    return (
        sorted(NUMBERED.findall(text)),
        POSITIONAL.findall(text),
        sorted(NAMED.findall(text)),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(language: str) -> None:
    """Every entry of every context is finished and not empty (a text used in several
    contexts is translated in each), and keeps its source's placeholders."""
    wrong = []
    for context, source, translation in messages(ROOT / "translations" / f"jego_{language}.ts"):
        if not translation.strip():
            wrong.append(f"{context}: {source!r} is not translated")
        elif placeholders(translation) != placeholders(source):
            wrong.append(f"{context}: {source!r} -> {translation!r}: placeholders differ")
    assert wrong == [], f"{language}:\n" + "\n".join(wrong)


def test_placeholders_are_compared_by_kind() -> None:
    assert placeholders("%2 of %1") == placeholders("%1 sur %2")
    assert placeholders("%n files") != placeholders("des fichiers")
    assert placeholders("{name} calls") != placeholders("{nom} appelle")
    assert placeholders("%s at %d") != placeholders("%d à %s")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_files_know_every_text_of_the_code(tmp_path: Path, language: str) -> None:
    sources = [str(p) for p in sorted((ROOT / "jego_desktop").rglob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    known = {(c, s) for c, s, _ in messages(ROOT / "translations" / f"jego_{language}.ts")}
    assert in_code - known == set(), "run translations/update.sh"
    assert known - in_code == set(), "run translations/update.sh"


@pytest.mark.parametrize(
    ("language", "expected"), [("fr", "Réglages"), ("zh_CN", "设置"), ("zh_TW", "設定")]
)
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


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_Hant", "zh_TW"),
        ("zh_Hant_HK", "zh_TW"),
        ("zh_Hant_TW", "zh_TW"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_Hans", "zh_CN"),
        ("zh_Hans_SG", "zh_CN"),
        ("zh", "zh_CN"),
    ],
)
def test_a_chinese_system_gets_its_script(system: str, expected: str) -> None:
    """Taiwan, Hong Kong, Macao and zh_Hant read Traditional; China, Singapore and zh_Hans
    read Simplified, even where the locale names no script (Qt knows each region's)."""
    assert choose_language("", QLocale(system)) == expected
    assert choose_language("zh_CN", QLocale(system)) == "zh_CN"  # the setting wins
    assert choose_language("zh_TW", QLocale("fr_FR")) == "zh_TW"


def traditional_texts() -> list[str]:
    return [t for _, _, t in messages(ROOT / "translations" / "jego_zh_TW.ts")]


def test_traditional_chinese_is_written_in_traditional_characters() -> None:
    """Every Han character of zh_TW is in Big5, which has no Simplified-only character
    (about 4 in 10 of zh_CN's Han characters are not in it)."""
    simplified = {
        (char, text)
        for text in traditional_texts()
        for char in text
        if "\u4e00" <= char <= "\u9fff" and not char.encode("big5", errors="ignore")
    }
    assert simplified == set()


# Mainland words and their Taiwan / Hong Kong ones: a converted zh_CN would keep the first.
MAINLAND_WORDS = {
    "信息": "訊息",
    "消息": "訊息",
    "軟件": "軟體",
    "設置": "設定",
    "網絡": "網路",
    "賬": "帳號",
    "視頻": "視訊",
    "默認": "預設",
    "用戶": "使用者",
    "服務器": "伺服器",
    "聯繫人": "聯絡人",
    "記錄": "紀錄",
    "攝像頭": "攝影機",
    "音頻": "音訊",
    "搜索": "搜尋",
    "打開": "開啟",
    "點擊": "按一下",
    "菜單": "選單",
    "程序": "程式",
    "文件": "檔案",
    "鏈接": "連結",
    "地址": "位址",
}
# "文件" is a document and "地址" an e-mail address in Taiwan too.
ALLOWED = ("不是文件", "電子郵件地址")


def test_traditional_chinese_uses_taiwan_and_hong_kong_words() -> None:
    found = []
    for text in traditional_texts():
        cleaned = text
        for allowed in ALLOWED:
            cleaned = cleaned.replace(allowed, "")
        found += [(word, text) for word in MAINLAND_WORDS if word in cleaned]
    assert found == []


def test_no_class_inherits_a_method_that_calls_self_tr() -> None:
    """lupdate files a text under the class whose method calls self.tr, but PySide6 looks
    it up under the class of the object: a subclass would show such texts in English."""
    translating: set[str] = set()
    bases: dict[str, list[str]] = {}
    for path in sorted((ROOT / "jego_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases[node.name] = [ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases]
            if any(
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "tr"
                for call in ast.walk(node)
            ):
                translating.add(node.name)
    inheriting = [f"{name}({base})" for name, of in bases.items() for base in of]
    assert [each for each in inheriting if each.split("(")[1][:-1] in translating] == []
