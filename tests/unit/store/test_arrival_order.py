"""Messages a server kept for us arrive together and out of order: they keep the order
their sender wrote them in, and nothing else moves."""

from __future__ import annotations

import itertools

import pytest

from jego_desktop.store.arrival_order import BURST_SECONDS
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.messages import MessageStore
from tests.unit.store.conftest import ACCOUNT

NOW = 1_800_000_000.0
WRITTEN = {"m1": NOW - 300.000, "m2": NOW - 299.998, "m3": NOW - 299.996, "pic": NOW - 200.0}


@pytest.fixture
def conversation_id(conversations: ConversationStore) -> int:
    return conversations.get_or_create(ACCOUNT, "sip:alice@example.com").id


@pytest.mark.parametrize("arrival", list(itertools.permutations(WRITTEN)))
def test_a_burst_keeps_the_order_it_was_written_in(
    messages: MessageStore, conversation_id: int, arrival: tuple[str, ...]
) -> None:
    for n, message_id in enumerate(arrival):
        messages.insert_incoming(
            conversation_id, message_id, message_id,
            sent_at=WRITTEN[message_id], received_at=NOW + n * 0.002,
        )  # fmt: skip
    page = messages.page(conversation_id)
    assert [m.message_id for m in page] == ["m1", "m2", "m3", "pic"]
    assert all(NOW - 1 < m.created_at <= NOW + 1 for m in page)


def test_a_wrong_clock_never_moves_a_message_among_older_talk(
    messages: MessageStore, conversation_id: int
) -> None:
    messages.insert_incoming(conversation_id, "old", "old", sent_at=NOW, received_at=NOW)
    mine = messages.insert_outgoing(conversation_id, "my reply", created_at=NOW + 10)
    # the peer's clock is a day behind: its message still comes after my reply
    late = NOW + BURST_SECONDS + 20
    messages.insert_incoming(conversation_id, "new", "new", sent_at=NOW - 86400, received_at=late)
    assert [m.message_id for m in messages.page(conversation_id)] == [
        "old", mine.message_id, "new",
    ]  # fmt: skip


def test_messages_without_a_timestamp_stay_in_arrival_order(
    messages: MessageStore, conversation_id: int
) -> None:
    for n in range(3):
        messages.insert_incoming(conversation_id, f"p{n}", "plain", received_at=NOW + n)
    assert [m.message_id for m in messages.page(conversation_id)] == ["p0", "p1", "p2"]
