"""Files inside a message bubble: a picture, a voice player or a file card.

Painted each time the row is (progress and playback change while shown). The texts
keep the MessageDelegate context they were translated in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap

from jego_desktop.domain.fetch_rules import download_host
from jego_desktop.domain.messages import Attachment, AttachmentState
from jego_desktop.ui.chats.bubble_layout import AttachmentKind, attachment_kind
from jego_desktop.ui.chats.chat_text import duration_text, file_size
from jego_desktop.ui.style import Palette


class AttachmentFiles(Protocol):
    """What the bubbles ask about files (AttachmentService answers)."""

    def thumbnail_file(self, attachment: Attachment) -> Path | None: ...
    def local_file(self, attachment: Attachment) -> Path | None: ...


@dataclass(frozen=True)
class CardLook:
    """How the bubble around the files is drawn: its text colours, small font, side."""

    ink: QColor
    muted: QColor
    font: QFont
    outgoing: bool


class AttachmentCards:
    """Paints the files of a bubble; the delegate owns the pictures it loaded."""

    def __init__(self, palette: Palette, pictures: dict[int, QPixmap]) -> None:
        self._palette = palette
        self._pictures = pictures
        self.files: AttachmentFiles | None = None
        self.progress: dict[int, tuple[int, int | None]] = {}  # attachment id -> done, total
        self.voice_position: dict[str, tuple[float, float]] = {}  # path -> position, length

    def paint(
        self,
        painter: QPainter,
        attachment: Attachment,
        box: QRect,
        look: CardLook,
    ) -> None:
        ink, muted, font = look.ink, look.muted, look.font
        kind = attachment_kind(attachment)
        if kind == AttachmentKind.PICTURE:
            pixmap = self._pictures.get(attachment.id) if attachment.id is not None else None
            if pixmap is not None:
                clip = QPainterPath()
                clip.addRoundedRect(QRectF(box), 10, 10)
                painter.save()
                painter.setClipPath(clip)
                painter.drawPixmap(box, pixmap)
                painter.restore()
                return
            painter.setPen(Qt.PenStyle.NoPen)
            shade = QColor(ink)
            shade.setAlphaF(0.12)
            painter.setBrush(shade)
            painter.drawRoundedRect(QRectF(box), 10, 10)
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.state_text(attachment, kind),
            )
            self._paint_progress(
                painter,
                attachment,
                QRect(box.left() + 12, box.bottom() - 12, box.width() - 24, 4),
                ink,
            )
            return
        if kind == AttachmentKind.VOICE:
            self._paint_voice(painter, attachment, box, look)
            return
        self._paint_file(painter, attachment, box, look)

    def _paint_voice(
        self,
        painter: QPainter,
        attachment: Attachment,
        box: QRect,
        look: CardLook,
    ) -> None:
        ink, muted, font = look.ink, look.muted, look.font
        badge, glyph = self._badge_colours(look.outgoing)
        button = QRect(box.left(), box.center().y() - 17, 34, 34)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge)
        painter.drawEllipse(button)
        painter.setBrush(glyph)
        path = self._local_path(attachment)
        playing = path is not None and str(path) in self.voice_position
        c = QPointF(button.center())
        if playing:
            painter.drawRect(QRectF(c.x() - 5, c.y() - 6, 3.5, 12))
            painter.drawRect(QRectF(c.x() + 1.5, c.y() - 6, 3.5, 12))
        elif attachment.state is AttachmentState.AVAILABLE:
            triangle = QPainterPath(QPointF(c.x() - 4, c.y() - 7))
            triangle.lineTo(QPointF(c.x() + 7, c.y()))
            triangle.lineTo(QPointF(c.x() - 4, c.y() + 7))
            triangle.closeSubpath()
            painter.drawPath(triangle)
        else:  # an arrow down: fetch it first
            painter.setPen(QPen(glyph, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(c.x(), c.y() - 6), QPointF(c.x(), c.y() + 5))
            painter.drawLine(QPointF(c.x() - 4, c.y() + 1), QPointF(c.x(), c.y() + 5))
            painter.drawLine(QPointF(c.x() + 4, c.y() + 1), QPointF(c.x(), c.y() + 5))
        position, length = (0.0, attachment.duration or 0.0)
        if playing and path is not None:
            position, length = self.voice_position[str(path)]
            length = length or attachment.duration or 0.0
        bar = QRect(button.right() + 10, box.center().y() - 6, box.right() - button.right() - 10, 4)
        track = QColor(ink)
        track.setAlphaF(0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(bar), 2, 2)
        if length > 0 and position > 0:
            done = QRectF(bar)
            done.setWidth(bar.width() * min(1.0, position / length))
            painter.setBrush(ink)
            painter.drawRoundedRect(done, 2, 2)
        painter.setFont(font)
        painter.setPen(muted)
        label = QRect(bar.left(), bar.bottom() + 3, bar.width(), QFontMetrics(font).height())
        if attachment.state is AttachmentState.AVAILABLE or playing:
            text = (
                duration_text(position) + " / " + duration_text(length)
                if playing
                else duration_text(length)
            )
        else:
            text = self.state_text(attachment, AttachmentKind.VOICE)
        text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, label.width())
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def _paint_file(
        self,
        painter: QPainter,
        attachment: Attachment,
        box: QRect,
        look: CardLook,
    ) -> None:
        ink, muted, font = look.ink, look.muted, look.font
        badge, glyph = self._badge_colours(look.outgoing)
        page = QRect(box.left(), box.top() + 4, 36, 44)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge)
        painter.drawRoundedRect(QRectF(page), 6, 6)
        extension = Path(attachment.file_name).suffix.lstrip(".").upper()[:4] or "?"
        tiny = QFont(font)
        tiny.setWeight(QFont.Weight.Bold)
        painter.setFont(tiny)
        painter.setPen(glyph)
        painter.drawText(page, Qt.AlignmentFlag.AlignCenter, extension)
        left = page.right() + 10
        width = box.right() - left
        name_font = QFont(font)
        name_font.setPointSizeF(font.pointSizeF() / 0.8)
        name_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(name_font)
        painter.setPen(ink)
        metrics = QFontMetrics(name_font)
        painter.drawText(
            QRect(left, box.top() + 4, width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(attachment.file_name, Qt.TextElideMode.ElideMiddle, width),
        )
        painter.setFont(font)
        painter.setPen(muted)
        detail = " · ".join(
            part
            for part in (
                file_size(attachment.size),
                self.state_text(attachment, AttachmentKind.FILE),
            )
            if part
        )
        small = QFontMetrics(font)
        painter.drawText(
            QRect(left, box.top() + 6 + metrics.height(), width, small.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small.elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        self._paint_progress(painter, attachment, QRect(left, box.bottom() - 4, width, 3), ink)

    def _badge_colours(self, outgoing: bool) -> tuple[QColor, QColor]:
        """The round play button's or the file page's colour, and its glyph's."""
        p = self._palette
        if outgoing:
            return QColor(p.accent_text), QColor(p.accent)
        return QColor(p.accent), QColor(p.accent_text)

    def _paint_progress(
        self, painter: QPainter, attachment: Attachment, bar: QRect, ink: QColor
    ) -> None:
        if attachment.state not in (AttachmentState.UPLOADING, AttachmentState.DOWNLOADING):
            return
        done, total = self.progress.get(attachment.id or -1, (0, attachment.size))
        track = QColor(ink)
        track.setAlphaF(0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(bar), 1.5, 1.5)
        if total:
            filled = QRectF(bar)
            filled.setWidth(bar.width() * min(1.0, done / total))
            painter.setBrush(ink)
            painter.drawRoundedRect(filled, 1.5, 1.5)

    def state_text(self, attachment: Attachment, kind: str) -> str:
        state = attachment.state
        if state is AttachmentState.UPLOADING:
            return self._percent(
                attachment,
                QCoreApplication.translate("MessageDelegate", "Sending…"),
                QCoreApplication.translate("MessageDelegate", "Sending %1%"),
            )
        if state is AttachmentState.DOWNLOADING:
            return self._percent(
                attachment,
                QCoreApplication.translate("MessageDelegate", "Downloading…"),
                QCoreApplication.translate("MessageDelegate", "Downloading %1%"),
            )
        if state is AttachmentState.FAILED:
            return QCoreApplication.translate("MessageDelegate", "Failed. Click to try again")
        if state is AttachmentState.EXPIRED:
            return QCoreApplication.translate("MessageDelegate", "No longer on the server")
        if state is AttachmentState.REMOTE:
            # Where the click will fetch it from: the sender chose that address.
            host = download_host(attachment.download_url)
            text = (
                QCoreApplication.translate("MessageDelegate", "Click to download from %1").replace(
                    "%1", host
                )
                if host
                else QCoreApplication.translate("MessageDelegate", "Click to download")
            )
            if kind == AttachmentKind.FILE:
                return text  # the file card shows the size already
            return " · ".join(part for part in (file_size(attachment.size), text) if part)
        if kind == AttachmentKind.PICTURE:
            return QCoreApplication.translate("MessageDelegate", "Picture")
        return QCoreApplication.translate("MessageDelegate", "Click to open")

    def _percent(self, attachment: Attachment, plain: str, with_number: str) -> str:
        done, total = self.progress.get(attachment.id or -1, (0, attachment.size))
        if not total:
            return plain
        return with_number.replace("%1", str(min(100, int(100 * done / total))))

    def _local_path(self, attachment: Attachment) -> Path | None:
        return self.files.local_file(attachment) if self.files is not None else None
