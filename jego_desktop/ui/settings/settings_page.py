"""The settings view: a list of sections on the left, the chosen section on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.ui.settings.accounts_section import AccountsSection
from jego_desktop.ui.settings.audio_section import AudioSection
from jego_desktop.ui.settings.calls_section import CallsSection
from jego_desktop.ui.settings.files_section import FilesSection
from jego_desktop.ui.settings.look import settings_stylesheet
from jego_desktop.ui.settings.network_section import NetworkSection
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.settings.startup_section import StartupSection
from jego_desktop.ui.style import SPACING, Palette

ACCOUNTS, AUDIO, CALLS, NETWORK, FILES, STARTUP = range(6)
SECTIONS_WIDTH = 210
WIDE_PAGE = 760  # below it the list is only as wide as its longest name


class SettingsPage(QWidget):
    """Accounts, Audio, Calls, Network & security, Files, Language & startup.

    Works from the settings file alone; `connect_services` brings in what needs the
    running app (accounts, engine, sound check, start at login).

    Signals:
        language_changed(str): the language was switched live ("" = the system's).
        home_region_changed(str): the home country for number formatting changed.
    """

    language_changed = Signal(str)
    home_region_changed = Signal(str)

    def __init__(self, settings: AppSettings, palette: Palette, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.setStyleSheet(settings_stylesheet(palette))
        self.settings = settings
        self.sections_list = QListWidget()
        self.sections_list.setObjectName("settingsSections")
        self.sections_list.setFixedWidth(SECTIONS_WIDTH)
        self.stack = QStackedWidget()
        self.accounts = AccountsSection(settings, palette)
        self.audio = AudioSection(settings)
        self.calls = CallsSection(settings)
        self.network = NetworkSection(settings)
        self.files = FilesSection(settings)
        self.startup = StartupSection(settings)
        for section in (
            self.accounts,
            self.audio,
            self.calls,
            self.network,
            self.files,
            self.startup,
        ):
            self.stack.addWidget(section)
            self.sections_list.addItem(QListWidgetItem())
        self._name_sections()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections_list)
        layout.addWidget(self.stack, 1)
        self.sections_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections_list.setCurrentRow(ACCOUNTS)
        self.startup.language_changed.connect(self.language_changed)
        self.calls.home_region_changed.connect(self.home_region_changed)

    def _name_sections(self) -> None:
        names = [
            self.tr("Accounts"),
            self.tr("Audio"),
            self.tr("Calls"),
            self.tr("Network & security"),
            self.tr("Files"),
            self.tr("Language & startup"),
        ]
        for row, name in enumerate(names):
            item = self.sections_list.item(row)
            item.setText(name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.sections_list.setAccessibleName(self.tr("Settings sections"))

    def show_section(self, index: int) -> None:
        self.sections_list.setCurrentRow(index)

    def connect_services(self, services: SettingsServices) -> None:
        self.accounts.connect_services(services)
        self.audio.connect_services(services)
        self.calls.connect_services(services)
        self.network.connect_services(services)
        self.startup.connect_services(services)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._fit_sections_list(event.size().width())
        super().resizeEvent(event)

    def _fit_sections_list(self, page_width: int) -> None:
        width = SECTIONS_WIDTH
        if page_width < WIDE_PAGE:
            names = self.sections_list
            needed = names.sizeHintForColumn(0) + 2 * names.frameWidth() + SPACING
            width = min(SECTIONS_WIDTH, needed)
        self.sections_list.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name_sections()
            self._fit_sections_list(self.width())
        super().changeEvent(event)
