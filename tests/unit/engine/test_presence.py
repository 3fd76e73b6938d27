"""The pure parts of engine/presence.py: states from pjsua's numbers, and the URI a
buddy subscribes to."""

from __future__ import annotations

import pjsua2 as pj
import pytest

from jego_desktop.domain.my_status import MyStatus
from jego_desktop.engine.presence import pidf_status, presence_state, subscription_uri


@pytest.mark.parametrize(
    ("status", "activity", "state"),
    [
        (pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_UNKNOWN, "online"),
        (pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_AWAY, "away"),
        (pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_BUSY, "busy"),
        (pj.PJSUA_BUDDY_STATUS_OFFLINE, pj.PJRPID_ACTIVITY_UNKNOWN, "offline"),
        (pj.PJSUA_BUDDY_STATUS_UNKNOWN, pj.PJRPID_ACTIVITY_UNKNOWN, "unknown"),
    ],
)
def test_presence_state(status: int, activity: int, state: str) -> None:
    assert presence_state(status, activity) == state


@pytest.mark.parametrize(
    ("uri", "server", "expected"),
    [
        ("sip:bob@127.0.0.1", "127.0.0.1:5070", "sip:bob@127.0.0.1:5070"),
        (
            "sip:bob@127.0.0.1;transport=tcp",
            "127.0.0.1:5070",
            "sip:bob@127.0.0.1:5070;transport=tcp",
        ),
        (
            "sip:+8613800138000@SIP.example.org",
            "sip.example.org:5060",
            "sip:+8613800138000@SIP.example.org:5060",
        ),
        ("sip:bob@example.org", "sip.example.org:5060", "sip:bob@example.org"),  # other host
        ("sip:bob@127.0.0.1:5080", "127.0.0.1:5070", "sip:bob@127.0.0.1:5080"),  # has a port
        ("sip:bob@127.0.0.1", "", "sip:bob@127.0.0.1"),  # no registrar port
        ("sip:127.0.0.1", "127.0.0.1:5070", "sip:127.0.0.1"),  # no user part
    ],
)
def test_subscription_uri(uri: str, server: str, expected: str) -> None:
    assert subscription_uri(uri, server) == expected


@pytest.mark.parametrize(
    ("my_status", "basic", "activity", "note"),
    [
        (MyStatus.ONLINE, pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_UNKNOWN, "Online"),
        (MyStatus.AWAY, pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_AWAY, "Away"),
        (MyStatus.BUSY, pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_BUSY, "Busy"),
        (MyStatus.INVISIBLE, pj.PJSUA_BUDDY_STATUS_OFFLINE, pj.PJRPID_ACTIVITY_UNKNOWN, "Offline"),
    ],
)
def test_what_each_of_my_statuses_publishes(
    my_status: MyStatus, basic: int, activity: int, note: str
) -> None:
    status = pidf_status(my_status)
    assert (status.status, status.activity, status.note) == (basic, activity, note)
    # and a watcher running our own code reads it back as the state we meant
    expected = {"online": "online", "away": "away", "busy": "busy", "invisible": "offline"}
    assert presence_state(status.status, status.activity) == expected[my_status.value]
