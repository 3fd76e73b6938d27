"""CallHistoryModel shows CallHistory.recent() and reloads when a call is logged."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jego_desktop.domain.call_history import CallHistoryEntry
from jego_desktop.domain.calls import CallDirection, CallRecord
from jego_desktop.models.calls.call_history import CallHistoryModel, HistoryRole


def entry(
    entry_id: int,
    peer: str,
    direction: CallDirection = CallDirection.OUTGOING,
    answered: bool = True,
    missed: bool = False,
) -> CallHistoryEntry:
    started = 1_700_000_000.0 - entry_id * 600
    record = CallRecord(
        call_id=f"sip-{entry_id}",
        account_key="+33100000000@example.org",
        direction=direction,
        peer=peer,
        started_at=started,
        answered_at=started + 5 if answered else None,
        ended_at=started + 130,
        reason="",
    )
    return CallHistoryEntry(id=entry_id, record=record, missed=missed)


class FakeHistory:
    def __init__(self, entries: list[CallHistoryEntry]) -> None:
        self.entries = entries

    def recent(self, *, limit: int = 200, account_key: str | None = None) -> list[CallHistoryEntry]:
        return self.entries[:limit]

    def delete(self, entry_id: int) -> bool:
        kept = [e for e in self.entries if e.id != entry_id]
        deleted = len(kept) < len(self.entries)
        self.entries = kept
        return deleted


def test_rows_and_roles(qtmodeltester) -> None:
    history = FakeHistory(
        [
            entry(
                1,
                "sip:+33612345678@example.org;user=phone",
                CallDirection.INCOMING,
                answered=False,
                missed=True,
            ),
            entry(2, "sip:alice@example.org"),
        ]
    )
    model = CallHistoryModel(history, home_region="FR")
    qtmodeltester.check(model)
    missed, outgoing = model.index(0, 0), model.index(1, 0)
    assert missed.data(Qt.ItemDataRole.DisplayRole) == "06 12 34 56 78"
    assert missed.data(HistoryRole.NUMBER) == "+33612345678"
    assert missed.data(HistoryRole.MISSED) is True
    assert missed.data(HistoryRole.DURATION) == 0
    assert missed.data(HistoryRole.DIRECTION) is CallDirection.INCOMING
    assert outgoing.data(Qt.ItemDataRole.DisplayRole) == "alice@example.org"
    assert outgoing.data(HistoryRole.MISSED) is False
    assert outgoing.data(HistoryRole.DURATION) == 125
    assert outgoing.data(HistoryRole.PEER) == "sip:alice@example.org"


def test_reloads_when_a_call_is_logged(qtmodeltester, qtbot) -> None:
    history = FakeHistory([])
    model = CallHistoryModel(history)
    assert model.rowCount() == 0
    newest = entry(3, "sip:+4930123456@example.org")
    history.entries.insert(0, newest)
    with qtbot.waitSignal(model.modelReset):
        model.on_call_logged(newest)
    assert model.rowCount() == 1
    assert model.entry(0) == newest
    qtmodeltester.check(model)


def test_no_source_is_empty(qtmodeltester) -> None:
    model = CallHistoryModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
