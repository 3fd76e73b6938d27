"""Without a keyring (issue #19 item 1): the wizard keeps the account, the password is held
in memory for the session only, and the next start asks for it before registering."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from jego_desktop.app.accounts import AccountBinding, ask_missing_passwords
from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.engine_events import RegistrationTested
from jego_desktop.models.settings.account_editor import AccountEditor
from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.settings.settings_page import SettingsPage
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

SERVICE = "jego-no-keyring-test"
SECRET = "Tr0ub4dor&3-no-keyring"


class RaisingKeyring(keyring.backends.fail.Keyring):
    """A backend that claims to work and refuses everything (a locked or broken one)."""

    priority = 1

    def set_password(self, service: Any, username: Any, password: Any = None) -> Any:
        raise keyring.errors.PasswordSetError("the collection is locked")


@pytest.fixture(params=["none", "refusing"])
def broken_keyring(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = keyring.get_keyring()
    keyring.set_keyring(
        keyring.backends.fail.Keyring() if request.param == "none" else RaisingKeyring()
    )
    yield request.param
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


class Start:
    """One start of the app's account side: the store, the secrets, the binding."""

    def __init__(self, database: Database) -> None:
        self.engine = FakeEngine()
        self.secrets = SecretStore(SERVICE)
        self.status = RegistrationStatus({})
        self.binding = AccountBinding(self.engine, self.secrets, database, self.status)  # type: ignore[arg-type]
        self.editor = AccountEditor(AccountStore(database), self.secrets, self.binding.reload)
        self.binding.reload()

    def added(self) -> list[tuple[Any, ...]]:
        return [c for c in self.engine.commands if c[0] == "add_account"]


def bind_with_the_wizard(
    qtbot: QtBot, start: Start, settings: QSettings, no_keyring: bool
) -> list[str]:
    """The keys the wizard said it saved, after Finish."""
    page = SettingsPage(AppSettings(settings), LIGHT)
    qtbot.addWidget(page)
    page.connect_services(
        SettingsServices(engine=start.engine, status=start.status, accounts=start.editor)
    )
    page.show()
    page.accounts.add_button.click()
    wizard = page.accounts.wizard
    assert wizard is not None
    wizard.number_page.number.setText("+86 138 0013 8000")
    wizard.next()
    wizard.server_page.server.setText("127.0.0.1:5070")
    wizard.next()
    wizard.security_page.password.setText(SECRET)
    # Said before Finish when the system has none (a refusing one is known only on saving).
    assert ("no keyring" in wizard.security_page.subTitle()) is no_keyring
    wizard.next()
    wizard.test_page.test_button.click()
    _, request_id, _, _ = start.engine.last("test_registration")
    start.engine.publish(RegistrationTested(request_id, True, "registered"))
    saved: list[str] = []
    wizard.saved.connect(saved.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return saved


def test_without_a_keyring_the_number_is_bound_and_asked_for_at_the_next_start(
    qtbot: QtBot,
    tmp_path: Path,
    broken_keyring: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    database = Database.open(tmp_path / "jego.sqlite3")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = Start(database)
    saved = bind_with_the_wizard(qtbot, first, settings, broken_keyring == "none")

    (account,) = first.editor.accounts()
    assert saved == [account.key]  # Finish no longer refuses
    assert account.number == "+8613800138000"
    (_, config, password_source) = first.added()[-1]
    assert config == account
    assert password_source() == SECRET  # the engine registers with it this session
    assert "session only" in caplog.text  # said in the log, the password itself never
    assert SECRET not in caplog.text

    # The next start: nothing on disk holds the password, so it is asked for.
    settings.sync()
    database.close()
    for path in [tmp_path / "settings.ini", *tmp_path.glob("jego.sqlite3*")]:
        if path.exists():
            assert SECRET.encode() not in path.read_bytes(), path
    database = Database.open(tmp_path / "jego.sqlite3")
    second = Start(database)
    window = QWidget()
    qtbot.addWidget(window)
    prompts = ask_missing_passwords(window, second.binding, second.secrets)
    if broken_keyring == "none":
        assert second.added() == []  # no REGISTER with an empty password
    else:  # the keyring looks usable: the engine thread finds nothing in it, and says so
        (_, _, password_source) = second.added()[-1]
        assert password_source() is None
        assert second.engine.last("remove_account") == ("remove_account", account.key)
    assert second.binding.waiting_for_password() == [account]
    assert "password needed" in second.status.summary()
    assert second.status.has_numbers()

    qtbot.waitUntil(lambda: prompts.dialog is not None and prompts.dialog.isVisible())
    dialog = prompts.dialog
    assert dialog is not None
    assert "+8613800138000" in dialog.question.text()
    if broken_keyring == "none":  # how to get one
        assert "Secret Service" in dialog.hint.text() and "KWallet" in dialog.hint.text()
    else:
        assert "does not have this password" in dialog.hint.text()
    assert not dialog.connect_button.isEnabled()
    dialog.field.setText(SECRET)
    dialog.connect_button.click()

    (_, config, password_source) = second.added()[-1]
    assert config == account
    assert password_source() == SECRET
    assert second.binding.waiting_for_password() == []
    assert "password needed" not in second.status.summary()
    qtbot.wait(10)  # the start-up's own ask (queued) must not open a second dialog
    assert prompts.dialog is None  # one account, one dialog
    assert SECRET not in caplog.text
    database.close()


def test_not_now_leaves_the_number_waiting_without_registering(
    qtbot: QtBot, tmp_path: Path, no_keyring: None
) -> None:
    database = Database.open(tmp_path / "jego.sqlite3")
    AccountStore(database).add(AccountConfig("+8613800138000", "127.0.0.1:5070"))
    AccountStore(database).add(AccountConfig("+8613900139000", "127.0.0.1:5070"))
    start = Start(database)
    window = QWidget()
    qtbot.addWidget(window)
    prompts = ask_missing_passwords(window, start.binding, start.secrets)
    qtbot.waitUntil(lambda: prompts.dialog is not None and prompts.dialog.isVisible())
    assert prompts.dialog is not None
    first_dialog = prompts.dialog
    assert "+8613800138000" in first_dialog.question.text()
    first_dialog.later_button.click()
    assert prompts.dialog is not None and prompts.dialog is not first_dialog
    assert "+8613900139000" in prompts.dialog.question.text()  # the next account's turn
    prompts.dialog.later_button.click()
    assert start.added() == []
    assert len(start.binding.waiting_for_password()) == 2
    database.close()
