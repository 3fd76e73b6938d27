"""Language & startup: the language (switched live), start at login, start hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from jego_desktop.models.settings.settings_values import LANGUAGE, START_HIDDEN, AppSettings
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.section import Section
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.translations import LANGUAGES, switch_language
from jego_desktop.ui.wrapping_check_box import WrappingCheckBox


class StartupSection(Section):
    """Signals: language_changed(str): the language setting ("" = the system's) was switched."""

    language_changed = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._services: SettingsServices | None = None
        self.language_title = PlainLabel()
        card = self.card(self.language_title)
        form = self.form(card)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("", "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own language, never translated
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.language_label = PlainLabel()
        form.addRow(self.language_label, self.language)

        self.startup_title = PlainLabel()
        startup = self.card(self.startup_title)
        self.at_login = WrappingCheckBox()
        self.at_login.setEnabled(False)  # until the app says whether it is on
        self.hidden = WrappingCheckBox()
        self.hidden.setChecked(settings.start_hidden())
        startup.addWidget(self.at_login)
        startup.addWidget(self.hidden)

        self.language.currentIndexChanged.connect(self._on_language_chosen)
        self.at_login.toggled.connect(self._apply_start_at_login)
        self.hidden.toggled.connect(self._on_hidden_toggled)
        self.finish()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Language & startup"))
        self.language_title.setText(self.tr("Language"))
        self.language_label.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setItemText(0, self.tr("System"))
        self.startup_title.setText(self.tr("Startup"))
        self.at_login.setText(self.tr("Start Jego when I log in"))
        self.hidden.setText(self.tr("Start hidden in the system tray"))

    def connect_services(self, services: SettingsServices) -> None:
        self._services = services
        self.at_login.blockSignals(True)
        self.at_login.setChecked(services.starts_at_login())
        self.at_login.blockSignals(False)
        self.at_login.setEnabled(True)

    def _on_language_chosen(self) -> None:
        language = str(self.language.currentData() or "")
        self._settings.set(LANGUAGE, language)
        app = QCoreApplication.instance()
        if app is not None:
            switch_language(app, language)
        self.language_changed.emit(language)

    def _on_hidden_toggled(self, hidden: bool) -> None:
        self._settings.set(START_HIDDEN, hidden)
        if self.at_login.isChecked():
            self._apply_start_at_login(True)

    def _apply_start_at_login(self, enabled: bool) -> None:
        if self._services is not None:
            self._services.set_start_at_login(enabled, self.hidden.isChecked())
