"""Search finds Chinese and Latin text whatever the case and accents, long or short."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jego_desktop.domain.text_search import fold
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from tests.unit.store.conftest import ACCOUNT
from tests.unit.store.helpers import STORE_SETTINGS

BODIES = {
    "zh": "我们明天在北京见面，你好吗？",
    "greeting": "你好",
    "cafe": "Rendez-vous au Café de Flore à 8h",
    "upper": "MEETING MOVED TO FRIDAY",
    "naive": "a naïve question about the façade",
    "ok": "ok",
    "ja": "東京で会いましょう",
    "fullwidth": "ＡＢＣ株式会社",
}


@pytest.fixture
def search(db: Database) -> MessageSearch:
    return MessageSearch(db)


@pytest.fixture
def ids(conversations: ConversationStore, messages: MessageStore) -> dict[str, int]:
    bob = conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id
    carol = conversations.get_or_create(ACCOUNT, "sip:carol@example.com").id
    found = {}
    for number, (name, body) in enumerate(BODIES.items()):
        conversation = bob if number % 2 else carol
        found[name] = messages.insert_incoming(conversation, name, body).message.id
    return found


def names(ids: dict[str, int], found: list[int]) -> list[str]:
    by_id = {value: key for key, value in ids.items()}
    return [by_id[message_id] for message_id in found]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("北京见面", ["zh"]),  # Chinese, 3+ characters: the trigram index
        ("明天在", ["zh"]),
        ("你好", ["zh", "greeting"]),  # 2 characters: the scan of recent messages
        ("東京", ["ja"]),
        ("会", ["ja", "fullwidth"]),
        ("café", ["cafe"]),
        ("cafe", ["cafe"]),
        ("CAFÉ DE", ["cafe"]),
        ("Naive", ["naive"]),
        ("facade", ["naive"]),
        ("friday", ["upper"]),
        ("Meeting fri", ["upper"]),
        ("ok", ["ok"]),
        ("abc", ["fullwidth"]),
        ("8h flore", ["cafe"]),  # a short word narrows the indexed matches
        ("au", ["cafe"]),
        ("nowhere", []),
        ("北京 nowhere", []),
        ("   ", []),
    ],
)
def test_queries_find_what_a_user_expects(
    search: MessageSearch, ids: dict[str, int], query: str, expected: list[str]
) -> None:
    assert sorted(names(ids, [m.id for m in search.search(query)])) == sorted(expected)


def test_results_are_newest_first_and_limited(
    conversations: ConversationStore, messages: MessageStore, search: MessageSearch
) -> None:
    conversation = conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id
    stored = [
        messages.insert_outgoing(conversation, f"report number {n} 你好").id for n in range(20)
    ]

    assert [m.id for m in search.search("report", limit=5)] == stored[::-1][:5]
    assert [m.id for m in search.search("你好", limit=5)] == stored[::-1][:5]


def test_search_can_stay_in_one_conversation(
    search: MessageSearch, ids: dict[str, int], conversations: ConversationStore
) -> None:
    bob = conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id
    assert names(ids, [m.id for m in search.search("你好", conversation_id=bob)]) == ["greeting"]
    assert search.search("北京", conversation_id=bob) == []
    assert names(ids, [m.id for m in search.search("fri", conversation_id=bob)]) == ["upper"]


def test_short_words_look_only_at_recent_messages(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    conversation = conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id
    old = messages.insert_outgoing(conversation, "你好 long ago").id
    for n in range(10):
        messages.insert_outgoing(conversation, f"filler {n}")
    recent = messages.insert_outgoing(conversation, "你好 today").id

    bounded = MessageSearch(db, recent_scan_limit=5)
    assert [m.id for m in bounded.search("你好")] == [recent]
    assert [m.id for m in bounded.search("你好 long")] == [old]  # a long word: every message
    assert [m.id for m in MessageSearch(db).search("你好")] == [recent, old]


def test_only_text_is_indexed(
    search: MessageSearch, conversations: ConversationStore, messages: MessageStore
) -> None:
    conversation = conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id
    messages.insert_incoming(
        conversation, "x1", "<file-info>secret-url</file-info>", content_type="application/xml"
    )
    assert search.search("secret") == []
    assert search.search("file") == []


def test_quotes_and_operators_in_a_query_are_plain_text(
    search: MessageSearch, conversations: ConversationStore, messages: MessageStore
) -> None:
    conversation = conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id
    message = messages.insert_outgoing(conversation, 'he said "NEAR" OR AND* (x)')
    for query in ['"near"', "or and*", "(x)", '"', "AND"]:
        assert [m.id for m in search.search(query)] == [message.id], query


@STORE_SETTINGS
@given(
    body=st.text(min_size=1, max_size=80),
    start=st.integers(min_value=0, max_value=79),
    length=st.integers(min_value=1, max_value=12),
)
@example(body="00\x00", start=0, length=3)  # a NUL once broke the FTS5 query
@example(body="\x00", start=0, length=1)
def test_any_piece_of_a_body_finds_it(
    search: MessageSearch,
    conversations: ConversationStore,
    messages: MessageStore,
    body: str,
    start: int,
    length: int,
) -> None:
    conversation = conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id
    message = messages.insert_outgoing(conversation, body)
    words = fold(body).split()
    piece = " ".join(words)[start : start + length].strip()
    if piece:
        found = search.search(piece, conversation_id=conversation, limit=10_000)
        assert message.id in [m.id for m in found]


def test_the_index_can_be_rebuilt(db: Database, search: MessageSearch, ids: dict[str, int]) -> None:
    with db.write() as connection:  # lose the index's content, as a damaged index would
        connection.execute("INSERT INTO message_search (message_search) VALUES ('delete-all')")
    assert search.search("北京见面") == []

    search.rebuild_index()

    assert names(ids, [m.id for m in search.search("北京见面")]) == ["zh"]
    with db.write() as connection:
        connection.execute(
            "INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 1)"
        )
