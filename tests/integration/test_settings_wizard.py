"""The "bind your number" wizard tests its settings with the real engine against Kamailio,
then saves them: the password only in the keyring, the account registered by the engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from jego_desktop.app import AccountBinding
from jego_desktop.app.accounts import ask_missing_passwords
from jego_desktop.domain.accounts import AccountConfig, RegistrationState, SrtpMode, Transport
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.models.settings.account_editor import AccountEditor
from jego_desktop.models.settings.settings_accounts import AccountRole
from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui.settings.account_wizard import AccountWizard
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.settings.settings_page import SettingsPage
from jego_desktop.ui.style import LIGHT
from tests.integration.engine_probe import EngineProbe
from tests.peers.kamailio import Kamailio
from tests.support.keyring_fixture import KeyringFile, file_keyring

__all__ = ["file_keyring"]
pytestmark = pytest.mark.peers

SERVICE = "jego-wizard-test"
NUMBER = "+8613800138000"  # a Kamailio user: E.164 through the whole path


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "jego.sqlite3")
    yield db
    db.close()


def wizard_for(
    qtbot: QtBot, probe: EngineProbe, database: Database, tmp_path: Path
) -> tuple[AccountWizard, AccountEditor, SettingsPage]:
    secrets = SecretStore(SERVICE)
    status = RegistrationStatus({})
    binding = AccountBinding(probe.engine, secrets, database, status)  # as app.py wires it
    probe.engine.registration_changed.connect(status.on_registration_changed)
    editor = AccountEditor(AccountStore(database), secrets, binding.reload)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = SettingsPage(AppSettings(settings), LIGHT)
    qtbot.addWidget(page)
    page.connect_services(SettingsServices(engine=probe.engine, status=status, accounts=editor))
    page.show()
    page.accounts.add_button.click()
    wizard = page.accounts.wizard
    assert wizard is not None
    return wizard, editor, page  # the page owns the wizard: keep it alive


def fill(wizard: AccountWizard, kamailio: Kamailio, password: str) -> None:
    wizard.number_page.number.setText("+86 138 0013 8000")
    wizard.next()
    wizard.server_page.server.setText(f"127.0.0.1:{kamailio.port('tcp')}")
    wizard.server_page.transport.setCurrentIndex(
        wizard.server_page.transport.findData(Transport.TCP)
    )
    wizard.next()
    wizard.security_page.password.setText(password)
    wizard.next()
    assert wizard.currentPage() is wizard.test_page


def run_test(qtbot: QtBot, wizard: AccountWizard) -> str:
    wizard.test_page.test_button.click()
    qtbot.waitUntil(lambda: wizard.test_page.test_button.isEnabled(), timeout=20_000)
    return wizard.test_page.result.objectName()


def test_wrong_password_is_shown_then_the_right_one_saves_and_registers(
    qtbot: QtBot,
    engine_factory,
    kamailio: Kamailio,
    database: Database,
    tmp_path: Path,
    file_keyring: KeyringFile,
) -> None:
    probe: EngineProbe = engine_factory()
    wizard, editor, page = wizard_for(qtbot, probe, database, tmp_path)
    fill(wizard, kamailio, "not-the-password")
    assert run_test(qtbot, wizard) == "testFailure"
    assert "wrong user name or password" in wizard.test_page.result.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert kamailio.registered_contacts(NUMBER) == []

    wizard.back()
    wizard.security_page.password.setText("secret-cn")
    wizard.next()
    assert run_test(qtbot, wizard) == "testSuccess"
    wizard.button(QWizard.WizardButton.FinishButton).click()

    (saved,) = editor.accounts()
    server = f"127.0.0.1:{kamailio.port('tcp')}"
    assert saved == AccountConfig(NUMBER, server, Transport.TCP, srtp=SrtpMode.OPTIONAL)
    assert file_keyring.entries() == {f"{SERVICE}\0{saved.key}": "secret-cn"}
    registered = probe.wait_for(
        RegistrationChanged,
        lambda e: e.account_key == saved.key and e.state is RegistrationState.REGISTERED,
        timeout=15,
    )
    assert registered.code == 200
    assert kamailio.registered_contacts(NUMBER)
    row = page.accounts.model.index(0)
    qtbot.waitUntil(lambda: row.data(AccountRole.STATE_TEXT) == "Online")


def test_unreachable_server_is_explained(
    qtbot: QtBot, engine_factory, database: Database, tmp_path: Path
) -> None:
    probe: EngineProbe = engine_factory()
    wizard, _, _page = wizard_for(qtbot, probe, database, tmp_path)
    wizard.number_page.number.setText(NUMBER)
    wizard.next()
    wizard.server_page.server.setText("127.0.0.1:9")
    wizard.server_page.transport.setCurrentIndex(
        wizard.server_page.transport.findData(Transport.TCP)
    )
    wizard.next()
    wizard.security_page.password.setText("x")
    wizard.next()
    assert run_test(qtbot, wizard) == "testFailure"
    assert "Registration failed:" in wizard.test_page.result.text()
    assert "unreachable" in wizard.test_page.result.text()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_the_number_registers_now_and_after_a_restart_once_asked(
    qtbot: QtBot,
    engine_factory,
    kamailio: Kamailio,
    database: Database,
    tmp_path: Path,
    no_keyring: None,
) -> None:
    probe: EngineProbe = engine_factory()
    wizard, editor, _page = wizard_for(qtbot, probe, database, tmp_path)
    fill(wizard, kamailio, "secret-cn")
    assert run_test(qtbot, wizard) == "testSuccess"
    wizard.button(QWizard.WizardButton.FinishButton).click()
    (saved,) = editor.accounts()  # kept, though no keyring could take the password
    probe.wait_for(
        RegistrationChanged,
        lambda e: e.account_key == saved.key and e.state is RegistrationState.REGISTERED,
        timeout=15,
    )
    probe.stop()  # quit: the engine unregisters, the memory holding the password is gone
    assert kamailio.registered_contacts(NUMBER) == []
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"secret-cn" not in path.read_bytes(), path

    again: EngineProbe = engine_factory()  # the next start
    secrets = SecretStore(SERVICE)
    status = RegistrationStatus({})
    binding = AccountBinding(again.engine, secrets, database, status)
    binding.reload()
    assert binding.waiting_for_password() == [saved]
    window = QWidget()
    qtbot.addWidget(window)
    prompts = ask_missing_passwords(window, binding, secrets)
    qtbot.waitUntil(lambda: prompts.dialog is not None, timeout=5_000)
    assert prompts.dialog is not None
    prompts.dialog.field.setText("secret-cn")
    prompts.dialog.connect_button.click()
    registered = again.wait_for(
        RegistrationChanged,
        lambda e: e.account_key == saved.key and e.state is RegistrationState.REGISTERED,
        timeout=15,
    )
    assert registered.code == 200
    assert kamailio.registered_contacts(NUMBER)
