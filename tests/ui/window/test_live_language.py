"""A live switch English -> French -> Simplified -> Traditional Chinese leaves no English on
any page: every label, button, field hint and notice is written again in the new language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import AccountConfig, RegistrationState
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.domain.reasons import reason
from jego_desktop.domain.sip_reasons import registration_reason
from jego_desktop.media.devices import AudioStatus, choose_device
from jego_desktop.models.settings.settings_accounts import AccountListModel, AccountRole
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.models.window.sound_notice import sound_notice
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui import translations
from tests.ui.window.main_window_views import each_view, sample_window, settle

ROOT = Path(__file__).resolve().parents[3]
LANGUAGES = ("fr", "zh_CN", "zh_TW")


@cache
def catalogue() -> dict[str, dict[str, set[str]]]:
    """Every English text the app translates, with its translations in each language (one
    per context where it is used), from translations/jego_*.ts."""
    texts: dict[str, dict[str, set[str]]] = {}
    for language in LANGUAGES:
        for message in ET.parse(ROOT / "translations" / f"jego_{language}.ts").iter("message"):
            english = message.findtext("source") or ""
            translated = message.findtext("translation") or ""
            texts.setdefault(english, {}).setdefault(language, set()).add(translated)
    return texts


def shown_texts(root: QWidget) -> list[str]:
    """The texts a user reads: labels, buttons, field hints, list entries (visible only)."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text().replace("&", ""))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(row).text() for row in range(widget.count()))
    return [text for text in texts if text.strip()]


def english_in(text: str, language: str) -> list[str]:
    """The English texts of the catalogue that `text` is, or (for two words and more)
    holds, where the translation would be different."""
    found = []
    for english, translations_of in catalogue().items():
        translated = translations_of.get(language, set())
        if "%" in english or english in translated:
            continue
        whole = text == english
        inside = (
            " " in english.strip()
            and english in text
            and not any(each in text for each in translated)
        )
        if whole or inside:
            found.append(english)
    return found


def test_a_live_switch_leaves_no_english_on_any_page(
    qtbot: QtBot, tmp_path: Path, compiled_translations: Path, store: ContactStore
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    window = sample_window(qtbot, tmp_path, store, (960, 640))
    list(each_view(window))  # every page built and shown once in English
    found = []
    for language in LANGUAGES:
        translations.switch_language(app, language)
        for view in each_view(window):
            for text in shown_texts(window):
                found += [
                    f"{language} {view}: {e!r} in {text!r}" for e in english_in(text, language)
                ]
    assert found == [], "\n".join(sorted(set(found)))


def test_the_sound_notice_follows_the_language(
    qtbot: QtBot, tmp_path: Path, compiled_translations: Path, store: ContactStore
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    window = sample_window(qtbot, tmp_path, store, (960, 640))
    [english] = window.notices.texts()
    assert english == "No sound: no sound device was found. Calls still connect, without audio."
    translations.switch_language(app, "fr")
    settle()
    assert window.notices.texts() == [
        "Pas de son : aucun périphérique audio trouvé. "
        "Les appels aboutissent quand même, sans audio."
    ]
    translations.switch_language(app, "zh_CN")
    settle()
    [chinese] = window.notices.texts()
    assert chinese.startswith("没有声音：") and "sound" not in chinese
    translations.switch_language(app, "zh_TW")
    settle()
    [traditional] = window.notices.texts()
    assert traditional == "沒有聲音：找不到音訊裝置。通話仍可接通，但沒有音訊。"


def test_a_sound_device_failure_reads_in_french_without_english(
    qtbot: QtBot, tmp_path: Path, compiled_translations: Path, store: ContactStore
) -> None:
    """The bridge's and the device check's reasons (English from media/, joined with "; ")
    read in French, only the devices' names as they came."""
    app = QCoreApplication.instance()
    assert app is not None
    window = sample_window(qtbot, tmp_path, store, (960, 640))
    missing = choose_device(AudioStatus((), (), default_output="HDMI 2"), "USB Headset", "output")
    problem = f"{missing.problem}; {reason('the microphone stopped (disconnected?)')}"
    window.notices.set_notice("sound", lambda: sound_notice(problem))
    translations.switch_language(app, "fr")
    settle()
    [french] = window.notices.texts()
    assert french == (
        "Pas de son : le haut-parleur « USB Headset » n’est pas branché ; celui du système "
        "est utilisé (HDMI 2) ; le micro s’est arrêté (débranché ?). "
        "Les appels aboutissent quand même, sans audio."
    )
    english_words = set(re.findall(r"[a-z]{3,}", problem)) - {"usb", "headset", "hdmi"}
    assert [w for w in re.findall(r"[a-z]+", french.lower()) if w in english_words] == []


def test_registration_and_keyring_reasons_read_in_french(compiled_translations: Path) -> None:
    """The settings' account list and the keyring notice word the store's and the
    engine's reasons in the language on screen."""
    app = QCoreApplication.instance()
    assert app is not None
    account = AccountConfig(number="+8613800138000", server="127.0.0.1")
    status = RegistrationStatus({})
    model = AccountListModel(status)
    model.set_accounts([account])
    status.on_registration_changed(
        RegistrationChanged(
            account.key, RegistrationState.FAILED, 401, registration_reason(401, "Unauthorized")
        )
    )
    translations.switch_language(app, "fr")
    assert model.index(0).data(AccountRole.STATE_TEXT) == (
        "Non connecté : nom d’utilisateur ou mot de passe incorrect"
    )
    assert engine_text(reason("no keyring backend is available on this system")) == (
        "aucun trousseau n’est disponible sur ce système"
    )
