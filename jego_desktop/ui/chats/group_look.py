"""How a group conversation's bubbles look: each author named in a colour of their own,
membership events as centred lines, and how many members got the user's message beside
its ticks (in words in the tooltip)."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from jego_desktop.domain.groups import GroupReceipts
from jego_desktop.domain.messages import Message, MessageDirection, MessageState
from jego_desktop.models.chats.group_events import event_sentence, is_group_event
from jego_desktop.models.chats.group_texts import MemberNames, receipts_text
from jego_desktop.ui.style import Palette

FIGURE_SPACE = "\u2007"
SHORT_STATUS_LIMIT = 1000  # messages whose "2/3" is remembered

# Readable on a white bubble and on the dark palette's surface alike.
AUTHOR_COLOURS = (
    "#e11d48",  # rose
    "#d97706",  # amber
    "#059669",  # emerald
    "#0891b2",  # cyan
    "#7c3aed",  # violet
    "#db2777",  # pink
    "#65a30d",  # lime
    "#ea580c",  # orange
)
DARK_AUTHOR_COLOURS = (
    "#fb7185",
    "#fbbf24",
    "#34d399",
    "#22d3ee",
    "#a78bfa",
    "#f472b6",
    "#a3e635",
    "#fb923c",
)


class GroupLook(Protocol):
    """How a group conversation's bubbles differ (MessageDelegate asks; GroupBubbles
    answers)."""

    def author(self, message: Message) -> tuple[str, str]: ...  # (name, colour) or ("", "")
    def member_name(self, uri: str) -> str: ...  # a member's name, as the bubbles show it
    def event_text(self, message: Message) -> str: ...  # a membership event's sentence
    def status_text(self, message: Message) -> str: ...  # "Delivered to 3 of 4 · read by 2"
    def short_status(self, message: Message) -> str: ...  # "3/4" beside the ticks


def paint_author(painter: QPainter, box: QRect, name: str, colour: str, font: QFont) -> None:
    """A group message's author above its text, in the author's own colour."""
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    painter.setFont(bold)
    painter.setPen(QColor(colour))
    elided = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, box.width())
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)


def receipts_short(receipts: GroupReceipts) -> str:
    """ "2/3": delivered to 2 of 3 members. The count is padded with figure spaces (as
    wide as a digit), so the bubble laid out for "2/10" still fits "10/10"."""
    members = str(receipts.members)
    return f"{receipts.delivered}".rjust(len(members), FIGURE_SPACE) + "/" + members


def author_colour(uri: str, palette: Palette) -> str:
    """The same colour for the same author, in every group and at every start."""
    dark = QColor(palette.surface).lightness() < 128
    colours = DARK_AUTHOR_COLOURS if dark else AUTHOR_COLOURS
    return colours[zlib.crc32(uri.encode("utf-8")) % len(colours)]


class GroupBubbles:
    """MessageDelegate's GroupLook for one group conversation."""

    def __init__(
        self,
        names: MemberNames,
        receipts: Callable[[str], GroupReceipts | None],
        palette: Palette,
    ) -> None:
        self._names = names
        self._receipts = receipts
        self._palette = palette
        self._short: dict[str, tuple[Message, str]] = {}  # message id: (that version, "2/3")

    def author(self, message: Message) -> tuple[str, str]:
        if not message.author_uri:
            return ("", "")
        return (
            self._names.name_of(message.author_uri),
            author_colour(message.author_uri, self._palette),
        )

    def member_name(self, uri: str) -> str:
        return self._names.name_of(uri)

    def event_text(self, message: Message) -> str:
        if not is_group_event(message.content_type):
            return ""
        return event_sentence(message.body, self._names)

    def status_text(self, message: Message) -> str:
        receipts = self._receipts(message.message_id)
        return receipts_text(receipts) if receipts is not None else ""

    def short_status(self, message: Message) -> str:
        """ "2/3" beside an outgoing message's ticks once it went out: 2 of the 3 members
        have it. Read once per stored version of the message: a receipt that arrives
        announces the message again (MessagingService.message_changed)."""
        if message.direction is not MessageDirection.OUTGOING or message.state in (
            MessageState.PENDING,
            MessageState.FAILED,
        ):
            return ""
        known = self._short.get(message.message_id)
        if known is not None and known[0] is message:
            return known[1]
        receipts = self._receipts(message.message_id)
        text = receipts_short(receipts) if receipts is not None else ""
        if len(self._short) >= SHORT_STATUS_LIMIT:
            self._short.clear()
        self._short[message.message_id] = (message, text)
        return text
