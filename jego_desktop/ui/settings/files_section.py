"""Files: the file-transfer server, the voice-message format, and how large a file may be
to download by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from jego_desktop.models.settings.settings_values import (
    FILES_AUTO_DOWNLOAD_MB,
    FILES_SERVER_URL,
    FILES_VOICE_FORMAT,
    MAX_AUTO_DOWNLOAD_MB,
    AppSettings,
    server_url_error,
)
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.section import Section


class FilesSection(Section):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.server_title = PlainLabel()
        card = self.card(self.server_title)
        form = self.form(card)
        self.server_url = QLineEdit(settings.files_server_url())
        self.server_url.setObjectName("fileServerField")
        self.server_label = PlainLabel()
        form.addRow(self.server_label, self.server_url)
        self.server_error = self.error_label()
        form.addRow("", self.server_error)
        self.server_hint = self.hint()
        card.addWidget(self.server_hint)

        self.voice_title = PlainLabel()
        voice = self.card(self.voice_title)
        form = self.form(voice)
        self.voice_format = QComboBox()
        self.voice_format.setObjectName("voiceFormatChoice")
        self.voice_format.addItem("", "ogg")
        self.voice_format.addItem("", "matroska")
        self.voice_format.setCurrentIndex(
            max(0, self.voice_format.findData(settings.voice_format()))
        )
        self.voice_format_label = PlainLabel()
        form.addRow(self.voice_format_label, self.voice_format)
        self.voice_format_hint = self.hint()
        voice.addWidget(self.voice_format_hint)

        self.download_title = PlainLabel()
        downloads = self.card(self.download_title)
        form = self.form(downloads)
        self.auto_download = QSpinBox()
        self.auto_download.setObjectName("autoDownloadField")
        self.auto_download.setRange(0, MAX_AUTO_DOWNLOAD_MB)
        self.auto_download.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.auto_download.setValue(settings.auto_download_mb())
        self.download_label = PlainLabel()
        form.addRow(self.download_label, self.auto_download)

        self.server_url.editingFinished.connect(self._save_url)
        self.voice_format.currentIndexChanged.connect(
            lambda: settings.set(FILES_VOICE_FORMAT, str(self.voice_format.currentData()))
        )
        self.auto_download.valueChanged.connect(
            lambda value: settings.set(FILES_AUTO_DOWNLOAD_MB, value)
        )
        self.finish()

    def _save_url(self) -> None:
        problem = server_url_error(self.server_url.text())
        self.show_error(self.server_error, problem)
        self.server_url.setProperty("invalid", bool(problem))
        self.server_url.style().polish(self.server_url)
        if not problem:
            self._settings.set(FILES_SERVER_URL, self.server_url.text().strip())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Files"))
        self.server_title.setText(self.tr("File-transfer server"))
        self.server_label.setText(self.tr("Server address"))
        self.server_url.setAccessibleName(self.tr("File-transfer server address"))
        self.server_url.setPlaceholderText("https://files.example.com/upload")
        self.server_hint.setText(
            self.tr("Pictures, voice messages and files are sent through it. Empty: none are sent.")
        )
        self.voice_title.setText(self.tr("Voice messages"))
        self.voice_format_label.setText(self.tr("Send them as"))
        self.voice_format.setItemText(0, self.tr("Ogg Opus — standard"))
        self.voice_format.setItemText(1, self.tr("Matroska — for Linphone"))
        self.voice_format.setAccessibleName(self.tr("Voice message format"))
        self.voice_format_hint.setText(
            self.tr("Linphone plays only Matroska voice messages; most other apps want Ogg.")
        )
        self.download_title.setText(self.tr("Downloads"))
        self.download_label.setText(self.tr("Download by itself up to"))
        self.auto_download.setSuffix(self.tr(" MB"))
        self.auto_download.setSpecialValueText(self.tr("Never"))
        self.auto_download.setAccessibleName(self.tr("Automatic download size limit"))
