"""The chat models over a real store: paging, live updates, order, unread, typing, search."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QPersistentModelIndex

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import TypingChanged
from jego_desktop.domain.messages import MessageState
from jego_desktop.models.chats.conversation_list import ConversationListModel, ConversationRole
from jego_desktop.models.chats.conversation_messages import ConversationMessagesModel, MessageRole
from jego_desktop.models.chats.search_results import ResultRole, SearchResultsModel
from jego_desktop.models.contacts.peer_names import PeerNames
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from tests.unit.models.chat_rows import ACCOUNT, ALICE, BOB, DAY, START, CountingPages, bodies, fill


def test_messages_open_on_the_newest_page_and_fetch_older_ones(
    db: Database, qtmodeltester: Any
) -> None:
    conversation_id = fill(db, BOB, 250)
    model = ConversationMessagesModel(
        MessageStore(db), NewerMessages(db), page_size=100, max_rows=1000
    )
    model.set_conversation(conversation_id)
    assert bodies(model) == [f"message {n}" for n in range(150, 250)]
    assert model.canFetchMore()
    qtmodeltester.check(model)

    model.fetchMore()
    model.fetchMore()
    assert bodies(model) == [f"message {n}" for n in range(250)]
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_day_role_marks_the_first_message_of_each_day(db: Database) -> None:
    conversation_id = fill(db, BOB, 6, step=DAY / 2)  # two messages a day
    model = ConversationMessagesModel(MessageStore(db), NewerMessages(db))
    model.set_conversation(conversation_id)
    days = [model.index(row, 0).data(MessageRole.DAY) for row in range(model.rowCount())]
    starts = [row for row, day in enumerate(days) if day is not None]
    assert 0 in starts
    assert len(starts) in (3, 4)  # depends on where midnight falls in the local zone
    for row in starts[1:]:
        assert days[row] != model.index(row - 1, 0).data(MessageRole.MESSAGE).created_at


def test_live_messages_append_and_state_changes_update_in_place(
    db: Database, qtmodeltester: Any
) -> None:
    conversation_id = fill(db, BOB, 3)
    store = MessageStore(db)
    model = ConversationMessagesModel(store, NewerMessages(db))
    model.set_conversation(conversation_id)
    qtmodeltester.check(model)
    new = store.insert_outgoing(conversation_id, "live", created_at=START + 10_000)
    model.on_message_added(new)
    model.on_message_added(new)  # twice: still one row
    assert bodies(model)[-1] == "live" and model.rowCount() == 4
    other = fill(db, ALICE, 1)
    model.on_message_added(store.page(other)[0])  # another conversation: ignored
    assert model.rowCount() == 4

    update = store.update_outgoing_state(new.message_id, MessageState.DELIVERED)
    assert update is not None
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    model.on_message_changed(update.message)
    assert changed == [3]
    assert model.index(3, 0).data(MessageRole.MESSAGE).state is MessageState.DELIVERED


def test_messages_read_updates_the_loaded_rows_with_one_signal(
    db: Database, qtmodeltester: Any
) -> None:
    conversation_id = ConversationStore(db).get_or_create(ACCOUNT, BOB).id
    store = MessageStore(db)
    for number in range(300):
        store.insert_incoming(
            conversation_id, f"in-{number}", f"in {number}", received_at=START + number
        )
    store.insert_outgoing(conversation_id, "mine", created_at=START + 1_000)
    model = ConversationMessagesModel(store, NewerMessages(db), page_size=100)
    model.set_conversation(conversation_id)
    signals: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): signals.append((top.row(), bottom.row()))
    )
    model.on_messages_read(conversation_id + 1, START + 5_000)  # another conversation
    assert signals == []

    store.mark_read(conversation_id, at=START + 5_000)
    model.on_messages_read(conversation_id, START + 5_000)
    assert signals == [(0, 98)]  # the 99 incoming rows loaded; the outgoing one is not touched
    shown = [model.index(row, 0).data(MessageRole.MESSAGE) for row in range(model.rowCount())]
    assert [m.state for m in shown[:-1]] == [MessageState.DISPLAYED] * 99
    assert {m.displayed_at for m in shown[:-1]} == {START + 5_000}
    assert shown[-1].body == "mine" and shown[-1].state is not MessageState.DISPLAYED
    assert shown == store.page(conversation_id, limit=100)  # what a reload would show
    model.fetchMore()  # older rows come from the store, already read
    assert model.index(0, 0).data(MessageRole.MESSAGE).state is MessageState.DISPLAYED
    qtmodeltester.check(model)


def test_load_around_a_hit_deep_in_history_then_page_both_ways(
    db: Database, qtmodeltester: Any
) -> None:
    conversation_id = fill(db, BOB, 1000)
    store = MessageStore(db)
    hit = next(m for m in store.page(conversation_id, limit=1000) if m.body == "message 300")
    model = ConversationMessagesModel(store, NewerMessages(db), page_size=100, max_rows=2000)
    row = model.load_around(hit)
    assert model.index(row, 0).data() == "message 300"
    assert bodies(model)[0] == "message 250" and bodies(model)[-1] == "message 350"
    assert model.has_newer() and model.canFetchMore()

    live = store.insert_outgoing(conversation_id, "newest", created_at=START + 10**6)
    model.on_message_added(live)  # the end is not loaded: it comes with the pages
    assert "newest" not in bodies(model)
    while model.has_newer():
        model.fetch_newer()
    assert bodies(model)[-2:] == ["message 999", "newest"]
    model.fetchMore()
    assert bodies(model)[0] == "message 150"
    while model.canFetchMore():
        model.fetchMore()
    assert bodies(model) == [f"message {n}" for n in range(1000)] + ["newest"]
    # The tester fetches by itself; attached only now, as it cannot follow its own
    # fetchMore nested inside the notification of a fetch_newer.
    qtmodeltester.check(model)


def test_conversation_list_sorted_by_activity_with_unread_and_typing(
    db: Database, qtmodeltester: Any
) -> None:
    conversations = ConversationStore(db)
    store = MessageStore(db)
    bob = conversations.get_or_create(ACCOUNT, BOB)
    alice = conversations.get_or_create(ACCOUNT, ALICE)
    now = time.time()  # conversations are created "now": activity must be later
    store.insert_outgoing(bob.id, "old", created_at=now + 10)
    store.insert_incoming(alice.id, "a1", "<b>hi</b>", received_at=now + 60)
    names = PeerNames([Contact("Bob Martin", (PhoneNumber("06 98 76 54 32"),))])
    model = ConversationListModel(conversations, names=names.name_for, home_region="FR")
    totals: list[int] = []
    model.unread_changed.connect(totals.append)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["alice@example.net", "Bob Martin"]
    assert model.index(0, 0).data(ConversationRole.UNREAD) == 1
    assert model.unread_total == 1

    bob_row = QPersistentModelIndex(model.index(1, 0))
    store.insert_incoming(bob.id, "b1", "new from bob", received_at=now + 120)
    store.insert_incoming(bob.id, "b2", "again", received_at=now + 130)
    model.refresh()
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["Bob Martin", "alice@example.net"]
    assert bob_row.row() == 0
    assert model.index(0, 0).data(ConversationRole.PREVIEW).text == "again"
    assert totals == [3]

    model.on_typing_changed(TypingChanged(ACCOUNT, ALICE, True))
    assert model.index(1, 0).data(ConversationRole.TYPING) is True
    model.on_typing_changed(TypingChanged(ACCOUNT, ALICE, False))
    assert model.index(1, 0).data(ConversationRole.TYPING) is False

    store.mark_read(bob.id)
    model.refresh()
    assert totals == [3, 1]


def test_search_results_name_their_conversation(db: Database, qtmodeltester: Any) -> None:
    conversation_id = fill(db, BOB, 5)
    conversations = ConversationStore(db)
    titles = ConversationListModel(conversations)
    model = SearchResultsModel(titles.title_of)
    model.set_sources(MessageSearch(db), conversations)
    model.set_query("message 3")
    qtmodeltester.check(model)
    assert model.rowCount() >= 1
    hit = model.message(0)
    assert hit is not None and hit.conversation_id == conversation_id
    assert "+33 6 98 76 54 32" in model.index(0, 0).data(ResultRole.TITLE)
    model.set_query("")
    assert model.rowCount() == 0


def test_peer_names_match_national_and_international_spellings() -> None:
    names = PeerNames(
        [
            Contact("Camille", (PhoneNumber("06 12 34 56 78"),)),
            Contact("Alice", sip_uri="sip:Alice@Example.net"),
        ]
    )
    assert names.name_for("sip:+33612345678@sip.example.org;user=phone") == "Camille"
    assert names.name_for("sip:Alice@example.net") == "Alice"
    assert names.name_for("sip:+33698765432@sip.example.org") == ""
    assert names.name_for("not a uri") == ""


def test_paging_keeps_a_bounded_window_and_pages_back_down(
    db: Database, qtmodeltester: Any
) -> None:
    conversation_id = fill(db, BOB, 1000)
    model = ConversationMessagesModel(
        MessageStore(db), NewerMessages(db), page_size=100, max_rows=300
    )
    model.set_conversation(conversation_id)
    while model.canFetchMore():
        model.fetchMore()
        assert model.rowCount() <= 300
    assert bodies(model) == [f"message {n}" for n in range(300)]
    assert model.has_newer()  # the newest ones were dropped on the way up
    while model.has_newer():
        model.fetch_newer()
        assert model.rowCount() <= 300
    assert bodies(model) == [f"message {n}" for n in range(700, 1000)]
    assert model.canFetchMore()
    assert model.index(0, 0).data(MessageRole.DAY) is not None
    qtmodeltester.check(model)


def test_the_page_read_ahead_is_the_one_inserted_with_its_day_headings(
    db: Database, qtmodeltester: Any
) -> None:
    # Two messages a day: the page read ahead says which rows will start a day.
    conversation_id = fill(db, BOB, 300, step=DAY / 2)
    older = CountingPages(MessageStore(db))
    model = ConversationMessagesModel(older, NewerMessages(db), page_size=100)
    model.set_conversation(conversation_id)
    queries = older.queries

    ahead = model.older_ahead()
    assert [message.body for message, _day in ahead] == [f"message {n}" for n in range(100, 200)]
    assert model.older_ahead() == ahead  # read once
    assert older.queries == queries + 1
    model.fetchMore()
    assert older.queries == queries + 1  # fetchMore used the page read ahead
    assert bodies(model) == [f"message {n}" for n in range(100, 300)]
    for row, (message, starts_day) in enumerate(ahead):
        assert model.message(row) == message
        assert (model.index(row, 0).data(MessageRole.DAY) is not None) == starts_day
        assert model.row_entry(row) == (message, starts_day)
    assert model.row_entry(200) is None
    qtmodeltester.check(model)


def test_a_page_read_ahead_is_read_again_when_it_may_be_stale(db: Database) -> None:
    conversation_id = fill(db, BOB, 300)
    store = MessageStore(db)
    older = CountingPages(store)
    model = ConversationMessagesModel(older, NewerMessages(db), page_size=100)
    model.set_conversation(conversation_id)
    ahead = model.older_ahead()
    # An old message (in the page read ahead) changes: the page is read again.
    old = ahead[10][0]
    update = store.update_outgoing_state(old.message_id, MessageState.FAILED, reason="gone")
    assert update is not None
    model.on_message_changed(update.message)
    queries = older.queries
    model.fetchMore()
    assert older.queries == queries + 1
    assert model.message(10) == update.message
    # Another conversation shown: what was read ahead for the first one is not used.
    model.older_ahead()
    other = fill(db, ALICE, 150)
    model.set_conversation(other)
    model.fetchMore()
    assert bodies(model) == [f"message {n}" for n in range(150)]
