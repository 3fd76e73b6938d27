"""TextSizes as it was before it shaped each text once: the reference its sizes must match.

Kept frozen for tests/ui/chats/test_text_sizes.py and tests/bench/test_text_sizes_bench.py.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from jego_desktop.ui.chats.bubble_layout import TextSizes, text_layout

_LATIN_END = "\u0250"


class TextSizesBefore(TextSizes):
    """The old measure: advance first, then a bounding rectangle or a layout (a second shaping)."""

    def __init__(self) -> None:
        super().__init__()
        self._old_sizes: OrderedDict[tuple[int, int, str], tuple[int, int, int]] = OrderedDict()
        self._old_key = ""
        self._old_metrics = QFontMetricsF(QFont())

    def measure(self, key: int, text: str, font: QFont, width: int) -> tuple[int, int, int]:
        cache_key = (key, width, font.key())
        found = self._old_sizes.get(cache_key)
        if found is not None:
            return found
        result = self._measure(text, font, width)
        self._old_sizes[cache_key] = result
        return result

    def _measure(self, text: str, font: QFont, width: int) -> tuple[int, int, int]:
        if "\n" not in text:
            metrics = self._font_metrics_of(font)
            advance = math.ceil(metrics.horizontalAdvance(text))
            if advance <= width:
                if max(text, default=" ") < _LATIN_END:
                    height = metrics.height()
                else:
                    height = metrics.boundingRect(
                        QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text
                    ).height()
                return (advance, math.ceil(height), advance)
        layout = text_layout(text, font, width)
        natural = 0.0
        height = 0.0
        last = 0.0
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            natural = max(natural, line.naturalTextWidth())
            height = line.y() + line.height()
            last = line.naturalTextWidth()
        return (math.ceil(natural), math.ceil(height), math.ceil(last))

    def _font_metrics_of(self, font: QFont) -> QFontMetricsF:
        key = font.key()
        if key != self._old_key:
            self._old_key = key
            self._old_metrics = QFontMetricsF(font)
        return self._old_metrics


def measure_before(text: str, font: QFont, width: int) -> tuple[int, int, int]:
    """(natural width, height, width of the last line), computed the old, twice-shaping way."""
    return TextSizesBefore().measure(0, text, font, width)
