"""Voicemail counts per account and the number "Call voicemail" dials."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.engine_events import VoicemailChanged
from jego_desktop.domain.message_summary import MessageSummary
from jego_desktop.models.calls.voicemail import (
    LEARNED_SETTING,
    NUMBER_SETTING,
    VoicemailBox,
    voicemail_uri,
)
from jego_desktop.store.errors import NotFoundError

HOME = AccountConfig(number="+8613800138000", server="sip.example.cn:5060")
ABROAD = AccountConfig(number="+33612345678", server="sip.example.fr")


class Settings:
    """Stands in for AccountStore's per-account settings."""

    def __init__(self, *keys: str) -> None:
        self.values: dict[str, dict[str, object]] = {key: {} for key in keys}

    def settings(self, key: str) -> dict[str, object]:
        if key not in self.values:
            raise NotFoundError(key)
        return dict(self.values[key])

    def set_settings(self, key: str, settings: dict[str, object]) -> None:
        if key not in self.values:
            raise NotFoundError(key)
        self.values[key] = dict(settings)


def event(account: AccountConfig, new: int, old: int = 0, uri: str = "") -> VoicemailChanged:
    summary = MessageSummary(new > 0, new, old, account=uri, voice_counted=True)
    return VoicemailChanged(account.key, summary)


def box(settings: Settings) -> VoicemailBox:
    made = VoicemailBox()
    made.set_sources(lambda: [HOME, ABROAD], settings)
    return made


def test_counts_add_up_over_accounts_and_follow_each_notify(qtbot: QtBot) -> None:
    mailbox = box(Settings(HOME.key, ABROAD.key))
    assert (mailbox.new_count(), mailbox.has_mailbox()) == (0, False)
    with qtbot.waitSignal(mailbox.changed):
        mailbox.on_voicemail_changed(event(HOME, 2))
    mailbox.on_voicemail_changed(event(ABROAD, 1))
    assert (mailbox.new_count(), mailbox.new_count(HOME.key)) == (3, 2)
    mailbox.on_voicemail_changed(event(HOME, 0, old=2))
    assert mailbox.new_count() == 1 and mailbox.has_mailbox()


def test_the_message_account_fills_the_number_until_the_user_sets_one(qtbot: QtBot) -> None:
    settings = Settings(HOME.key, ABROAD.key)
    mailbox = box(settings)
    mailbox.on_voicemail_changed(event(HOME, 2, uri="sip:vm@sip.example.cn"))
    assert mailbox.number(HOME.key) == "sip:vm@sip.example.cn"
    assert settings.values[HOME.key][LEARNED_SETTING] is True
    mailbox.on_voicemail_changed(event(HOME, 2, uri="sip:vm2@sip.example.cn"))
    assert mailbox.number(HOME.key) == "sip:vm2@sip.example.cn"  # the mailbox moved

    mailbox.set_number(HOME.key, " *86 ")
    mailbox.on_voicemail_changed(event(HOME, 1, uri="sip:premium@attacker.example"))
    assert settings.values[HOME.key] == {NUMBER_SETTING: "*86", LEARNED_SETTING: False}

    mailbox.set_number(HOME.key, "")  # cleared: the mailbox may name it again
    mailbox.on_voicemail_changed(event(HOME, 1, uri="sip:vm@sip.example.cn"))
    assert mailbox.number(HOME.key) == "sip:vm@sip.example.cn"


def test_call_voicemail_dials_the_account_with_new_messages_first(qtbot: QtBot) -> None:
    mailbox = box(Settings(HOME.key, ABROAD.key))
    assert mailbox.call_voicemail() is False  # no number anywhere
    mailbox.set_number(HOME.key, "*86")
    mailbox.on_voicemail_changed(event(ABROAD, 1, uri="sip:messagerie@sip.example.fr"))
    with qtbot.waitSignal(mailbox.call_requested) as blocker:
        assert mailbox.call_voicemail()
    assert blocker.args == ["sip:messagerie@sip.example.fr", ABROAD.key]
    mailbox.on_voicemail_changed(event(ABROAD, 0, old=1))
    with qtbot.waitSignal(mailbox.call_requested) as blocker:
        mailbox.call_voicemail()
    assert blocker.args == ["sip:*86@sip.example.cn", HOME.key]


def test_a_removed_account_is_forgotten_and_its_settings_never_written(qtbot: QtBot) -> None:
    settings = Settings(HOME.key)  # ABROAD is no longer stored
    mailbox = box(settings)
    mailbox.on_voicemail_changed(event(ABROAD, 4, uri="sip:vm@sip.example.fr"))
    assert mailbox.number(ABROAD.key) == "" and ABROAD.key not in settings.values
    mailbox.set_sources(lambda: [HOME], settings)
    mailbox.accounts_changed()
    assert mailbox.new_count() == 0


def test_voicemail_uris() -> None:
    assert voicemail_uri("*86", HOME) == "sip:*86@sip.example.cn"
    assert voicemail_uri("+86 138-0013 8000", HOME) == "sip:+8613800138000@sip.example.cn"
    assert voicemail_uri("tel:+8613800000000", HOME) == "sip:+8613800000000@sip.example.cn"
    assert voicemail_uri("sips:vm@x.example", HOME) == "sips:vm@x.example"
