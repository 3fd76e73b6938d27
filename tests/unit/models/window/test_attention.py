"""AttentionCounts: unread messages and missed calls from the store; seen calls drop out."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection, CallRecord
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.window.attention import AttentionCounts
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database

ACCOUNT = "+33100000000@example.org"


@pytest.fixture(autouse=True)
def _shield_singletons() -> None:
    protect_singletons()  # as the app does: PySide6 drops references to True it never took


class Unread:
    def __init__(self, total: int) -> None:
        self.total = total
        self.reads = 0

    def unread_total(self) -> int:
        self.reads += 1
        return self.total


@pytest.fixture
def calls(db: Database) -> CallHistory:
    return CallHistory(db)


def missed_call(history: CallHistory, number: int) -> None:
    history.add(
        CallRecord(
            call_id=f"missed-{number}",
            account_key=ACCOUNT,
            direction=CallDirection.INCOMING,
            peer=f"sip:+3361234567{number}@example.org",
            started_at=1_700_000_000.0 + number,
            answered_at=None,
            ended_at=1_700_000_020.0 + number,
            reason="",
        )
    )


def test_counts_come_from_the_stores_and_viewing_calls_clears_the_missed(
    qtbot: QtBot, calls: CallHistory
) -> None:
    missed_call(calls, 1)
    missed_call(calls, 2)
    counts = AttentionCounts()
    with qtbot.waitSignal(counts.changed) as changed:
        counts.set_sources(calls, Unread(5))
    assert changed.args == [5, 2]

    with qtbot.waitSignal(counts.changed) as changed:
        counts.calls_viewed()
    assert changed.args == [5, 0]
    assert calls.missed_count() == 0

    missed_call(calls, 3)
    counts.refresh()
    assert (counts.unread, counts.missed) == (5, 1)


def test_a_burst_of_refreshes_reads_the_store_once(qtbot: QtBot) -> None:
    unread = Unread(1)
    counts = AttentionCounts()
    counts.set_sources(None, unread)
    unread.total = 40
    for _ in range(40):
        counts.refresh_soon()
    qtbot.waitUntil(lambda: counts.unread == 40)
    assert unread.reads == 2


def test_the_conversation_list_can_set_the_unread_total(qtbot: QtBot) -> None:
    counts = AttentionCounts()
    with qtbot.waitSignal(counts.changed) as changed:
        counts.set_unread(7)
    assert changed.args == [7, 0]
    with qtbot.assertNotEmitted(counts.changed):
        counts.set_unread(7)
