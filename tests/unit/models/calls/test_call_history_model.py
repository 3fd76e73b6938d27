"""CallHistoryModel shows CallHistory.recent() and reloads when a call is logged."""

from __future__ import annotations

from dataclasses import replace

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

    def recent(
        self, *, limit: int = 200, account_key: str | None = None, missed_only: bool = False
    ) -> list[CallHistoryEntry]:
        return [e for e in self.entries if e.missed or not missed_only][:limit]

    def clear(self) -> int:
        count, self.entries = len(self.entries), []
        return count

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


def failed_call(entry_id: int, peer: str, reason: str) -> CallHistoryEntry:
    plain = entry(entry_id, peer, answered=False)
    return CallHistoryEntry(plain.id, replace(plain.record, reason=reason), plain.missed)


def test_an_outgoing_call_that_failed_says_why() -> None:
    history = FakeHistory(
        [
            failed_call(1, "sip:+33612345678@example.org", "number not found"),
            failed_call(2, "sip:+33612345678@example.org", "busy"),
            failed_call(3, "sip:+33612345678@example.org", "server unreachable"),
            failed_call(4, "sip:+33612345678@example.org", "cancelled"),  # the user gave up
            failed_call(5, "sip:+33612345678@example.org", "483 Too Many Hops"),
            entry(6, "sip:+33612345678@example.org"),
        ]
    )
    model = CallHistoryModel(history, home_region="FR")
    details = [model.index(row, 0).data(HistoryRole.DETAIL) for row in range(6)]
    assert details == [
        "Outgoing · Number not found",
        "Outgoing · Busy",
        "Outgoing · Can't reach the server",
        "Outgoing, not answered",
        "Outgoing · Call failed (483 Too Many Hops)",
        "Outgoing · 2:05",
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Outgoing call to 06 12 34 56 78: Outgoing · Number not found"
    )


def test_a_contact_is_named_with_the_number_under_the_name(qtbot) -> None:
    history = FakeHistory(
        [entry(1, "sip:+33612345678@example.org"), entry(2, "sip:bob@example.org")]
    )
    model = CallHistoryModel(history, home_region="FR")
    first = model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "06 12 34 56 78"
    assert first.data(HistoryRole.NAME) == ""

    names = {"sip:+33612345678@example.org": "王小明"}
    with qtbot.waitSignal(model.dataChanged):
        model.set_names(lambda uri: names.get(uri, ""))
    assert first.data(Qt.ItemDataRole.DisplayRole) == "王小明"
    assert first.data(HistoryRole.NAME) == "王小明"
    assert first.data(HistoryRole.DETAIL) == "06 12 34 56 78 · Outgoing · 2:05"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Outgoing call to 王小明 (06 12 34 56 78)"
    )
    assert model.index(1, 0).data(Qt.ItemDataRole.DisplayRole) == "bob@example.org"


def test_deleting_a_row_deletes_the_call_from_the_store(qtmodeltester) -> None:
    history = FakeHistory([entry(1, "sip:alice@example.org"), entry(2, "sip:bob@example.org")])
    model = CallHistoryModel(history)
    assert model.delete_row(0)
    qtmodeltester.check(model)
    assert [e.id for e in history.entries] == [2]
    assert model.rowCount() == 1
    assert model.index(0, 0).data(HistoryRole.PEER) == "sip:bob@example.org"
    assert not model.delete_row(5)
