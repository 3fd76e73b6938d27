"""Network & security: the address to listen on, crossing routers (STUN, ICE, TURN,
keep-alives), encrypted calls by default, TLS certificates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jego_desktop.domain.nat import TurnTransport
from jego_desktop.models.settings.settings_values import (
    BIND_ADDRESS,
    ICE_ENABLED,
    KEEPALIVE_S,
    REWRITE_ADDRESSES,
    SRTP_DEFAULT,
    STUN_SERVER,
    TLS_CA_FILE,
    TLS_VERIFY,
    TURN_SERVER,
    TURN_TRANSPORT,
    TURN_USER,
    AppSettings,
    bind_address_error,
    ca_file_error,
    nat_server_error,
)
from jego_desktop.models.settings.turn_password import TurnPassword
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.account_wizard import srtp_choices
from jego_desktop.ui.settings.section import Section
from jego_desktop.ui.settings.services import SettingsServices
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
        self._make_nat_card(settings)

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
        self._checked(self.stun_server, self.stun_error, nat_server_error, STUN_SERVER)
        self._checked(self.turn_server, self.turn_error, nat_server_error, TURN_SERVER)
        self.turn_user.editingFinished.connect(
            lambda: settings.set(TURN_USER, self.turn_user.text().strip())
        )
        self.turn_transport.currentIndexChanged.connect(
            lambda: settings.set(TURN_TRANSPORT, self.turn_transport.currentData().value)
        )
        self.turn_password.editingFinished.connect(self._save_turn_password)
        self.ice.toggled.connect(lambda on: settings.set(ICE_ENABLED, on))
        self.keepalive.valueChanged.connect(lambda value: settings.set(KEEPALIVE_S, value))
        self.rewrite.toggled.connect(lambda on: settings.set(REWRITE_ADDRESSES, on))
        self.verify.toggled.connect(lambda on: settings.set(TLS_VERIFY, on))
        self.srtp.currentIndexChanged.connect(
            lambda: settings.set(SRTP_DEFAULT, self.srtp.currentData().value)
        )
        self.browse.clicked.connect(self._choose_ca_file)
        self.finish()

    def _make_nat_card(self, settings: AppSettings) -> None:
        nat = settings.nat_traversal()
        self.nat_title = PlainLabel()
        form = self.form(self.card(self.nat_title))
        self.stun_server = QLineEdit(nat.stun_server)
        self.stun_server.setObjectName("stunServerField")
        self.stun_label = PlainLabel()
        form.addRow(self.stun_label, self.stun_server)
        self.stun_error = self.error_label()
        form.addRow("", self.stun_error)
        self.ice = WrappingCheckBox()
        self.ice.setChecked(nat.ice)
        form.addRow("", self.ice)
        self.turn_server = QLineEdit(nat.turn_server)
        self.turn_server.setObjectName("turnServerField")
        self.turn_transport = QComboBox()
        for transport in TurnTransport:
            self.turn_transport.addItem(transport.value.upper(), transport)
        self.turn_transport.setCurrentIndex(self.turn_transport.findData(nat.turn_transport))
        row = QHBoxLayout()
        row.addWidget(self.turn_server, 1)
        row.addWidget(self.turn_transport)
        self.turn_label = PlainLabel()
        form.addRow(self.turn_label, row)
        self.turn_error = self.error_label()
        form.addRow("", self.turn_error)
        self.turn_user = QLineEdit(nat.turn_user)
        self.turn_user_label = PlainLabel()
        form.addRow(self.turn_user_label, self.turn_user)
        self.turn_password = QLineEdit()
        self.turn_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.turn_password.setEnabled(False)  # until the keyring is connected
        self.turn_password_label = PlainLabel()
        form.addRow(self.turn_password_label, self.turn_password)
        self.turn_password_error = self.error_label()
        form.addRow("", self.turn_password_error)
        self._turn_secret: TurnPassword | None = None
        self.keepalive = QSpinBox()
        self.keepalive.setRange(0, 3600)
        self.keepalive.setValue(nat.keepalive_s)
        self.keepalive_label = PlainLabel()
        form.addRow(self.keepalive_label, self.keepalive)
        self.rewrite = WrappingCheckBox()
        self.rewrite.setChecked(nat.rewrite_addresses)
        form.addRow("", self.rewrite)

    def connect_services(self, services: SettingsServices) -> None:
        self._turn_secret = services.turn_password
        self.turn_password.setEnabled(self._turn_secret is not None)
        self._show_turn_password_state()

    def _save_turn_password(self) -> None:
        secret = self._turn_secret
        text = self.turn_password.text()
        if secret is None or not text:
            return
        saved = secret.save(text)
        self.turn_password.clear()
        problem = "" if saved else self.tr("The keyring refused the password; it is not saved.")
        self.show_error(self.turn_password_error, problem)
        self._show_turn_password_state()

    def _show_turn_password_state(self) -> None:
        # The keyring is asked only when a TURN server is set (as the engine does at
        # start): some desktops' keyrings ask the user to unlock them.
        secret = self._turn_secret
        if secret is not None and self.turn_server.text().strip() and secret.is_set():
            self.turn_password.setPlaceholderText(self.tr("Saved in the keyring"))
        else:
            self.turn_password.setPlaceholderText(self.tr("Not set"))

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
        self.nat_title.setText(self.tr("Crossing routers (NAT)"))
        self.stun_label.setText(self.tr("STUN server"))
        self.stun_server.setAccessibleName(self.tr("STUN server"))
        self.stun_server.setPlaceholderText(self.tr("None"))
        self.ice.setText(self.tr("Use ICE to find a path for the sound (recommended)"))
        self.turn_label.setText(self.tr("TURN relay server"))
        self.turn_server.setAccessibleName(self.tr("TURN relay server"))
        self.turn_server.setPlaceholderText(self.tr("None"))
        self.turn_transport.setAccessibleName(self.tr("TURN transport"))
        self.turn_user_label.setText(self.tr("TURN user name"))
        self.turn_user.setAccessibleName(self.tr("TURN user name"))
        self.turn_password_label.setText(self.tr("TURN password"))
        self.turn_password.setAccessibleName(self.tr("TURN password"))
        self._show_turn_password_state()
        self.keepalive_label.setText(self.tr("Keep-alive every"))
        self.keepalive.setAccessibleName(self.tr("Keep-alive interval in seconds"))
        self.keepalive.setSuffix(self.tr(" s"))
        self.keepalive.setSpecialValueText(self.tr("Never"))
        self.rewrite.setText(self.tr("Use the public address the server sees (for home routers)"))
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
