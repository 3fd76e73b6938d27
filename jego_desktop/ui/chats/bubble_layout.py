"""Where each part of a message row goes: day heading, bubble, text, files, time, retry.

Computed the same way for `sizeHint`, painting and clicks, so they always agree. The
text is laid out as plain text with QTextLayout: markup from the network is shown
literally, never interpreted.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QTextLayout, QTextOption

from jego_desktop.domain.file_transfer import base_content_type, is_voice_recording_type
from jego_desktop.domain.messages import Attachment, Message, MessageDirection, MessageState
from jego_desktop.models.chats.unreadable import is_unreadable, unreadable_text

DAY_HEIGHT = 40
SIDE_MARGIN = 16
PAD_X = 12
PAD_Y = 7
ROW_GAP = 3
MAX_BUBBLE = 560
BUBBLE_FRACTION = 0.72
IMAGE_BOX = QSize(260, 220)
IMAGE_PLACEHOLDER = QSize(220, 150)
VOICE_SIZE = QSize(250, 42)
FILE_SIZE = QSize(260, 52)
TICK_WIDTH = 18
META_GAP = 10
RETRY_HEIGHT = 22
QUOTE_PAD = 6  # inside the quote box, around its two lines
QUOTE_BAR = 3  # the coloured bar at the quote's left
NOTICE_HEIGHT = 28
_TEXT_CACHE_LIMIT = 50_000
_LATIN_END = "\u0250"  # after Latin Extended-B
_FIT_SLACK = 1.25  # how much wider than average a Latin line's letters may be


class AttachmentKind:
    PICTURE = "picture"
    VOICE = "voice"
    FILE = "file"


def attachment_kind(attachment: Attachment) -> str:
    content_type = base_content_type(attachment.content_type)
    if content_type.startswith("image/"):
        return AttachmentKind.PICTURE
    if (
        is_voice_recording_type(attachment.content_type)
        or attachment.duration is not None
        or content_type.startswith("audio/")
    ):
        return AttachmentKind.VOICE
    return AttachmentKind.FILE


def shown_text(message: Message) -> str:
    """The text a bubble shows: the body of text messages, the explanation of a message
    that could not be read (in the user's language); nothing for file messages."""
    if message.recalled:
        return ""
    if is_unreadable(message):
        return unreadable_text(message.body)
    if message.attachments or not message.content_type.lower().startswith("text/"):
        return ""
    return message.body


@dataclass
class BubbleGeometry:
    day: QRect | None
    bubble: QRect
    text_origin: QPointF
    text_width: int
    meta: QRect  # time and ticks
    attachments: list[tuple[Attachment, QRect]] = field(default_factory=list)
    retry: QRect | None = None
    quote: QRect | None = None  # the quoted original of a reply (author, first line)
    notice: QRect | None = None  # a taken-back message: one centred line, no bubble
    author: QRect | None = None  # a group message's author, above everything inside


class TextSizes:
    """Laid-out text sizes per (message, width); cheap to ask again while scrolling."""

    def __init__(self) -> None:
        self._sizes: OrderedDict[tuple[int, int, str], tuple[int, int, int]] = OrderedDict()
        self._metrics_key = ""
        self._font_metrics = QFontMetricsF(QFont())

    def measure(self, key: int, text: str, font: QFont, width: int) -> tuple[int, int, int]:
        """(natural width, height, width of the last line) of `text` wrapped at `width`."""
        font_key = font.key()  # a few µs each time: asked once per measurement
        cache_key = (key, width, font_key)
        found = self._sizes.get(cache_key)
        if found is not None:
            return found
        one_paragraph = "\n" not in text
        metrics = self._metrics(font, font_key)
        if (
            one_paragraph
            and max(text, default=" ") < _LATIN_END
            and len(text) * metrics.averageCharWidth() <= width * _FIT_SLACK
        ):
            # Short Latin line (most messages): the font metrics answer in one call,
            # much faster than a layout, and Latin text has the font's own line height.
            # Longer lines would most likely need the layout anyway: they go straight to it.
            advance = math.ceil(metrics.horizontalAdvance(text))
            if advance <= width:
                result = (advance, math.ceil(metrics.height()), advance)
                self._store(cache_key, result)
                return result
        # Everything else is shaped once, by the layout: other scripts may fall back to
        # fonts with taller lines, which the layout's line height includes.
        layout = text_layout(text, font, width)
        one_line = _fitting_line(layout, width) if one_paragraph else None
        size = one_line if one_line is not None else _wrapped_size(layout)
        self._store(cache_key, size)
        return size

    def _store(self, key: tuple[int, int, str], size: tuple[int, int, int]) -> None:
        self._sizes[key] = size
        if len(self._sizes) > _TEXT_CACHE_LIMIT:
            self._sizes.popitem(last=False)

    def _metrics(self, font: QFont, key: str) -> QFontMetricsF:
        if key != self._metrics_key:
            self._metrics_key = key
            self._font_metrics = QFontMetricsF(font)
        return self._font_metrics


def _fitting_line(layout: QTextLayout, width: int) -> tuple[int, int, int] | None:
    """The size of a one-line layout whose whole advance (trailing spaces too) fits."""
    if layout.lineCount() != 1:
        return None
    line = layout.lineAt(0)
    advance = math.ceil(line.horizontalAdvance())
    if advance > width:
        return None
    return (advance, math.ceil(line.height()), advance)


def _wrapped_size(layout: QTextLayout) -> tuple[int, int, int]:
    natural = 0.0
    height = 0.0
    last = 0.0
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        natural = max(natural, line.naturalTextWidth())
        height = line.y() + line.height()
        last = line.naturalTextWidth()
    return (math.ceil(natural), math.ceil(height), math.ceil(last))


def text_layout(text: str, font: QFont, width: int) -> QTextLayout:
    """`text` as plain text (no markup, no links), wrapped at `width`."""
    # QTextLayout breaks lines only at U+2028, not at the newlines people type.
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def attachment_size(attachment: Attachment, picture: QSize | None) -> QSize:
    kind = attachment_kind(attachment)
    if kind == AttachmentKind.PICTURE:
        if picture is None or picture.isEmpty():
            return QSize(IMAGE_PLACEHOLDER)
        if picture.width() <= IMAGE_BOX.width() and picture.height() <= IMAGE_BOX.height():
            return QSize(max(picture.width(), 48), max(picture.height(), 48))
        return picture.scaled(IMAGE_BOX, Qt.AspectRatioMode.KeepAspectRatio)
    if kind == AttachmentKind.VOICE:
        return QSize(VOICE_SIZE)
    return QSize(FILE_SIZE)


def bubble_geometry(
    rect: QRect,
    message: Message,
    *,
    has_day: bool,
    font: QFont,
    small_metrics: QFontMetrics,
    sizes: TextSizes,
    meta_text: str,
    picture_sizes: dict[int, QSize],
    sending_again: bool = False,
    quote_texts: tuple[str, str] | None = None,
    notice_text: str = "",
    author_text: str = "",
) -> BubbleGeometry:
    """Lay out one row inside `rect` (its top-left and width matter, not its height).

    A failed message, or one `sending_again` after a retry, has a line under its bubble
    (`retry`) for "Not sent... Click to retry" or "Sending…"."""
    top = rect.top()
    day = None
    if has_day:
        day = QRect(rect.left(), top, rect.width(), DAY_HEIGHT)
        top += DAY_HEIGHT
    top += ROW_GAP
    if notice_text:
        notice = QRect(
            rect.left() + SIDE_MARGIN, top, rect.width() - 2 * SIDE_MARGIN, NOTICE_HEIGHT
        )
        empty = QRect(notice.center().x(), top, 0, 0)
        return BubbleGeometry(day, empty, QPointF(), 0, empty, notice=notice)
    outgoing = message.direction is MessageDirection.OUTGOING
    max_bubble = max(120, min(MAX_BUBBLE, int((rect.width() - 2 * SIDE_MARGIN) * BUBBLE_FRACTION)))
    max_text = max_bubble - 2 * PAD_X

    small = small_metrics
    meta_width = small.horizontalAdvance(meta_text) + (TICK_WIDTH + 4 if outgoing else 0)
    meta_height = small.height()

    text = shown_text(message)
    text_w = text_h = last_w = 0
    if text:
        text_w, text_h, last_w = sizes.measure(message.id, text, font, max_text)

    inner_w = text_w
    files: list[tuple[Attachment, QSize]] = []
    for attachment in message.attachments:
        size = attachment_size(
            attachment, picture_sizes.get(attachment.id) if attachment.id is not None else None
        )
        size = QSize(min(size.width(), max_text), size.height())
        files.append((attachment, size))
        inner_w = max(inner_w, size.width())

    y = top + PAD_Y
    author_box = None
    if author_text:
        author_w = min(max_text, small.horizontalAdvance(author_text) * 11 // 10)
        author_box = QRect(0, y, author_w, small.height())
        inner_w = max(inner_w, author_w)
        y += small.height() + 2
    quote_box = None
    if quote_texts is not None:
        # Bold author and first line, both elided to the bubble's width when painted.
        wanted = max(small.horizontalAdvance(text) for text in quote_texts) * 11 // 10
        quote_w = min(max_text, wanted + 2 * QUOTE_PAD + QUOTE_BAR)
        quote_h = 2 * small.height() + 2 * QUOTE_PAD
        quote_box = QRect(0, y, quote_w, quote_h)
        inner_w = max(inner_w, quote_w)
        y += quote_h + 6
    placed: list[tuple[Attachment, QRect]] = []
    for attachment, size in files:
        placed.append((attachment, QRect(0, y, size.width(), size.height())))
        y += size.height() + 6
    text_y = y
    meta_inline = bool(text) and last_w + META_GAP + meta_width <= max_text
    if text:
        y += text_h
        if meta_inline:
            inner_w = max(inner_w, last_w + META_GAP + meta_width)
            meta_y = y - meta_height
        else:
            inner_w = max(inner_w, meta_width)
            meta_y = y
            y += meta_height
    else:
        inner_w = max(inner_w, meta_width)
        meta_y = y
        y += meta_height
    bubble_w = inner_w + 2 * PAD_X
    bubble_h = y + PAD_Y - top
    left = rect.right() - SIDE_MARGIN - bubble_w + 1 if outgoing else rect.left() + SIDE_MARGIN
    bubble = QRect(left, top, bubble_w, bubble_h)
    inner_left = left + PAD_X
    attachments = [(a, box.translated(inner_left, 0)) for a, box in placed]
    if quote_box is not None:
        quote_box = QRect(inner_left, quote_box.top(), inner_w, quote_box.height())
    if author_box is not None:
        author_box = QRect(inner_left, author_box.top(), inner_w, author_box.height())
    meta = QRect(bubble.right() - PAD_X - meta_width + 1, meta_y, meta_width, meta_height)
    retry = None
    failed = message.state is MessageState.FAILED
    if outgoing and (failed or (sending_again and message.state is MessageState.PENDING)):
        retry = QRect(
            rect.left() + SIDE_MARGIN,
            bubble.bottom() + 2,
            rect.width() - 2 * SIDE_MARGIN,
            RETRY_HEIGHT,
        )
    return BubbleGeometry(
        day=day,
        bubble=bubble,
        text_origin=QPointF(inner_left, text_y),
        text_width=max_text,
        meta=meta,
        attachments=attachments,
        retry=retry,
        quote=quote_box,
        author=author_box,
    )


def row_height(geometry: BubbleGeometry, rect: QRect) -> int:
    if geometry.notice is not None:
        return geometry.notice.bottom() - rect.top() + 1 + ROW_GAP
    bottom = geometry.retry.bottom() if geometry.retry is not None else geometry.bubble.bottom()
    return bottom - rect.top() + 1 + ROW_GAP
