"""Asks for a bound number's password at start when no keyring kept it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.look import settings_stylesheet
from jego_desktop.ui.style import SPACING, Palette


class PasswordPrompt(QDialog):
    """One account's password, for this session only; says how to get a keyring.

    `password()` is read after `accepted`; the dialog keeps it nowhere else.
    """

    def __init__(
        self,
        number: str,
        server: str,
        palette: Palette,
        keyring_usable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPrompt")
        self._keyring_usable = keyring_usable
        self.setStyleSheet(settings_stylesheet(palette))
        self._number = number
        self._server = server
        self.question = PlainLabel()
        self.question.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("passwordField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(256)
        self.hint = PlainLabel()
        self.hint.setObjectName("settingsHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()  # the app's own buttons: no stock icons
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("primaryButton")
        self.connect_button.setDefault(True)
        self.connect_button.setEnabled(False)
        self.later_button = QPushButton()
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.connect_button.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING * 3 // 2)
        layout.addWidget(self.question)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Password for %s") % self._number)
        self.question.setText(
            self.tr("Enter the password of %s on %s to receive calls and messages.")
            % (self._number, self._server)
        )
        self.field.setAccessibleName(self.tr("Password"))
        self.field.setPlaceholderText(self.tr("Password"))
        self.hint.setText(
            self.tr("Your keyring does not have this password: Jego keeps it there once given.")
            if self._keyring_usable
            else self.tr(
                "This computer has no keyring, so Jego keeps the password in memory until"
                " you quit and asks for it at each start. To be asked no more, install a"
                " keyring (Secret Service, such as GNOME Keyring, or KWallet), then enter"
                " the password again in Settings, Accounts, Edit."
            )
        )
        self.connect_button.setText(self.tr("Connect"))
        self.later_button.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def password(self) -> str:
        return self.field.text()


class PasswordPrompts(QObject):
    """Asks for each waiting account's password in turn, one dialog at a time.

    `supply(key, password)` is called for each password given; "Not now" leaves that
    account unregistered until the next start (or until it is edited in Settings).
    """

    def __init__(
        self,
        window: QWidget,
        palette: Palette,
        supply: Callable[[str, str], None],
        keyring_usable: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._keyring_usable = keyring_usable
        self._window = window
        self._palette = palette
        self._supply = supply
        self._waiting: list[AccountConfig] = []
        self._asking: AccountConfig | None = None
        self.dialog: PasswordPrompt | None = None

    def ask(self, accounts: list[AccountConfig]) -> None:
        self._waiting.extend(a for a in accounts if a not in self._waiting and a != self._asking)
        if self.dialog is None:
            self._ask_next()

    def _ask_next(self) -> None:
        self.dialog = None
        self._asking = None
        if not self._waiting:
            return
        account = self._asking = self._waiting.pop(0)
        dialog = PasswordPrompt(
            account.number, account.server, self._palette, self._keyring_usable(), self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda key=account.key: self._supply(key, dialog.password()))
        dialog.finished.connect(lambda _result: self._ask_next())
        self.dialog = dialog
        dialog.open()
