"""Country names in French and Chinese from phonenumbers' table (Traditional Chinese from
iso-codes), in each language's order."""

from __future__ import annotations

import phonenumbers
import pytest
from PySide6.QtCore import QCoreApplication

from jego_desktop.models.settings.region_names import region_name, sorted_region_names


def test_names_are_in_the_language_asked(qapp: QCoreApplication) -> None:
    assert region_name("DE", "fr") == "Allemagne"
    assert region_name("DE", "zh_CN") == "德国"
    assert region_name("DE", "en") == "Germany"
    assert region_name("cn", "fr") == "Chine"
    assert region_name("CI", "zh_CN") == "象牙海岸"
    # Missing or broken in the table: our own (translated) names, never "*zh".
    assert region_name("WS", "zh_CN") == "Samoa"  # no translator installed here
    assert region_name("XK", "fr") == "Kosovo"
    assert region_name("ZZ", "fr") == "ZZ"


def test_every_region_has_a_real_name(qapp: QCoreApplication) -> None:
    for language in ("en", "fr", "zh_CN", "zh_TW"):
        for name, code in sorted_region_names(phonenumbers.SUPPORTED_REGIONS, language):
            assert name and not name.startswith("*") and name != code, (language, code)


def test_sorted_in_each_languages_alphabetical_order(qapp: QCoreApplication) -> None:
    french = [name for name, _ in sorted_region_names(phonenumbers.SUPPORTED_REGIONS, "fr")]
    # Î sorts with the I's, not after Z as code points would have it.
    assert french.index("Île Christmas") < french.index("Inde") < french.index("Zimbabwe")
    chinese = [name for name, _ in sorted_region_names(phonenumbers.SUPPORTED_REGIONS, "zh_CN")]
    # By pinyin: a-fu-han, ba-xi, zhong-guo (by code point 中 would come first).
    assert chinese.index("阿富汗") < chinese.index("巴西") < chinese.index("中国")


def test_traditional_chinese_names_are_taiwans(qapp: QCoreApplication) -> None:
    assert region_name("DE", "zh_TW") == "德國"
    assert region_name("KR", "zh_TW") == "南韓"  # the common name, not 大韓民國
    assert region_name("IT", "zh_TW") == "義大利"  # Taiwan's name, not 意大利
    assert region_name("TW", "zh_TW") == "臺灣"
    assert region_name("HK", "zh_TW") == "香港"
    # No ISO 3166 code, so no iso-codes name: our own (translated) name.
    assert region_name("XK", "zh_TW") == "Kosovo"  # no translator installed here
    traditional = [name for name, _ in sorted_region_names(phonenumbers.SUPPORTED_REGIONS, "zh_TW")]
    simplified = {name for name, _ in sorted_region_names(phonenumbers.SUPPORTED_REGIONS, "zh_CN")}
    for name in traditional:
        for char in name:
            assert not "\u4e00" <= char <= "\u9fff" or char.encode("big5", errors="ignore"), name
    assert len(set(traditional) - simplified) > 150  # not the Simplified names again
    # Taiwan sorts by stroke count: 中 (4 strokes) before 巴 (4, later radical) before 德 (15).
    assert traditional.index("中國") < traditional.index("巴西") < traditional.index("德國")


def test_the_small_table_is_phonenumbers_own() -> None:
    """region_table.py is made from phonenumbers.geodata (and Debian's iso-codes); after
    an upgrade of phonenumbers, run packaging/make_region_table.py again."""
    import importlib.util
    from pathlib import Path

    if not Path("/usr/share/iso-codes/json/iso_3166-1.json").exists():
        pytest.skip("Debian's iso-codes is not installed (packaging/setup.sh test installs it)")

    from jego_desktop.models.settings.region_table import REGION_NAMES

    script = Path(__file__).resolve().parents[4] / "packaging" / "make_region_table.py"
    spec = importlib.util.spec_from_file_location("make_region_table", script)
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    assert maker.region_table() == REGION_NAMES
