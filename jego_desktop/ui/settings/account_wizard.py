""" "Bind your number": a four-step wizard that checks every field and tests the registration.

Steps: the number, the server (and crossing routers: STUN, ICE, TURN, keep-alives, filled
in from the operator's defaults when it provides them), the password and security, then a
registration test with the engine. Saving goes through AccountEditor (keyring first, then
the store, then the engine reloads its accounts); the password never goes anywhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jego_desktop.domain.accounts import AccountConfig, SrtpMode, Transport
from jego_desktop.models.calls.dial_pad import default_home_region
from jego_desktop.models.settings.account_editor import AccountEditor, AccountSaveError
from jego_desktop.models.settings.account_form import AccountForm, form_errors, to_config
from jego_desktop.models.settings.example_numbers import example_mobile
from jego_desktop.models.settings.registration_probe import RegistrationProbe
from jego_desktop.models.settings.settings_values import (
    TLS_CA_FILE,
    TLS_VERIFY,
    AppSettings,
    ca_file_error,
)
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.field_errors import error_label, set_error
from jego_desktop.ui.settings.look import settings_stylesheet
from jego_desktop.ui.settings.nat_fields import NatFields
from jego_desktop.ui.settings.services import SettingsEngine
from jego_desktop.ui.style import SPACING, Palette

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def _restyle(label: QLabel, name: str) -> None:
    label.setObjectName(name)
    label.style().unpolish(label)
    label.style().polish(label)


class _Page(QWizardPage):
    """A wizard page whose texts are set in `retranslate`, again on every LanguageChange."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _FieldsPage(_Page):
    """A page of line edits, each with an error shown under it when Next is pressed."""

    def __init__(self, wizard: AccountWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.fields: dict[str, tuple[QLineEdit, QLabel]] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.form.setVerticalSpacing(SPACING // 2)
        self.form.setHorizontalSpacing(SPACING * 2)

    def add_field(self, name: str, edit: QLineEdit | None = None) -> QLineEdit:
        edit = edit or QLineEdit()
        edit.setObjectName(f"{name}Field")
        edit.setMaxLength(256)
        error = error_label()
        self.add_row(name, edit)
        self.form.addRow("", error)
        self.fields[name] = (edit, error)
        edit.textEdited.connect(lambda _text, n=name: self.show_errors({}, only=n))
        return edit

    def add_row(self, name: str, field: QWidget) -> None:
        label = PlainLabel()
        label.setBuddy(field)
        self.labels[name] = label
        self.form.addRow(label, field)

    def name_row(self, name: str, text: str) -> None:
        self.labels[name].setText(text)
        self.labels[name].buddy().setAccessibleName(text)

    def retranslate_errors(self) -> None:
        """Errors on screen are shown again in the new language."""
        shown = [name for name, (_edit, label) in self.fields.items() if label.isVisible()]
        if shown:
            errors = self.owner.errors()
            for name in shown:
                edit, label = self.fields[name]
                set_error(edit, label, errors.get(name, ""))

    def show_errors(self, errors: dict[str, str], only: str = "") -> bool:
        shown = False
        for name, (edit, label) in self.fields.items():
            if only and name != only:
                continue
            text = errors.get(name, "")
            set_error(edit, label, text)
            if text and not shown:
                edit.setFocus()
                shown = True
        return not shown

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        errors = self.owner.errors()
        return self.show_errors({n: e for n, e in errors.items() if n in self.fields})


class NumberPage(_FieldsPage):
    def __init__(self, wizard: AccountWizard, home_region: str) -> None:
        super().__init__(wizard)
        self.number = self.add_field("number")
        self.number.setPlaceholderText(example_mobile(home_region))
        self.display_name = self.add_field("display_name")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your number"))
        self.setSubTitle(
            self.tr(
                "The mobile number your operator binds to this computer, with its country code."
            )
        )
        self.name_row("number", self.tr("Number"))
        self.name_row("display_name", self.tr("Your name"))
        self.display_name.setPlaceholderText(self.tr("Shown to the people you call (optional)"))
        self.retranslate_errors()


class ServerPage(_FieldsPage):
    def __init__(self, wizard: AccountWizard, settings: AppSettings) -> None:
        super().__init__(wizard)
        self.server = self.add_field("server")
        self.server.setPlaceholderText("sip.example.com:5060")
        self.transport = QComboBox()
        self.transport.setObjectName("transportChoice")
        for transport in (Transport.UDP, Transport.TCP, Transport.TLS):
            self.transport.addItem(transport.value.upper(), transport)
        self.add_row("transport", self.transport)
        self.username = self.add_field("username")

        self.tls_box = QWidget()
        tls = QVBoxLayout(self.tls_box)
        tls.setContentsMargins(0, 0, 0, 0)
        self.verify = QCheckBox()
        self.verify.setChecked(settings.tls_verify())
        self.ca_file = QLineEdit(settings.tls_ca_file())
        self.ca_file.setObjectName("caFileField")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_ca_file)
        row = QHBoxLayout()
        row.addWidget(self.ca_file, 1)
        row.addWidget(self.browse)
        self.ca_error = error_label()
        self.tls_note = PlainLabel()
        self.tls_note.setObjectName("settingsHint")
        self.tls_note.setWordWrap(True)
        tls.addWidget(self.verify)
        tls.addLayout(row)
        tls.addWidget(self.ca_error)
        tls.addWidget(self.tls_note)
        self.add_row("certificates", self.tls_box)
        self.nat = NatFields(settings.nat_traversal())
        self.add_row("nat", self.nat)
        self.transport.currentIndexChanged.connect(self._show_tls)
        self._show_tls()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your operator's server"))
        self.setSubTitle(self.tr("As given by your operator: a host name, and a port if needed."))
        self.name_row("server", self.tr("Server"))
        self.name_row("transport", self.tr("Transport"))
        self.transport.setItemText(
            self.transport.findData(Transport.TLS), self.tr("TLS (encrypted)")
        )
        self.name_row("username", self.tr("User name"))
        self.username.setPlaceholderText(self.tr("The number, unless your operator says otherwise"))
        self.name_row("certificates", self.tr("Certificates"))
        self.labels["nat"].setText(self.tr("Crossing routers"))
        self.verify.setText(self.tr("Check the server's certificate (recommended)"))
        self.ca_file.setAccessibleName(self.tr("Certificate authority file"))
        self.ca_file.setPlaceholderText(self.tr("The system's certificates"))
        self.browse.setText(self.tr("Choose…"))
        self.tls_note.setText(
            self.tr("These TLS settings apply to every account, after a restart.")
        )
        if self.ca_error.isVisible():
            set_error(self.ca_file, self.ca_error, ca_file_error(self.ca_file.text()))
        self.retranslate_errors()

    def _show_tls(self) -> None:
        tls = self.transport.currentData() is Transport.TLS
        self.tls_box.setVisible(tls)
        self.labels["certificates"].setVisible(tls)

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority file"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        fine = super().validatePage()
        ca_error = ca_file_error(self.ca_file.text()) if self.tls_box.isVisible() else ""
        set_error(self.ca_file, self.ca_error, ca_error)
        nat_fine = self.nat.validate()
        return fine and not ca_error and nat_fine


class SecurityPage(_FieldsPage):
    def __init__(self, wizard: AccountWizard, default_srtp: SrtpMode) -> None:
        super().__init__(wizard)
        self.password = self.add_field("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.srtp = QComboBox()
        self.srtp.setObjectName("srtpChoice")
        for mode, text in srtp_choices():
            self.srtp.addItem(text, mode)
        self.srtp.setCurrentIndex(self.srtp.findData(default_srtp))
        self.add_row("srtp", self.srtp)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Password and security"))
        if self.owner.keyring_keeps_passwords:
            self.setSubTitle(
                self.tr("The password is kept in your system's keyring, nowhere else.")
            )
        else:
            self.setSubTitle(
                self.tr(
                    "This computer has no keyring: the password is kept in memory until you"
                    " quit, and asked for at each start."
                )
            )
        self.name_row("password", self.tr("Password"))
        if self.owner.editing:
            self.password.setPlaceholderText(self.tr("Unchanged"))
        self.name_row("srtp", self.tr("Encrypted calls"))
        self.srtp.setAccessibleName(self.tr("Encrypted calls (SRTP)"))
        for row, (_mode, text) in enumerate(srtp_choices()):
            self.srtp.setItemText(row, text)
        self.retranslate_errors()


def srtp_choices() -> list[tuple[SrtpMode, str]]:
    return [
        (SrtpMode.DISABLED, translate("SrtpChoice", "Off")),
        (SrtpMode.OPTIONAL, translate("SrtpChoice", "When the other side can (optional)")),
        (SrtpMode.MANDATORY, translate("SrtpChoice", "Always (calls fail without it)")),
    ]


class TestPage(_Page):
    """Runs the registration test; Finish is allowed after a success (or when the user insists).

    The result is kept as a function that makes its text, so that it follows a language switch.
    """

    def __init__(self, wizard: AccountWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.summary = PlainLabel()
        self.summary.setObjectName("settingsHint")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.test_button = QPushButton()
        self.test_button.setObjectName("primaryButton")
        self.result = PlainLabel()
        self.result.setObjectName("settingsHint")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.save_anyway = QCheckBox()
        self.save_anyway.hide()
        self.save_anyway.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.save_anyway)
        layout.addStretch(1)
        self.passed = False
        self._result_text: Callable[[], str] = lambda: ""
        self.test_button.clicked.connect(wizard.start_test)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Test the registration"))
        self.setSubTitle(self.tr("Jego tries to register with these settings before saving them."))
        self.test_button.setText(self.tr("Test registration"))
        self.save_anyway.setText(self.tr("Save these settings even though the test failed"))
        if self.summary.text():
            self._show_summary()
        text = self._result_text()
        self.result.setText(text)
        self.result.setAccessibleName(text)

    def _show_summary(self) -> None:
        config = self.owner.config()
        self.summary.setText(
            self.tr("%s on %s over %s")
            % (config.number, config.server, config.transport.value.upper())
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._show_summary()
        if not self.owner.tested_as_shown():  # back and forth with nothing changed keeps it
            self.set_result(None, lambda: self.tr("Not tested yet."))

    def set_result(self, ok: bool | None, text: Callable[[], str]) -> None:
        self.passed = ok is True
        self._result_text = text
        self.result.setText(text())
        self.result.setAccessibleName(text())
        _restyle(
            self.result,
            "settingsHint" if ok is None else ("testSuccess" if ok else "testFailure"),
        )
        self.save_anyway.setVisible(ok is False)
        if ok is not False:
            self.save_anyway.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.passed or self.save_anyway.isChecked()


# The classic style's button texts as Qt names them (qtbase translates them).
_WIZARD_BUTTONS = (
    (QWizard.WizardButton.BackButton, "< &Back"),
    (QWizard.WizardButton.NextButton, "&Next >"),
    (QWizard.WizardButton.FinishButton, "&Finish"),
    (QWizard.WizardButton.CancelButton, "Cancel"),
)


class AccountWizard(QWizard):
    """Bind a new number (`existing` None) or change a bound one.

    Signals:
        saved(str): the account was saved under this key.
    """

    saved = Signal(str)

    def __init__(
        self,
        editor: AccountEditor,
        engine: SettingsEngine,
        settings: AppSettings,
        palette: Palette,
        existing: AccountConfig | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setStyleSheet(settings_stylesheet(palette))
        self.setMinimumSize(560, 460)
        self._editor = editor
        self._settings = settings
        self._existing = existing
        self.editing = existing is not None
        self.keyring_keeps_passwords = editor.keyring_keeps_passwords()
        self.probe = RegistrationProbe(engine, parent=self)
        self.probe.finished.connect(self._on_tested)
        self._tested_with: tuple[AccountConfig, str] | None = None  # what the last test tried

        self.number_page = NumberPage(self, settings.home_region() or default_home_region())
        self.server_page = ServerPage(self, settings)
        self.security_page = SecurityPage(
            self, existing.srtp if existing else settings.srtp_default()
        )
        self.test_page = TestPage(self)
        for page in (self.number_page, self.server_page, self.security_page, self.test_page):
            self.addPage(page)
        if existing is not None:
            self._fill(existing)
        # Enter does what the page is for (Next, Finish): a focused Back or Cancel, where
        # focus lands when the test button is disabled, must not take it.
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            back_or_cancel = self.button(button)
            if isinstance(back_or_cancel, QPushButton):
                back_or_cancel.setAutoDefault(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Edit account") if self.editing else self.tr("Bind your number")
        )
        # QWizard renames its buttons on a page change only: name them from Qt's own
        # translations (qtbase) so that they follow a language switch at once.
        for button, text in _WIZARD_BUTTONS:
            self.setButtonText(button, translate("QWizard", text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, config: AccountConfig) -> None:
        self.number_page.number.setText(config.number)
        self.number_page.display_name.setText(config.display_name)
        self.server_page.server.setText(config.server)
        self.server_page.transport.setCurrentIndex(
            self.server_page.transport.findData(config.transport)
        )
        self.server_page.username.setText(config.username)

    # ----- the form -----------------------------------------------------------------------

    def form(self) -> AccountForm:
        return AccountForm(
            number=self.number_page.number.text(),
            server=self.server_page.server.text(),
            transport=self.server_page.transport.currentData(),
            username=self.server_page.username.text(),
            display_name=self.number_page.display_name.text(),
            srtp=self.security_page.srtp.currentData(),
        )

    def password(self) -> str:
        return self.security_page.password.text()

    def errors(self) -> dict[str, str]:
        return form_errors(self.form(), self.password(), password_required=self._existing is None)

    def config(self) -> AccountConfig:
        return to_config(self.form())

    # ----- the test -----------------------------------------------------------------------

    def start_test(self) -> None:
        password = self.password()
        if not password and self._existing is not None:
            password = self._editor.stored_password(self._existing.key)
        self.test_page.test_button.setEnabled(False)
        server = self.config().server
        self.test_page.set_result(None, lambda: self.tr("Registering with %s…") % server)
        self._tested_with = (self.config(), self.password())
        self.probe.start(self.config(), password)

    def tested_as_shown(self) -> bool:
        """The test page's result is for the settings the pages show now."""
        return self._tested_with == (self.config(), self.password())

    def _on_tested(self, ok: bool, reason: str) -> None:
        self.test_page.test_button.setEnabled(True)
        if ok:
            self.test_page.set_result(True, lambda: self.tr("Registered: these settings work."))
            self.button(QWizard.WizardButton.FinishButton).setFocus()  # Enter finishes
        else:
            self.test_page.set_result(False, lambda: self.tr("Registration failed: %s") % reason)
            self.test_page.test_button.setFocus()  # Enter tries again

    # ----- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        config = self.config()
        try:
            if self._existing is None:
                self._editor.add(config, self.password())
            else:
                self._editor.update(self._existing.key, config, self.password())
        except AccountSaveError as error:
            log.warning("the account %s was not saved: %s", config.key, error)
            problem = str(error)  # the editor's text, translated when it was made
            self.test_page.set_result(False, lambda: problem)
            return
        nat = self.server_page.nat
        self._settings.keep_nat_changes(nat.shown, nat.chosen())
        if config.transport is Transport.TLS:
            self._settings.set(TLS_VERIFY, self.server_page.verify.isChecked())
            self._settings.set(TLS_CA_FILE, self.server_page.ca_file.text().strip())
        self.probe.cancel()
        self.saved.emit(config.key)
        super().accept()

    def reject(self) -> None:
        self.probe.cancel()
        super().reject()
