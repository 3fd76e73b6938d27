"""Each account's voicemail number, set in Settings > Accounts, is what "Call voicemail"
dials; cleared, the mailbox's Message-Account fills it again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.engine_events import VoicemailChanged
from jego_desktop.domain.message_summary import MessageSummary
from jego_desktop.models.calls.voicemail import VoicemailBox
from jego_desktop.store.accounts import AccountStore
from jego_desktop.ui.settings.settings_page import SettingsPage
from tests.ui.settings.test_settings_page import Profile, make_page

HOME = AccountConfig(number="+8613800138000", server="sip.example.cn")
ABROAD = AccountConfig(number="+33612345678", server="sip.example.fr")


def page_with_accounts(qtbot: QtBot, tmp_path: Path) -> tuple[SettingsPage, VoicemailBox, Profile]:
    profile = Profile(tmp_path)
    store = AccountStore(profile.database)
    store.add(HOME)
    store.add(ABROAD)
    box = VoicemailBox()
    box.set_sources(store.all, store)
    original = profile.services
    profile.services = lambda: replace(original(), voicemail=box)  # type: ignore[method-assign]
    return make_page(qtbot, profile), box, profile


def test_the_voicemail_number_is_set_per_account(qtbot: QtBot, tmp_path: Path) -> None:
    page, box, profile = page_with_accounts(qtbot, tmp_path)
    section = page.accounts
    assert not section.voicemail_button.isEnabled()  # no account chosen yet
    asked: list[tuple[str, str]] = []

    def answer(number: str | None) -> Callable[[str, str, str], str | None]:
        def ask(_title: str, label: str, current: str) -> str | None:
            asked.append((label, current))
            return number

        return ask

    section.list.setCurrentIndex(section.model.index(1))
    assert section.voicemail_button.isEnabled()
    section.ask_text = answer(" 06 12 34 56 78 ")
    section.voicemail_button.click()
    assert "+33612345678" in asked[-1][0] and asked[-1][1] == ""
    assert box.number(ABROAD.key) == "06 12 34 56 78" and box.number(HOME.key) == ""
    with qtbot.waitSignal(box.call_requested) as call:
        box.call_voicemail()
    assert call.args == ["sip:0612345678@sip.example.fr", ABROAD.key]

    box.on_voicemail_changed(
        VoicemailChanged(ABROAD.key, MessageSummary(True, 1, account="sip:vm@sip.example.fr"))
    )
    assert box.number(ABROAD.key) == "06 12 34 56 78"  # the user's own number stays
    section.ask_text = answer(None)  # cancelled: nothing changes
    section.voicemail_button.click()
    assert asked[-1][1] == "06 12 34 56 78" and box.number(ABROAD.key) == "06 12 34 56 78"
    section.ask_text = answer("")
    section.voicemail_button.click()
    box.on_voicemail_changed(
        VoicemailChanged(ABROAD.key, MessageSummary(True, 1, account="sip:vm@sip.example.fr"))
    )
    assert box.number(ABROAD.key) == "sip:vm@sip.example.fr"
    profile.database.close()
