"""Call history: stored once per call, newest first, missed calls counted until seen."""

from __future__ import annotations

import pytest

from jego_desktop.domain.calls import CallDirection, CallRecord
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database
from tests.unit.store.conftest import ACCOUNT


def call(
    call_id: str,
    started_at: float,
    direction: CallDirection = CallDirection.INCOMING,
    answered: bool = False,
    account: str = ACCOUNT,
) -> CallRecord:
    return CallRecord(
        call_id=call_id,
        account_key=account,
        direction=direction,
        peer="sip:bob@example.com",
        started_at=started_at,
        answered_at=started_at + 2 if answered else None,
        ended_at=started_at + 60,
        reason="call ended" if answered else "no answer",
    )


@pytest.fixture
def history(db: Database) -> CallHistory:
    return CallHistory(db)


def test_calls_are_listed_newest_first(history: CallHistory) -> None:
    answered = call("a", 100, answered=True)
    missed = call("b", 300)
    outgoing = call("c", 200, CallDirection.OUTGOING)
    for record in (answered, missed, outgoing):
        history.add(record)

    entries = history.recent()
    assert [entry.record for entry in entries] == [missed, outgoing, answered]
    assert [entry.missed for entry in entries] == [True, False, False]
    assert [entry.record for entry in history.recent(limit=1)] == [missed]


def test_a_call_is_stored_once(history: CallHistory) -> None:
    first = history.add(call("a", 100))
    assert history.add(call("a", 100)) == first
    both_ends = history.add(call("a", 100, CallDirection.OUTGOING))  # a call to ourselves
    assert both_ends.id != first.id
    assert len(history.recent()) == 2


def test_missed_calls_are_counted_until_seen(history: CallHistory) -> None:
    history.add(call("a", 100))
    history.add(call("b", 200, answered=True))
    history.add(call("c", 300, account="1001@pbx"))
    history.add(call("d", 400), missed=False)  # declined on purpose
    history.add(call("e", 500, CallDirection.OUTGOING), missed=True)

    assert history.missed_count() == 3
    assert history.missed_count(account_key=ACCOUNT) == 2
    assert history.mark_missed_seen() == 3
    assert history.missed_count() == 0
    history.add(call("f", 600))
    assert history.missed_count() == 1
    assert [e.record.call_id for e in history.recent(account_key="1001@pbx")] == ["c"]


def test_entries_can_be_deleted_or_cleared(history: CallHistory) -> None:
    entry = history.add(call("a", 100))
    history.add(call("b", 200))
    assert history.delete(entry.id)
    assert not history.delete(entry.id)
    assert [e.record.call_id for e in history.recent()] == ["b"]
    assert history.clear() == 1
    assert history.recent() == []


def test_called_means_an_outgoing_call_to_that_peer(history: CallHistory) -> None:
    history.add(call("in-1", 100.0))
    assert not history.called(ACCOUNT, "sip:bob@example.com")  # an incoming call is not
    history.add(call("out-1", 200.0, CallDirection.OUTGOING))
    assert history.called(ACCOUNT, "sip:bob@example.com")
    assert not history.called(ACCOUNT, "sip:carol@example.com")
    assert not history.called("other-account", "sip:bob@example.com")


def test_the_history_can_be_filtered_to_missed_calls(history: CallHistory) -> None:
    history.add(call("a", 100))
    history.add(call("b", 200, answered=True))
    history.add(call("c", 300), missed=False)  # declined on purpose
    history.add(call("d", 400))
    assert [e.record.call_id for e in history.recent(missed_only=True)] == ["d", "a"]
    assert [e.record.call_id for e in history.recent(missed_only=True, limit=1)] == ["d"]
    assert len(history.recent()) == 4
