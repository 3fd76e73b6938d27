"""Fill translations/jego_fr.ts and jego_zh_CN.ts from the tables below (idempotent).

After `pyside6-lupdate` adds new source texts, add them to a table in
`translations/texts/` (one file per area of the app) and run `translations/update.sh`;
a test fails while any text is untranslated.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_tables() -> dict[str, tuple[str, str]]:
    """Every table in translations/texts/*.py (one per area of the app), merged."""
    texts: dict[str, tuple[str, str]] = {}
    for path in sorted((HERE / "texts").glob("*.py")):
        namespace: dict[str, object] = {}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
        table = namespace["TEXTS"]
        assert isinstance(table, dict), path
        texts.update(table)
    return texts


# source: (French, Simplified Chinese)
TEXTS = load_tables()

LANGUAGES = {"fr": 0, "zh_CN": 1}


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
        if source in TEXTS:
            translation.text = TEXTS[source][LANGUAGES[language]]
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
