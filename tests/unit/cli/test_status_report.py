"""`status` with no running app answers from the profile's database, in the same shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from jego_desktop.cli.status_report import NOT_RUNNING, stored_status_reply
from jego_desktop.domain.accounts import AccountConfig, Transport
from jego_desktop.domain.my_status import MyStatus
from jego_desktop.models.window.my_status import SETTINGS_KEY
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore

ALICE = AccountConfig("+33612345678", "sip.example.fr:5061", Transport.TLS)
BOB = AccountConfig("bob", "127.0.0.1:5060", Transport.UDP)


def filled_database(path: Path) -> None:
    with Database.open(path) as database:
        AccountStore(database).add(ALICE)
        AccountStore(database).add(BOB)
        conversation = ConversationStore(database).get_or_create(ALICE.key, "sip:li@example.cn")
        for n in range(2):
            MessageStore(database).insert_incoming(conversation.id, f"m{n}", f"你好 {n}")


def test_stored_accounts_and_unread_count_with_running_false(tmp_path: Path) -> None:
    path = tmp_path / "jego.sqlite3"
    filled_database(path)
    reply = stored_status_reply(path, tmp_path / "settings.ini", as_json=True)
    assert reply.exit_code == 0 and not reply.error
    assert json.loads(reply.output) == {
        "running": False,
        "my_status": "online",
        "accounts": [
            {
                "number": "+33612345678",
                "server": "sip.example.fr:5061",
                "transport": "tls",
                "registered": False,
                "reason": NOT_RUNNING,
            },
            {
                "number": "bob",
                "server": "127.0.0.1:5060",
                "transport": "udp",
                "registered": False,
                "reason": NOT_RUNNING,
            },
        ],
        "calls": [],
        "unread": 2,
    }


def test_the_text_form_says_the_app_is_not_running(tmp_path: Path) -> None:
    path = tmp_path / "jego.sqlite3"
    filled_database(path)
    lines = stored_status_reply(path, tmp_path / "settings.ini", as_json=False).output.splitlines()
    assert lines[0] == "Jego Desktop is not running for this profile"
    assert lines[1] == "my status: online"
    assert lines[2] == (
        "+33612345678 on sip.example.fr:5061 (tls): not registered (Jego Desktop is not running)"
    )
    assert lines[-1] == "unread messages: 2"


def test_a_new_profile_has_nothing_and_gets_no_database(tmp_path: Path) -> None:
    path = tmp_path / "jego.sqlite3"
    reply = stored_status_reply(path, tmp_path / "settings.ini", as_json=True)
    assert json.loads(reply.output) == {
        "running": False,
        "my_status": "online",
        "accounts": [],
        "calls": [],
        "unread": 0,
    }
    assert not path.exists()
    assert not (tmp_path / "settings.ini").exists()


def test_an_unreadable_database_is_an_error_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "jego.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    reply = stored_status_reply(path, tmp_path / "settings.ini", as_json=True)
    assert reply.exit_code == 1 and "cannot read" in reply.error and not reply.output
    assert path.read_bytes() == b"not a database at all" * 100


def save_status(path: Path, value: str) -> None:
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, value)
    settings.sync()


@pytest.mark.parametrize("status", list(MyStatus))
def test_my_status_comes_from_the_settings_when_not_running(
    tmp_path: Path, status: MyStatus
) -> None:
    path = tmp_path / "jego.sqlite3"
    filled_database(path)
    save_status(tmp_path / "settings.ini", status.value)
    reply = stored_status_reply(path, tmp_path / "settings.ini", as_json=True)
    assert json.loads(reply.output)["my_status"] == status.value


def test_the_text_form_says_do_not_disturb(tmp_path: Path) -> None:
    save_status(tmp_path / "settings.ini", "busy")
    reply = stored_status_reply(tmp_path / "jego.sqlite3", tmp_path / "settings.ini", False)
    assert "my status: busy (do not disturb)" in reply.output.splitlines()


def test_an_unknown_saved_status_reads_as_online(tmp_path: Path) -> None:
    save_status(tmp_path / "settings.ini", "on holiday")
    reply = stored_status_reply(tmp_path / "jego.sqlite3", tmp_path / "settings.ini", True)
    assert reply.exit_code == 0 and json.loads(reply.output)["my_status"] == "online"
