"""Opening a long conversation in the Chats view and scrolling to its top.

Run with `JEGO_CHAT_BENCH_MESSAGES=100000 pytest tests/bench/test_chat_bench.py -s` for the
README's 100,000 messages (the test run uses 30,000: dragging to the top loads ~20 rows a
step, ~9 ms each, 45 s for 100,000). Prints figures (time, memory);
asserts only that the oldest message was reached, never a duration.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex
from pytestqt.qtbot import QtBot

from jego_desktop.domain.text_search import fold
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.style import LIGHT
from tests.ui.chats.test_chats_page import ACCOUNT, BOB, services
from tests.ui.fake_engine import FakeEngine

pytestmark = pytest.mark.bench

MESSAGES = int(os.environ.get("JEGO_CHAT_BENCH_MESSAGES", "30000"))
BATCH = 20_000
IDLE_LOADS = 30
WORDS = [
    "bonjour",
    "demain",
    "réunion",
    "merci",
    "café",
    "我们",
    "明天",
    "见面",
    "see",
    "you",
    "at",
    "the",
    "station",
    "tonight",
]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def fill(database: Database, conversation_id: int) -> float:
    """MESSAGES rows in one conversation, a few seconds apart, some long; returns seconds."""
    rng = random.Random(7)
    start = time.perf_counter()
    base = time.time() - MESSAGES * 40.0
    for first in range(0, MESSAGES, BATCH):
        rows = []
        for number in range(first, min(first + BATCH, MESSAGES)):
            text = " ".join(rng.choices(WORDS, k=rng.choice((2, 5, 12, 40))))
            incoming = number % 3 != 0
            rows.append(
                (
                    conversation_id,
                    "incoming" if incoming else "outgoing",
                    f"bench-{number}",
                    text,
                    "displayed" if incoming else rng.choice(("sent", "delivered", "displayed")),
                    base + number * 40.0,
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
    return time.perf_counter() - start


def settle(rounds: int = 3) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def test_open_and_scroll_a_long_conversation(qtbot: QtBot, tmp_path: Path) -> None:
    def note(name: str, value: str) -> None:
        print(f"  {name:<66} {value}", flush=True)

    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    print(f"\nchat bench: {MESSAGES:,} messages in one conversation")
    database = Database.open(tmp_path / "bench.sqlite3")
    try:
        conversation = ConversationStore(database).get_or_create(ACCOUNT, BOB)
        seconds = fill(database, conversation.id)
        note("bulk insert", f"{MESSAGES / seconds:,.0f} /s")

        engine = FakeEngine()
        _messaging, chat_services = services(engine, database)
        dial_pad = DialPadModel("FR")
        page = ChatsPage(LIGHT, dial_pad.uri_for, account_key=lambda: ACCOUNT)
        page.connect_services(chat_services)
        qtbot.addWidget(page)
        page.resize(1000, 720)
        page.show()
        qtbot.waitExposed(page)
        settle()
        before = rss_mb()
        note("RSS before opening", f"{before:,.0f} MB")

        start = time.perf_counter()
        page.open_conversation(ACCOUNT, BOB)
        page.view.list.doItemsLayout()
        page.view.list.viewport().repaint()
        opened = time.perf_counter() - start
        note("open: newest page loaded, laid out and painted", f"{opened * 1000:,.1f} ms")
        note("rows loaded after opening", f"{page.messages.rowCount():,}")

        view = page.view.list
        bar = view.verticalScrollBar()
        # The user reads a while before reaching the top: the view prepares the next page.
        read_first: list[float] = []
        for _ in range(IDLE_LOADS):
            qtbot.wait(150)
            began = time.perf_counter()
            bar.setValue(0)
            settle()
            view.viewport().repaint()
            read_first.append((time.perf_counter() - began) * 1000)
        note(
            f"one page load after reading 150 ms ({IDLE_LOADS} loads; median / max)",
            f"{statistics.median(read_first):.1f} / {max(read_first):.1f} (max) ms",
        )

        loads: list[float] = []  # one page loaded, laid out and painted: the hitch felt
        start = time.perf_counter()
        while page.messages.canFetchMore(QModelIndex()):
            began = time.perf_counter()
            bar.setValue(0)  # the user drags to the top; the view asks for older pages
            settle()
            view.viewport().repaint()
            loads.append((time.perf_counter() - began) * 1000)
        fetches = len(loads)
        to_top = time.perf_counter() - start
        note(f"then drag straight to the top ({fetches} page loads)", f"{to_top:,.1f} s")
        note(
            "one page load at the top, incl. layout and paint (median / p95)",
            f"{statistics.median(loads):.0f} / {sorted(loads)[int(len(loads) * 0.95)]:.0f} ms",
        )
        note("RSS at the top", f"{rss_mb():,.0f} MB (+{rss_mb() - before:,.0f})")
        oldest = page.messages.message(0)
        assert oldest is not None and oldest.message_id == "bench-0"  # the very first one
        note("rows loaded at the top (the window kept in memory)", f"{page.messages.rowCount():,}")

        paints = []
        step = max(1, bar.maximum() // 300)
        for value in range(0, min(bar.maximum(), step * 300), step):
            bar.setValue(value)
            frame = time.perf_counter()
            view.viewport().repaint()
            paints.append((time.perf_counter() - frame) * 1000)
        note(
            "repaint after a scroll step at the top (median / p95)",
            f"{statistics.median(paints):.1f} / {sorted(paints)[int(len(paints) * 0.95)]:.1f} ms",
        )
        page.close()
        settle()
    finally:
        database.close()
