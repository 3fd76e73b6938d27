"""TextSizes shapes each text once and still measures exactly what it measured before."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout
from pytestqt.qtbot import QtBot

from jego_desktop.ui.chats import bubble_layout
from jego_desktop.ui.chats.bubble_layout import TextSizes
from tests.ui.text_corpus import CORPUS, WIDTHS
from tests.ui.text_sizes_before import measure_before


def fonts() -> list[QFont]:
    big = QFont()
    big.setPointSize(15)
    return [QFont(), big]


def test_sizes_are_identical_to_before_for_every_script_and_width(qtbot: QtBot) -> None:
    sizes = TextSizes()
    differences = []
    checked = 0
    for font in fonts():
        for width in WIDTHS:
            for key, text in enumerate(CORPUS):
                now = sizes.measure(key, text, font, width)
                before = measure_before(text, font, width)
                checked += 1
                if now != before:
                    differences.append((text[:30], font.pointSize(), width, before, now))
    assert differences == []
    assert checked == 2 * len(WIDTHS) * len(CORPUS)


class ShapingCounter:
    """Counts the ways TextSizes can shape a text: font-metric advances and layouts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real_advance = QFontMetricsF.horizontalAdvance
        real_bounding = QFontMetricsF.boundingRect
        real_layout = bubble_layout.text_layout

        def advance(metrics: QFontMetricsF, *args: object) -> float:
            self.count += 1
            return real_advance(metrics, *args)  # type: ignore[call-overload, no-any-return]

        def bounding(metrics: QFontMetricsF, *args: object) -> object:
            self.count += 1
            return real_bounding(metrics, *args)  # type: ignore[call-overload]

        def layout(text: str, font: QFont, width: int) -> QTextLayout:
            self.count += 1
            return real_layout(text, font, width)

        monkeypatch.setattr(QFontMetricsF, "horizontalAdvance", advance)
        monkeypatch.setattr(QFontMetricsF, "boundingRect", bounding)
        monkeypatch.setattr(bubble_layout, "text_layout", layout)


@pytest.mark.parametrize(
    "text",
    [
        "See you at the station tonight?",
        " ".join(["bonjour demain merci"] * 30),
        "x" * 300,
        "我们明天在车站见面，好吗？",
        "Happy birthday 🎂🎉🥳",
        "مرحبا، كيف حالك؟",
        "Dear Bob,\nthe files are here.",
    ],
)
def test_each_text_is_shaped_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    font = QFont()
    sizes = TextSizes()
    counter = ShapingCounter(monkeypatch)
    sizes.measure(1, text, font, 381)
    assert counter.count == 1
    sizes.measure(1, text, font, 381)  # asked again while scrolling: from the cache
    assert counter.count == 1
