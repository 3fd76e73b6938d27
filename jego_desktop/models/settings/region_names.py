"""Country names in the user's language, sorted the way that language sorts them.

The names come from phonenumbers' own table of region names, copied into the small
region_table.py (phonenumbers.geodata itself costs ~100 MB and ~0.3 s to import);
QLocale only knows English territory names. The order comes from QCollator, so French
puts "Égypte" among the E's and Chinese sorts by pinyin.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QLocale

from jego_desktop.models.settings.region_table import REGION_NAMES

# Our languages -> the keys of phonenumbers' table (zh is Simplified, zh_Hant Traditional).
_TABLE_LANGUAGE = {"en": "en", "fr": "fr", "zh_CN": "zh", "zh_TW": "zh_Hant"}

# Regions the table has no name for in some of our languages (WS's Chinese entry is broken).
_MISSING = {
    "AC": QT_TRANSLATE_NOOP("RegionName", "Ascension Island"),
    "TA": QT_TRANSLATE_NOOP("RegionName", "Tristan da Cunha"),
    "WS": QT_TRANSLATE_NOOP("RegionName", "Samoa"),
    "XK": QT_TRANSLATE_NOOP("RegionName", "Kosovo"),
}


def _table_name(code: str, key: str) -> str:
    return REGION_NAMES.get(code, {}).get(key, "")


def region_name(code: str, language: str) -> str:
    """The name of region `code` ("FR") in `language` ("fr", "zh_CN", "zh_TW", "en").

    The few names the table lacks come from our translations, so they follow the
    installed translator (which is `language`'s in the app)."""
    code = code.upper()
    name = _table_name(code, _TABLE_LANGUAGE.get(language, language.split("_")[0]))
    if name:
        return name
    if code in _MISSING:
        return QCoreApplication.translate("RegionName", str(_MISSING[code]))
    name = _table_name(code, "en")
    if name:
        return name
    territory = QLocale.codeToTerritory(code)
    known = territory and QLocale.territoryToCode(territory) == code  # "ZZ" is not
    english = QLocale.territoryToString(territory) if known else ""
    return english or code


def sorted_region_names(codes: Iterable[str], language: str) -> list[tuple[str, str]]:
    """(name, code) for each code, in `language`, in that language's alphabetical order."""
    collator = QCollator(QLocale(language))
    named = [(region_name(code, language), code) for code in codes]
    return sorted(named, key=lambda entry: (collator.sortKey(entry[0]), entry[1]))
