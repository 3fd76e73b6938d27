"""Loading the user's language: Qt's own strings (qtbase) first, then Jego's."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jego_desktop.ui.resources import installed_folder

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "fr": "Français", "zh_CN": "简体中文", "zh_TW": "繁體中文"}

# The translators installed by this module, so that a language switch can remove them.
_installed: list[QTranslator] = []
# The language the installed translators are for (what `current_language` answers).
_current = ["en"]


def translations_dir() -> Path:
    """The compiled translations (`jego_fr.qm`, …): package data in a wheel, else
    `translations/` beside the package."""
    return installed_folder("translations")


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The setting when it names a language we have, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return _chinese_for(locale)
    name = locale.name()  # e.g. "fr_FR", "en_US"
    for candidate in (name, name.split("_")[0]):
        if candidate in LANGUAGES:
            return candidate
    return "en"


def _chinese_for(locale: QLocale) -> str:
    """Traditional for Taiwan, Hong Kong, Macao and zh_Hant*; Simplified for the rest.

    Qt fills in the script a locale name leaves out (zh_HK -> Traditional, zh_SG ->
    Simplified), so the script alone decides."""
    if locale.script() == QLocale.Script.TraditionalHanScript:
        return "zh_TW"
    return "zh_CN"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`; keep the returned list alive."""
    installed: list[QTranslator] = []
    _current[0] = language
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"jego_{language}", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation %s in %s", name, folder)
    _installed.extend(installed)
    return installed


def current_language() -> str:
    """The language of the texts on screen: "en", "fr", "zh_CN" or "zh_TW"."""
    return _current[0]


def switch_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the installed translators by `language`'s ("" = the system's), live.

    Qt sends a LanguageChange event to every widget each time a translator comes or goes;
    widgets re-set their texts in `changeEvent`.
    """
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    chosen = choose_language(language)
    log.info("language switched to %s", chosen)
    return install_translators(app, chosen)
