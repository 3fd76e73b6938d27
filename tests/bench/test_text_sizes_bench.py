"""Laying out one new chat row: text measured the old (twice-shaping) way and the new way.

Run with `pytest tests/bench/test_text_sizes_bench.py -s`. Prints µs per row for each kind
of text; asserts only that both ways give the same sizes, never a duration.
"""

from __future__ import annotations

import random
import statistics
import time

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from jego_desktop.domain.messages import Message, MessageDirection, MessageState
from jego_desktop.ui.chats.bubble_layout import TextSizes, bubble_geometry
from tests.bench.test_chat_bench import WORDS
from tests.ui.text_corpus import CJK, EMOJI, LATIN, RTL
from tests.ui.text_sizes_before import TextSizesBefore, measure_before

pytestmark = pytest.mark.bench

ROWS = 2000
ROUNDS = 7
ROW = QRect(0, 0, 760, 0)


def chat_bench_texts() -> list[str]:
    rng = random.Random(7)  # the mix of tests/bench/test_chat_bench.py
    return [" ".join(rng.choices(WORDS, k=rng.choice((2, 5, 12, 40)))) for _ in range(ROWS)]


def repeated(texts: list[str]) -> list[str]:
    return [texts[number % len(texts)] for number in range(ROWS)]


def messages(texts: list[str]) -> list[Message]:
    return [
        Message(
            id=number,
            conversation_id=1,
            direction=MessageDirection.INCOMING if number % 3 else MessageDirection.OUTGOING,
            message_id=f"m{number}",
            body=text,
            content_type="text/plain",
            state=MessageState.DELIVERED,
            created_at=1_700_000_000.0 + number,
        )
        for number, text in enumerate(texts)
    ]


def lay_out(rows: list[Message], sizes: TextSizes) -> float:
    """µs per row, every row laid out for the first time (a new cache)."""
    font = QFont()
    small = QFontMetrics(QFont())
    start = time.perf_counter()
    for message in rows:
        bubble_geometry(
            ROW,
            message,
            has_day=False,
            font=font,
            small_metrics=small,
            sizes=sizes,
            meta_text="12:34",
            picture_sizes={},
        )
    return (time.perf_counter() - start) / len(rows) * 1e6


def before_and_after(rows: list[Message]) -> tuple[float, float]:
    """Medians of rounds that alternate, so that load from other processes hits both alike."""
    before: list[float] = []
    after: list[float] = []
    for _ in range(ROUNDS):
        before.append(lay_out(rows, TextSizesBefore()))
        after.append(lay_out(rows, TextSizes()))
    return statistics.median(before), statistics.median(after)


def test_new_row_layout_before_and_after(qtbot: QtBot) -> None:
    kinds = {
        "chat bench mix (2-40 words, some Chinese)": chat_bench_texts(),
        "short Latin lines": repeated(LATIN[:5]),
        "long Latin paragraphs and words": repeated(LATIN[5:8]),
        "Chinese, Japanese, Korean": repeated(CJK),
        "emoji": repeated(EMOJI),
        "right-to-left": repeated(RTL),
    }
    print(f"\nnew chat row layout, µs per row (median of {ROUNDS} x {ROWS} rows)")
    print(f"  {'texts':<44} {'before':>8} {'after':>8}")
    font = QFont()
    for name, texts in kinds.items():
        rows = messages(texts)
        before, after = before_and_after(rows)
        print(f"  {name:<44} {before:>8.1f} {after:>8.1f}", flush=True)
        sizes = TextSizes()
        for message in rows[:200]:
            assert sizes.measure(message.id, message.body, font, 512) == measure_before(
                message.body, font, 512
            )
