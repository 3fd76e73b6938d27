"""The wizard's keys (issue #19 item 7): once the test passed Enter finishes, wherever focus
fell; going back and forth keeps the result while nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from jego_desktop.domain.engine_events import RegistrationTested
from jego_desktop.ui.settings.account_wizard import AccountWizard
from tests.support.keyring_fixture import KeyringFile, file_keyring
from tests.ui.settings.test_settings_page import (
    Profile,
    fill_valid,
    make_page,
    open_wizard,
    profile,
)

__all__ = ["file_keyring", "profile"]


def pass_the_test(qtbot: QtBot, wizard: AccountWizard, profile: Profile) -> None:
    qtbot.mouseClick(wizard.test_page.test_button, Qt.MouseButton.LeftButton)
    _, request_id, _, _ = profile.engine.last("test_registration")
    profile.engine.publish(RegistrationTested(request_id, True, "registered"))
    assert wizard.test_page.result.objectName() == "testSuccess"


def press_enter(qtbot: QtBot, wizard: AccountWizard) -> None:
    focused = wizard.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def test_enter_finishes_once_the_test_passed(
    qtbot: QtBot, profile: Profile, file_keyring: KeyringFile
) -> None:
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    fill_valid(wizard)
    saved: list[str] = []
    wizard.saved.connect(saved.append)
    pass_the_test(qtbot, wizard, profile)

    press_enter(qtbot, wizard)
    assert saved == ["+33612345678@127.0.0.1:5070"]  # finished, not one page back
    assert len(profile.editor.accounts()) == 1


def test_enter_on_a_focused_back_button_still_finishes(
    qtbot: QtBot, profile: Profile, file_keyring: KeyringFile
) -> None:
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    fill_valid(wizard)
    saved: list[str] = []
    wizard.saved.connect(saved.append)
    pass_the_test(qtbot, wizard, profile)
    wizard.button(QWizard.WizardButton.BackButton).setFocus()
    press_enter(qtbot, wizard)
    assert saved  # Enter is the page's action; Back takes a click or Space


def test_back_and_forth_keeps_the_result_until_something_changes(
    qtbot: QtBot, profile: Profile
) -> None:
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    fill_valid(wizard)
    pass_the_test(qtbot, wizard, profile)
    finish = wizard.button(QWizard.WizardButton.FinishButton)

    wizard.back()
    wizard.next()
    assert wizard.currentPage() is wizard.test_page
    assert wizard.test_page.result.objectName() == "testSuccess"
    assert finish.isEnabled()

    wizard.back()
    wizard.back()
    wizard.server_page.server.setText("127.0.0.1:5080")  # another server: test again
    wizard.next()
    wizard.next()
    assert wizard.test_page.result.objectName() == "settingsHint"
    assert wizard.test_page.result.text() == "Not tested yet."
    assert not finish.isEnabled()
