"""Bubbles already laid out, per (message, row width, font size).

Every page loaded at the top of a long history makes the list view ask the height of
every loaded row again, and every repaint lays out the visible rows: remembering the
layout makes both a dictionary look-up for rows seen before.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QPixmap, QTextLayout

from jego_desktop.domain.messages import Message
from jego_desktop.ui.chats.bubble_layout import BubbleGeometry, text_layout

BUBBLE_LIMIT = 4_000  # a few windows of loaded rows, at one or two widths
TEXT_LAYOUT_LIMIT = 300  # a few screens of painted rows
PIXMAP_BYTES = 8 * 1024 * 1024  # painted bubbles: a few screens of them

Key = tuple[int | None, int, float]


@dataclass
class LaidOutBubble:
    message: Message
    has_day: bool
    pictures: int  # LaidOutBubbles.picture_version it was laid out with (files only)
    geometry: BubbleGeometry  # in a row whose top-left corner is (0, 0)
    size: QSize  # of the row


class LaidOutBubbles:
    """A bounded cache of LaidOutBubble, least recently used dropped first.

    An entry is used only for the same message content (Message is frozen: a state
    change arrives as a new value), the same day heading, and, for messages with
    files, the same known picture sizes (`picture_version`).
    """

    def __init__(
        self,
        limit: int = BUBBLE_LIMIT,
        text_limit: int = TEXT_LAYOUT_LIMIT,
        pixmap_bytes: int = PIXMAP_BYTES,
    ) -> None:
        self._bubbles: OrderedDict[Key, LaidOutBubble] = OrderedDict()
        self._texts: OrderedDict[Key, QTextLayout] = OrderedDict()
        self._pixmaps: OrderedDict[Key, _Painted] = OrderedDict()
        self._pixmap_bytes = 0
        self._limit = limit
        self._text_limit = text_limit
        self._pixmap_limit = pixmap_bytes
        self.picture_version = 0

    def __len__(self) -> int:
        return len(self._bubbles)

    def get(self, key: Key, message: Message, has_day: bool) -> LaidOutBubble | None:
        bubble = self._bubbles.get(key)
        if bubble is None or bubble.has_day != has_day:
            return None
        if bubble.message is not message and bubble.message != message:
            return None
        if message.attachments and bubble.pictures != self.picture_version:
            return None
        self._bubbles.move_to_end(key)
        return bubble

    def put(self, key: Key, bubble: LaidOutBubble) -> None:
        self._bubbles[key] = bubble
        self._bubbles.move_to_end(key)
        self._texts.pop(key, None)  # laid out for the previous content
        self._drop_pixmap(key)
        if len(self._bubbles) > self._limit:
            oldest, _bubble = self._bubbles.popitem(last=False)
            self._texts.pop(oldest, None)
            self._drop_pixmap(oldest)

    def text(self, key: Key, text: str, font: QFont, width: int) -> QTextLayout:
        """The wrapped text of a bubble, laid out once while it stays on screen."""
        layout = self._texts.get(key)
        if layout is None:
            layout = self._texts[key] = text_layout(text, font, width)
            if len(self._texts) > self._text_limit:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(key)
        return layout

    def pixmap(self, key: Key, bubble: LaidOutBubble, ratio: float, meta: str) -> QPixmap | None:
        """The bubble painted at this pixel ratio with this time text, if it was."""
        painted = self._pixmaps.get(key)
        if painted is None or painted.bubble is not bubble:
            return None
        if painted.ratio != ratio or painted.meta != meta:
            return None
        self._pixmaps.move_to_end(key)
        return painted.pixmap

    def put_pixmap(
        self, key: Key, bubble: LaidOutBubble, ratio: float, meta: str, pixmap: QPixmap
    ) -> None:
        self._drop_pixmap(key)
        size = pixmap.width() * pixmap.height() * 4
        self._pixmaps[key] = _Painted(bubble, ratio, meta, pixmap, size)
        self._pixmap_bytes += size
        while self._pixmap_bytes > self._pixmap_limit and len(self._pixmaps) > 1:
            oldest = next(iter(self._pixmaps))
            self._drop_pixmap(oldest)

    def pixmap_bytes(self) -> int:
        return self._pixmap_bytes

    def clear(self) -> None:
        self._bubbles.clear()
        self._texts.clear()
        self._pixmaps.clear()
        self._pixmap_bytes = 0

    def _drop_pixmap(self, key: Key) -> None:
        painted = self._pixmaps.pop(key, None)
        if painted is not None:
            self._pixmap_bytes -= painted.size


@dataclass
class _Painted:
    bubble: LaidOutBubble  # the very layout it was painted from
    ratio: float  # device pixels per pixel
    meta: str  # the time shown (its format follows the language)
    pixmap: QPixmap
    size: int  # bytes
