"""Write jego_desktop/models/settings/region_table.py from phonenumbers' region names.

phonenumbers.geodata costs ~100 MB and ~0.3 s to import, for the few hundred names the
settings show; the app reads this small table instead. Run again after upgrading
phonenumbers (tests/unit/models/settings/test_region_names.py says when it is stale):

phonenumbers has no Traditional Chinese names ("zh_Hant") today; where it has none, they
come from Debian's iso-codes package (its zh_TW translation of ISO 3166-1, the short
common name first: 南韓, not 大韓民國), which must be installed to run this script.

    .venv/bin/python packaging/make_region_table.py
"""

from __future__ import annotations

import gettext
import json
import pprint
from functools import cache
from pathlib import Path

from phonenumbers.geodata.locale import LOCALE_DATA

TARGET = Path(__file__).resolve().parents[1] / "jego_desktop/models/settings/region_table.py"

# The languages of the UI, as phonenumbers' table names them (zh: Simplified, zh_Hant).
LANGUAGES = ("en", "fr", "zh", "zh_Hant")
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALE_DIR = Path("/usr/share/locale")


@cache
def iso_traditional_names() -> dict[str, str]:
    """Region code -> its name in iso-codes' Traditional Chinese (Taiwan) translation."""
    translation = gettext.translation("iso_3166-1", str(LOCALE_DIR), ["zh_TW"])
    names: dict[str, str] = {}
    for entry in json.loads(ISO_CODES.read_text(encoding="utf-8"))["3166-1"]:
        for key in ("common_name", "name"):
            english = entry.get(key)
            translated = translation.gettext(english) if english else ""
            if translated and translated != english:
                names[entry["alpha_2"]] = translated
                break
    return names


def resolved(names: dict[str, str], key: str) -> str:
    name = str(names.get(key, ""))
    if name.startswith("*"):  # "*aa": the same name as the entry for key "aa"
        name = str(names.get(name[1:], ""))
    return "" if name.startswith("*") else name


def region_table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for code in sorted(LOCALE_DATA):
        names = {key: resolved(LOCALE_DATA[code], key) for key in LANGUAGES}
        names["zh_Hant"] = names["zh_Hant"] or iso_traditional_names().get(code, "")
        table[code] = {key: name for key, name in names.items() if name}
    return table


def module_text() -> str:
    body = pprint.pformat(region_table(), width=88, sort_dicts=True)
    return (
        '"""Region names in the UI\'s languages (made by packaging/make_region_table.py from\n'
        'phonenumbers\' geocoder table and, for zh_Hant, Debian\'s iso-codes; do not edit)."""\n\n'
        f"REGION_NAMES: dict[str, dict[str, str]] = {body}\n"
    )


if __name__ == "__main__":
    TARGET.write_text(module_text(), encoding="utf-8")
    print(f"wrote {TARGET}")
