"""Fill translations/jego_fr.ts, jego_zh_CN.ts and jego_zh_TW.ts from the tables (idempotent).

After `pyside6-lupdate` adds new source texts, add them to a table in
`translations/texts/` (English -> (French, Simplified Chinese), one file per area of
the app) and in `translations/texts_zh_TW/` (English -> Traditional Chinese as written
in Taiwan and Hong Kong, same file names), then run `translations/update.sh`; a test
fails while any text is untranslated.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_tables(folder: str) -> dict[str, object]:
    """Every table in translations/<folder>/*.py (one per area of the app), merged."""
    texts: dict[str, object] = {}
    for path in sorted((HERE / folder).glob("*.py")):
        namespace: dict[str, object] = {}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
        table = namespace["TEXTS"]
        assert isinstance(table, dict), path
        texts.update(table)
    return texts


# source: (French, Simplified Chinese)
TEXTS = load_tables("texts")
# source: Traditional Chinese (Taiwan and Hong Kong usage, not a conversion of zh_CN)
TRADITIONAL = load_tables("texts_zh_TW")


def translation_of(source: str, language: str) -> str | None:
    """`source` in `language`, or None while it has no translation."""
    if language == "zh_TW":
        found = TRADITIONAL.get(source)
        return found if isinstance(found, str) else None
    pair = TEXTS.get(source)
    if not isinstance(pair, tuple):
        return None
    return str(pair[{"fr": 0, "zh_CN": 1}[language]])


LANGUAGES = ("fr", "zh_CN", "zh_TW")


def fill(language: str) -> list[str]:
    """Fill one .ts file; returns the source texts that have no translation yet."""
    path = HERE / f"jego_{language}.ts"
    tree = ET.parse(path)
    tree.getroot().set("language", language)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = translation_of(source, language)
        if text is not None:
            translation.text = text
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    untranslated = {language: fill(language) for language in LANGUAGES}
    for language, texts in untranslated.items():
        for text in texts:
            print(f"{language}: untranslated: {text!r}")
    sys.exit(1 if any(untranslated.values()) else 0)
