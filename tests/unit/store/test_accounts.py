"""Accounts: added, listed, changed (history follows a new key), settings, removed."""

from __future__ import annotations

import dataclasses

import pytest

from jego_desktop.domain.accounts import AccountConfig, SrtpMode, Transport
from jego_desktop.domain.calls import CallDirection, CallRecord
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import DuplicateAccountError, NotFoundError

MOBILE = AccountConfig(
    number="+8613800138000",
    server="sip.example.com:5061",
    transport=Transport.TLS,
    username="u8613800138000",
    display_name="李雷",
    srtp=SrtpMode.MANDATORY,
    register_expires=600,
)
DESK = AccountConfig(number="1001", server="pbx.example.com")


@pytest.fixture
def accounts(db: Database) -> AccountStore:
    return AccountStore(db)


def test_accounts_round_trip_in_the_order_added(accounts: AccountStore) -> None:
    assert accounts.add(DESK) == DESK
    accounts.add(MOBILE, {"voicemail": "*86"})

    assert accounts.all() == [DESK, MOBILE]
    assert accounts.get(MOBILE.key) == MOBILE
    assert accounts.get("nobody@nowhere") is None
    assert accounts.settings(MOBILE.key) == {"voicemail": "*86"}
    assert accounts.settings(DESK.key) == {}


def test_an_account_is_added_once(accounts: AccountStore) -> None:
    accounts.add(DESK)
    with pytest.raises(DuplicateAccountError):
        accounts.add(dataclasses.replace(DESK, display_name="again"))


def test_changing_the_server_moves_the_history(db: Database, accounts: AccountStore) -> None:
    accounts.add(DESK, {"ring": "bell"})
    conversation = ConversationStore(db).get_or_create(DESK.key, "sip:bob@example.com")
    CallHistory(db).add(
        CallRecord("c1", DESK.key, CallDirection.OUTGOING, "sip:bob@example.com", 1, 2, 3, "")
    )
    moved = dataclasses.replace(DESK, server="pbx2.example.com", transport=Transport.TCP)

    accounts.update(DESK.key, moved)

    assert accounts.all() == [moved]
    assert accounts.settings(moved.key) == {"ring": "bell"}
    assert ConversationStore(db).find(moved.key, "sip:bob@example.com") == dataclasses.replace(
        conversation, account_key=moved.key
    )
    assert [entry.record.account_key for entry in CallHistory(db).recent()] == [moved.key]


def test_an_update_cannot_take_another_accounts_key(accounts: AccountStore) -> None:
    accounts.add(DESK)
    accounts.add(MOBILE)
    with pytest.raises(DuplicateAccountError):
        accounts.update(MOBILE.key, DESK)
    with pytest.raises(NotFoundError):
        accounts.update("nobody@nowhere", MOBILE)
    assert accounts.all() == [DESK, MOBILE]


def test_settings_are_plain_json(accounts: AccountStore) -> None:
    accounts.add(DESK)
    settings: dict[str, object] = {"codecs": ["G722", "PCMA"], "stun": None, "tones": {"cn": 1}}
    accounts.set_settings(DESK.key, settings)
    copy = accounts.settings(DESK.key)
    assert copy == settings
    copy["stun"] = "changed"  # a copy: the store is not affected
    assert accounts.settings(DESK.key) == settings
    with pytest.raises(ValueError, match="JSON"):
        accounts.set_settings(DESK.key, {"bad": object()})
    with pytest.raises(ValueError, match="JSON"):
        accounts.set_settings(DESK.key, {"bad": float("nan")})
    with pytest.raises(NotFoundError):
        accounts.set_settings("nobody@nowhere", {})
    with pytest.raises(NotFoundError):
        accounts.settings("nobody@nowhere")


def test_removing_an_account_keeps_its_conversations(db: Database, accounts: AccountStore) -> None:
    accounts.add(DESK)
    conversation = ConversationStore(db).get_or_create(DESK.key, "sip:bob@example.com")

    assert accounts.delete(DESK.key)
    assert not accounts.delete(DESK.key)
    assert accounts.all() == []
    assert ConversationStore(db).get(conversation.id) == conversation
