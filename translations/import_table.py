"""Import translation tables into the .ts files, filling only what is not translated yet.

    python translations/import_table.py [--replace] [--delete] FILE...

A table is a Python file holding `TEXTS`:
- in a `texts/` folder, {english: (french, simplified_chinese)};
- in a `texts_zh_TW/` folder, {english: traditional_chinese}.

Every message of that English source text, in every context, whose translation is
unfinished or empty gets the table's; a finished translation (a translator's work) is
kept, unless --replace is given. The .ts files stay the source of truth: a table is for
bulk work and for branches, imported once and then deleted (--delete deletes each table
whose every text found its place; translations/update.sh imports and deletes every table
it finds). Exits 1 when a table names a text that no .ts file has (the code does not use
it, or uses it reworded): that table is kept.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("fr", "zh_CN", "zh_TW")


def read_table(path: Path) -> dict[str, dict[str, str]]:
    """{english: {language: translation}} from one table file."""
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    table = namespace.get("TEXTS")
    if not isinstance(table, dict):
        raise ValueError(f"{path}: no TEXTS table")
    traditional = path.parent.name == "texts_zh_TW"
    found: dict[str, dict[str, str]] = {}
    for english, value in table.items():
        if traditional and isinstance(value, str):
            found[english] = {"zh_TW": value}
        elif not traditional and isinstance(value, tuple) and len(value) == 2:
            found[english] = {"fr": str(value[0]), "zh_CN": str(value[1])}
        else:
            raise ValueError(f"{path}: {english!r} has no translation of the expected shape")
    return found


def fill(ts: Path, language: str, texts: dict[str, str], replace: bool = False) -> set[str]:
    """Put `texts` (english: translation) into one .ts file; returns the English texts it
    holds (whether they were filled or kept)."""
    tree = ET.parse(ts)
    present: set[str] = set()
    changed = False
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if source not in texts or message.get("numerus") == "yes":
            continue  # plural forms (numerusform) are a translator's work, not a table's
        present.add(source)
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        finished = translation.get("type") is None and bool(translation.text)
        if finished and not replace:
            continue
        translation.text = texts[source]
        translation.attrib.pop("type", None)
        changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return present


def import_tables(
    paths: list[Path], folder: Path = HERE, replace: bool = False
) -> dict[Path, list[str]]:
    """Import every table; returns, for each, the texts no .ts file holds."""
    missing: dict[Path, list[str]] = {}
    for path in paths:
        table = read_table(path)
        present: set[str] = set()
        for language in LANGUAGES:
            texts = {e: t[language] for e, t in table.items() if language in t}
            if texts:
                present |= fill(folder / f"jego_{language}.ts", language, texts, replace)
        missing[path] = [english for english in table if english not in present]
    return missing


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replace", action="store_true", help="overwrite finished ones too")
    parser.add_argument("--delete", action="store_true", help="delete each table imported whole")
    parser.add_argument("tables", nargs="+", type=Path)
    arguments = parser.parse_args(argv)
    missing = import_tables(arguments.tables, replace=arguments.replace)
    for path, texts in missing.items():
        for english in texts:
            print(f"{path}: not in any .ts file (not in the code, or reworded): {english!r}")
        if arguments.delete and not texts:
            path.unlink()
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
