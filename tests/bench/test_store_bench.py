"""Message store figures on a generated profile: N messages across 1,000 conversations.

One conversation in ten messages is in the first, big conversation (100,000 of 1,000,000);
the others share the rest at random.

Run with `pytest tests/bench/test_store_bench.py -s`; N comes from JEGO_BENCH_MESSAGES,
200,000 by default in the test run (~35 s on 2 cores); the README's figures are of
500,000 (~1 minute; 1,000,000 takes about 3.5 minutes, most of it building the trigram
index). Prints figures only: timings depend
on the machine and assert nothing.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from jego_desktop.domain.messages import MessageCursor, MessageState
from jego_desktop.domain.text_search import fold
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch

pytestmark = pytest.mark.bench

MESSAGES = int(os.environ.get("JEGO_BENCH_MESSAGES", "200000"))
CONVERSATIONS = 1_000
BATCH = 20_000
ACCOUNT = "+8613800138000@sip.example.com"

_CHINESE_PAIRS = "我们明天北京见面你好谢谢会议时间地点上海朋友电话晚饭工作周末天气"
CHINESE = [_CHINESE_PAIRS[i : i + 2] for i in range(0, len(_CHINESE_PAIRS), 2)]
LATIN = ["rendez-vous", "café", "demain", "réunion", "bonjour", "merci", "dinner", "naïve"]
RARE_CHINESE = "量子计算机"  # in about 1 message of 20,000
RARE_LATIN = "Übersetzungsbüro"


def body(rng: random.Random, number: int) -> str:
    if number % 20_000 == 7:
        return f"你知道{RARE_CHINESE}吗 {RARE_LATIN}"
    if rng.random() < 0.5:
        return "".join(rng.choices(CHINESE, k=rng.randint(3, 12))) + "。"
    return " ".join(rng.choices(LATIN, k=rng.randint(3, 12))).capitalize() + "."


def timed(action: Callable[[], object], repeat: int = 7) -> tuple[float, object]:
    """Median wall time in milliseconds, and the last result."""
    times = []
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def fill(database: Database, conversation_ids: list[int], rng: random.Random) -> float:
    """Insert MESSAGES rows in batches (the columns MessageStore writes); returns seconds."""
    start = time.perf_counter()
    base = 1_600_000_000.0
    for first in range(0, MESSAGES, BATCH):
        rows = []
        for number in range(first, min(first + BATCH, MESSAGES)):
            text = body(rng, number)
            incoming = number % 3 != 0
            rows.append(
                (
                    conversation_ids[0] if number % 10 == 0 else rng.choice(conversation_ids),
                    "incoming" if incoming else "outgoing",
                    f"bench-{number}",
                    text,
                    "received" if incoming else "delivered",
                    base + number * 30.0,
                    fold(text),
                )
            )
        with database.write() as connection:
            connection.executemany(
                "INSERT INTO messages (conversation_id, direction, message_id, body,"
                " content_type, state, created_at, search_text)"
                " VALUES (?, ?, ?, ?, 'text/plain', ?, ?, ?)",
                rows,
            )
    with database.write() as connection:
        connection.execute(
            "UPDATE conversations SET last_activity_at = coalesce((SELECT max(created_at)"
            " FROM messages WHERE conversation_id = conversations.id), last_activity_at),"
            " unread_count = (SELECT count(*) FROM messages WHERE conversation_id ="
            " conversations.id AND direction = 'incoming' AND state = 'received')"
        )
    return time.perf_counter() - start


def file_size(path: Path) -> int:
    return sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )


def test_message_store_figures(tmp_path: Path) -> None:
    path = tmp_path / "bench.sqlite3"
    rng = random.Random(20240501)
    figures: list[tuple[str, str]] = []

    def note(name: str, value: str) -> None:
        figures.append((name, value))
        print(f"  {name:<52} {value}", flush=True)

    print(f"\nstore bench: {MESSAGES:,} messages, {CONVERSATIONS:,} conversations")
    with Database.open(path) as database:
        conversations = ConversationStore(database)
        ids = [
            conversations.get_or_create(ACCOUNT, f"sip:+861390000{n:04d}@sip.example.com").id
            for n in range(CONVERSATIONS)
        ]
        seconds = fill(database, ids, rng)
        note("bulk insert (20,000 per transaction, FTS incl.)", f"{MESSAGES / seconds:,.0f} /s")

        messages = MessageStore(database)
        count = 300
        start = time.perf_counter()
        for number in range(count):
            messages.insert_incoming(ids[number % 50], f"api-in-{number}", body(rng, number))
        note(
            "insert_incoming, one durable (fsync) commit each",
            f"{count / (time.perf_counter() - start):,.0f} /s",
        )
        start = time.perf_counter()
        sent = [messages.insert_outgoing(ids[n % 50], body(rng, n)) for n in range(count)]
        note(
            "insert_outgoing, one commit each",
            f"{count / (time.perf_counter() - start):,.0f} /s",
        )
        start = time.perf_counter()
        for message in sent:
            messages.update_outgoing_state(message.message_id, MessageState.SENT)
        note(
            "update_outgoing_state, one commit each",
            f"{count / (time.perf_counter() - start):,.0f} /s",
        )

        sample = rng.sample(ids[1:], 50)
        newest = statistics.median(timed(partial(messages.page, c), 3)[0] for c in sample)
        note("newest 50 messages of a conversation", f"{newest:.2f} ms")
        big = ids[0]
        newest_big, _ = timed(lambda: messages.page(big))
        note(f"newest 50 of the big one ({MESSAGES // 10:,} messages)", f"{newest_big:.2f} ms")
        with database.read() as connection:
            middle = connection.execute(
                "SELECT created_at, id FROM messages WHERE conversation_id = ?"
                " ORDER BY created_at LIMIT 1 OFFSET ?",
                (big, MESSAGES // 20),
            ).fetchone()
        deep = MessageCursor(middle[0], middle[1])
        deep_ms, _ = timed(lambda: messages.page(big, before=deep))
        note("50 before a cursor halfway through the big one", f"{deep_ms:.2f} ms")
        listed, summaries = timed(conversations.summaries, 3)
        note(f"conversation list with previews ({len(summaries):,})", f"{listed:.1f} ms")  # type: ignore[arg-type]
        outbox, _ = timed(lambda: messages.outbox(ACCOUNT))
        note("outbox of the account", f"{outbox:.2f} ms")

        search = MessageSearch(database)
        for label, query in [
            ("search Chinese 3+ chars, common (北京见面)", "北京见面"),
            (f"search Chinese 3+ chars, rare ({RARE_CHINESE})", RARE_CHINESE),
            ("search Latin, common, accents folded (reunion)", "reunion"),
            ("search Latin, rare, any case (ubersetzungsburo)", "ubersetzungsburo"),
            ("search 2-char Chinese (你好), recent-scan path", "你好"),
            ("search 2-char, no match (xz): full bounded scan", "xz"),
            ("search no match (zzzzzz)", "zzzzzz"),
        ]:
            elapsed, found = timed(partial(search.search, query))
            note(label, f"{elapsed:.2f} ms, {len(found):,} hits (limit 50)")  # type: ignore[arg-type]

        for label, conversation_id in [("a conversation", sample[0]), ("the big one", big)]:
            found = conversations.get(conversation_id)
            unread = found.unread_count if found else 0
            marked, _ = timed(partial(messages.mark_read, conversation_id), 1)
            note(f"mark {label} read ({unread:,} unread, scattered)", f"{marked:,.1f} ms")

    note("database size (with log, after close)", f"{file_size(path) / 1e6:,.0f} MB")
    start = time.perf_counter()
    with Database.open(path) as reopened:
        opened = time.perf_counter() - start
        assert reopened.recovery is None
    note("open with quick_check", f"{opened * 1000:,.0f} ms")
    start = time.perf_counter()
    Database.open(path, check=False).close()
    note("open without the check", f"{(time.perf_counter() - start) * 1000:,.1f} ms")
    assert len(figures) > 10
