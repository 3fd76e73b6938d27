"""Network & security: the address to listen on, encrypted calls by default, TLS certificates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jego_desktop.models.settings.settings_values import (
    BIND_ADDRESS,
    SRTP_DEFAULT,
    TLS_CA_FILE,
    TLS_VERIFY,
    AppSettings,
    bind_address_error,
    ca_file_error,
)
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.account_wizard import srtp_choices
from jego_desktop.ui.settings.section import Section
from jego_desktop.ui.wrapping_check_box import WrappingCheckBox


class NetworkSection(Section):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

        self.network_title = PlainLabel()
        network = self.card(self.network_title)
        form = self.form(network)
        self.bind_address = QLineEdit(settings.bind_address())
        self.bind_address.setObjectName("bindAddressField")
        self.bind_label = PlainLabel()
        form.addRow(self.bind_label, self.bind_address)
        self.bind_error = self.error_label()
        form.addRow("", self.bind_error)

        self.security_title = PlainLabel()
        security = self.card(self.security_title)
        form = self.form(security)
        self.srtp = QComboBox()
        self.srtp.setObjectName("srtpDefault")
        self.srtp_label = PlainLabel()
        form.addRow(self.srtp_label, self.srtp)
        self.verify = WrappingCheckBox()
        self.verify.setChecked(settings.tls_verify())
        form.addRow("", self.verify)
        self.ca_file = QLineEdit(settings.tls_ca_file())
        self.ca_file.setObjectName("caFileField")
        self.browse = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.ca_file, 1)
        row.addWidget(self.browse)
        self.ca_label = PlainLabel()
        form.addRow(self.ca_label, row)
        self.ca_error = self.error_label()
        form.addRow("", self.ca_error)
        self.restart_hint = self.hint()
        self.column.addWidget(self.restart_hint)

        self._checked(self.bind_address, self.bind_error, bind_address_error, BIND_ADDRESS)
        self._checked(self.ca_file, self.ca_error, ca_file_error, TLS_CA_FILE)
        self.verify.toggled.connect(lambda on: settings.set(TLS_VERIFY, on))
        self.srtp.currentIndexChanged.connect(
            lambda: settings.set(SRTP_DEFAULT, self.srtp.currentData().value)
        )
        self.browse.clicked.connect(self._choose_ca_file)
        self.finish()

    def _checked(
        self, edit: QLineEdit, error: QLabel, check: Callable[[str], str], key: str
    ) -> None:
        def save() -> None:
            problem = check(edit.text())
            self.show_error(error, problem)
            edit.setProperty("invalid", bool(problem))
            edit.style().polish(edit)
            if not problem:
                self._settings.set(key, edit.text().strip())

        edit.editingFinished.connect(save)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Network & security"))
        self.network_title.setText(self.tr("Network"))
        self.bind_label.setText(self.tr("Listen on address"))
        self.bind_address.setPlaceholderText(self.tr("Every network interface"))
        self.bind_address.setAccessibleName(self.tr("Listen on address"))
        self.security_title.setText(self.tr("Security"))
        self.srtp_label.setText(self.tr("Encrypted calls for new accounts"))
        self.srtp.setAccessibleName(self.tr("Encrypted calls for new accounts"))
        current = self._settings.srtp_default()
        self.srtp.blockSignals(True)
        self.srtp.clear()
        for mode, text in srtp_choices():
            self.srtp.addItem(text, mode)
        self.srtp.setCurrentIndex(max(0, self.srtp.findData(current)))
        self.srtp.blockSignals(False)
        self.verify.setText(self.tr("Check TLS servers' certificates (recommended)"))
        self.ca_label.setText(self.tr("Certificate authorities"))
        self.ca_file.setPlaceholderText(self.tr("The system's certificates"))
        self.ca_file.setAccessibleName(self.tr("Certificate authority file"))
        self.browse.setText(self.tr("Choose…"))
        self.restart_hint.setText(self.tr("These settings take effect at the next start."))

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority file"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)
            self.ca_file.editingFinished.emit()
