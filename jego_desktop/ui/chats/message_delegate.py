"""Paints messages as bubbles: outgoing on the right in the accent colour, incoming left.

Text is plain text (see `bubble_layout`); files are painted as a picture, a voice
player or a file card. Clicks on a file or on "Retry" are reported by signals.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from jego_desktop.domain.messages import (
    Message,
    MessageDirection,
    MessageState,
)
from jego_desktop.models.chats.conversation_messages import MessageRole
from jego_desktop.models.chats.message_failures import failure_text
from jego_desktop.models.model_index import Index
from jego_desktop.ui.chats.attachment_cards import AttachmentCards, AttachmentFiles, CardLook
from jego_desktop.ui.chats.bubble_layout import (
    QUOTE_BAR,
    QUOTE_PAD,
    AttachmentKind,
    BubbleGeometry,
    TextSizes,
    attachment_kind,
    bubble_geometry,
    row_height,
    shown_text,
)
from jego_desktop.ui.chats.chat_text import clock_time, day_heading
from jego_desktop.ui.chats.group_look import GroupLook, paint_author
from jego_desktop.ui.chats.laid_out_bubbles import Key, LaidOutBubble, LaidOutBubbles
from jego_desktop.ui.chats.quote_text import quote_author, quote_line, recalled_notice
from jego_desktop.ui.plain_text import plain_tooltip
from jego_desktop.ui.style import Palette

READ_TICKS = "#7dd3fc"  # sky blue, readable on the accent bubble in light and dark
ROW_SIZES_LIMIT = 4_000  # sizes answered without a look-up in the laid-out bubbles


class MessageDelegate(QStyledItemDelegate):
    """Bubbles for a ConversationMessagesModel.

    Signals:
        retry_requested(str): the message id of a failed message to send again.
        attachment_clicked(object, object): (Message, Attachment) the user clicked.
        quote_clicked(int): the row id of the original a reply quotes (go to it).
    """

    retry_requested = Signal(str)
    attachment_clicked = Signal(object, object)
    quote_clicked = Signal(int)

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._sizes = TextSizes()
        self._pictures: dict[int, QPixmap] = {}
        self.cards = AttachmentCards(palette, self._pictures)
        self.progress = self.cards.progress  # attachment id -> done, total
        self.voice_position = self.cards.voice_position  # path -> position, length
        self._picture_sizes: dict[int, QSize] = {}
        self._bubbles = LaidOutBubbles()
        # The view asks the size of every loaded row after each insertion: for rows
        # without files, answered from here, keyed by message id, at `_sizes_width`.
        self._row_sizes: dict[int, tuple[Message, bool, QSize]] = {}
        self._sizes_width = -1
        self._model: QAbstractItemModel | None = None
        self._model_rows: Callable[[int], tuple[Message, bool] | None] | None = None
        self._font_key = ""
        self._viewport: QWidget | None = None
        self._font_pair = (QFont(), QFont())
        self._small_metrics = QFontMetrics(QFont())
        self._retries: dict[str, int] = {}  # message id -> times the user asked to retry
        self.peer_name = ""  # who "they" are in quotes and taken-back lines
        self.group: GroupLook | None = None  # set while a group conversation is shown

    @property
    def files(self) -> AttachmentFiles | None:
        return self.cards.files

    @files.setter
    def files(self, files: AttachmentFiles | None) -> None:
        self.cards.files = files

    def set_group(self, look: GroupLook | None) -> None:
        self.group = look
        self.forget_layouts()

    def set_peer_name(self, name: str) -> None:
        if name != self.peer_name:
            self.peer_name = name
            self.forget_layouts()

    def _quote_texts(self, message: Message) -> tuple[str, str] | None:
        quote = message.quote
        if quote is None or message.recalled:
            return None
        return quote_author(quote, self._quoted_name(quote.author_uri)), quote_line(quote)

    def _quoted_name(self, author_uri: str) -> str:
        """Who wrote a quoted message: in a group its member, elsewhere the peer."""
        if self.group is None or not author_uri:
            return self.peer_name
        return self.group.member_name(author_uri) or self.peer_name

    def _notice_text(self, message: Message) -> str:
        if message.recalled:  # in a group, by its author
            return recalled_notice(message, self.author_of(message)[0] or self.peer_name)
        return self.group.event_text(message) if self.group is not None else ""

    def _meta_text(self, message: Message) -> str:
        """The time, and in a group how many members the user's message reached."""
        reached = self.group.short_status(message) if self.group is not None else ""
        return clock_time(message.created_at) + ("  " + reached if reached else "")

    def author_of(self, message: Message) -> tuple[str, str]:
        """(name, colour) of who wrote an incoming group message; ("", "") elsewhere."""
        if self.group is None or message.direction is not MessageDirection.INCOMING:
            return ("", "")
        return self.group.author(message)

    # ----- geometry -------------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        key = option.font.key()
        if self._font_key != key:
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
            self._font_key = key
            self._font_pair = (QFont(option.font), small)
            self._small_metrics = QFontMetrics(small)
            self._bubbles.clear()  # laid out in another font
            self._row_sizes.clear()
        return self._font_pair

    def geometry(self, option: QStyleOptionViewItem, index: Index) -> BubbleGeometry | None:
        message = index.data(MessageRole.MESSAGE)
        if not isinstance(message, Message):
            return None
        font, _small = self._fonts(option)
        self._load_pictures(message)
        return bubble_geometry(
            QRect(option.rect.left(), option.rect.top(), self._row_width(option), 0),
            message,
            has_day=index.data(MessageRole.DAY) is not None,
            font=font,
            small_metrics=self._small_metrics,
            sizes=self._sizes,
            meta_text=self._meta_text(message),
            picture_sizes=self._picture_sizes,
            sending_again=self._sending_again(message),
            quote_texts=self._quote_texts(message),
            notice_text=self._notice_text(message),
            author_text=self.author_of(message)[0],
        )

    def _row_entry(self, index: Index) -> tuple[Message, bool] | None:
        """(message, starts a day) of the row at `index`, asked at every layout of every
        row: straight from the model when it can answer (see `row_entry`)."""
        model = index.model()
        if model is not self._model:
            self._model = model
            self._model_rows = getattr(model, "row_entry", None)
        if self._model_rows is not None:
            entry: tuple[Message, bool] | None = self._model_rows(index.row())
            return entry
        row = index.data(MessageRole.ROW)
        return (row[0], row[1] is not None) if isinstance(row, tuple) else None

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        entry = self._row_entry(index)
        if entry is None:
            return QSize(0, 0)
        message, has_day = entry
        width = self._row_width(option)
        if width != self._sizes_width or len(self._row_sizes) > ROW_SIZES_LIMIT:
            self._row_sizes.clear()
            self._sizes_width = width
        known = self._row_sizes.get(message.id)
        if known is not None and known[0] is message and known[1] == has_day:
            return known[2]
        size = self.laid_out(option, message, has_day=has_day).size
        if not message.attachments:  # those also depend on the pictures known
            self._row_sizes[message.id] = (message, has_day, size)
        return size

    def laid_out(
        self, option: QStyleOptionViewItem, message: Message, *, has_day: bool
    ) -> LaidOutBubble:
        """The bubble of `message` laid out in a row of the view's width at (0, 0)."""
        width = self._row_width(option)
        key = (message.id, width, option.font.pointSizeF())
        bubble = self._bubbles.get(key, message, has_day)
        if bubble is None:
            font, _small = self._fonts(option)
            self._load_pictures(message)
            geometry = bubble_geometry(
                QRect(0, 0, width, 0),
                message,
                has_day=has_day,
                font=font,
                small_metrics=self._small_metrics,
                sizes=self._sizes,
                meta_text=self._meta_text(message),
                picture_sizes=self._picture_sizes,
                sending_again=self._sending_again(message),
                quote_texts=self._quote_texts(message),
                notice_text=self._notice_text(message),
                author_text=self.author_of(message)[0],
            )
            height = row_height(geometry, QRect(0, 0, width, 0))
            size = QSize(width, height)
            bubble = LaidOutBubble(message, has_day, self._bubbles.picture_version, geometry, size)
            self._bubbles.put(key, bubble)
        return bubble

    def forget_layouts(self) -> None:
        """The view's font changed: lay every bubble out again when next asked."""
        self._bubbles.clear()
        self._row_sizes.clear()

    def prepare(self, option: QStyleOptionViewItem, rows: list[tuple[Message, bool]]) -> None:
        """Lay out rows about to be loaded (message, starts a day) ahead of time."""
        for message, has_day in rows:
            self.laid_out(option, message, has_day=has_day)

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        # Views ask for size hints with an empty rectangle; rows span the viewport.
        if self._viewport is None:
            view = self.parent()
            if not isinstance(view, QAbstractItemView):
                return option.rect.width()
            self._viewport = view.viewport()
        return self._viewport.width()

    def forget_picture(self, attachment_id: int) -> None:
        """A picture's thumbnail appeared or changed: load it again when next painted."""
        self._pictures.pop(attachment_id, None)
        self._picture_sizes.pop(attachment_id, None)
        self._bubbles.picture_version += 1

    def _load_pictures(self, message: Message) -> None:
        if self.files is None:
            return
        for attachment in message.attachments:
            if attachment.id is None or attachment.id in self._pictures:
                continue
            if attachment_kind(attachment) != AttachmentKind.PICTURE:
                continue
            path = self.files.thumbnail_file(attachment)
            if path is None:
                continue
            pixmap = QPixmap(str(path))  # our own preview (models/chats/thumbnails.py)
            if not pixmap.isNull():
                self._pictures[attachment.id] = pixmap
                self._picture_sizes[attachment.id] = pixmap.size()
                self._bubbles.picture_version += 1

    # ----- painting -------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry = self._row_entry(index)
        if entry is None:
            return
        message, has_day = entry
        bubble = self.laid_out(option, message, has_day=has_day)
        geometry = bubble.geometry
        font, small = self._fonts(option)
        key = (message.id, self._row_width(option), option.font.pointSizeF())
        painter.save()
        painter.translate(option.rect.topLeft())  # the laid-out bubble is at (0, 0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        day = index.data(MessageRole.DAY) if geometry.day is not None else None
        if geometry.day is not None and isinstance(day, datetime.date):
            self._paint_day(painter, geometry.day, day_heading(day), small)
        if geometry.notice is not None:
            painter.setFont(small)
            painter.setPen(QColor(self._palette.muted))
            painter.drawText(
                geometry.notice, Qt.AlignmentFlag.AlignCenter, self._notice_text(message)
            )
            painter.restore()
            return
        if message.attachments or geometry.bubble.isEmpty():
            # Progress, playback and pictures change while shown: painted each time.
            self._paint_bubble(painter, message, geometry, key, font, small)
        else:
            pixmap = self._bubble_pixmap(painter, message, bubble, key, font, small)
            painter.drawPixmap(geometry.bubble.topLeft(), pixmap)
        if geometry.retry is not None:
            self._paint_retry(painter, geometry.retry, message, small)
        painter.restore()

    def _bubble_pixmap(
        self,
        painter: QPainter,
        message: Message,
        bubble: LaidOutBubble,
        key: Key,
        font: QFont,
        small: QFont,
    ) -> QPixmap:
        """The bubble painted once into a pixmap: a row scrolled into view again, or
        painted again in the next frame, costs one copy instead of text drawing."""
        ratio = painter.device().devicePixelRatioF()
        meta = self._meta_text(message)
        pixmap = self._bubbles.pixmap(key, bubble, ratio, meta)
        if pixmap is not None:
            return pixmap
        box = bubble.geometry.bubble
        pixmap = QPixmap(math.ceil(box.width() * ratio), math.ceil(box.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        bubble_painter = QPainter(pixmap)
        bubble_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bubble_painter.translate(-box.left(), -box.top())
        self._paint_bubble(bubble_painter, message, bubble.geometry, key, font, small)
        bubble_painter.end()
        self._bubbles.put_pixmap(key, bubble, ratio, meta, pixmap)
        return pixmap

    def _paint_bubble(
        self,
        painter: QPainter,
        message: Message,
        geometry: BubbleGeometry,
        key: Key,
        font: QFont,
        small: QFont,
    ) -> None:
        """The bubble with what is inside it: files, text, time and ticks."""
        p = self._palette
        outgoing = message.direction is MessageDirection.OUTGOING
        fill = QColor(p.accent if outgoing else p.surface)
        ink = QColor(p.accent_text if outgoing else p.text)
        muted = QColor(ink)
        muted.setAlphaF(0.72)
        # The 1 px border of incoming bubbles is a fill under a fill: stroking an
        # antialiased rounded rectangle costs ten times more.
        painter.setPen(Qt.PenStyle.NoPen)
        bubble_rect = QRectF(geometry.bubble)
        radius = 14.0
        if not outgoing:
            painter.setBrush(QColor(p.border))
            painter.drawRoundedRect(bubble_rect, radius, radius)
            bubble_rect.adjust(1, 1, -1, -1)
            radius -= 1
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble_rect, radius, radius)

        if geometry.author is not None:
            name, colour = self.author_of(message)
            paint_author(painter, geometry.author, name, colour or self._palette.accent, small)

        texts = self._quote_texts(message)
        if geometry.quote is not None and texts is not None:
            self._paint_quote(painter, geometry.quote, texts, ink, small, outgoing)

        look = CardLook(ink, muted, small, outgoing)
        for attachment, box in geometry.attachments:
            self.cards.paint(painter, attachment, box, look)

        text = shown_text(message)
        if text:
            painter.setPen(ink)
            layout = self._bubbles.text(key, text, font, geometry.text_width)
            layout.draw(painter, geometry.text_origin)

        painter.setFont(small)
        painter.setPen(muted)
        meta = QRect(geometry.meta)
        if outgoing:
            ticks = QRect(meta.right() - 17, meta.top(), 18, meta.height())
            self._paint_ticks(painter, ticks, message.state, muted)
            meta.setRight(ticks.left() - 4)
        painter.setPen(muted)
        painter.drawText(
            meta,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self._meta_text(message),
        )

    def _paint_quote(
        self,
        painter: QPainter,
        box: QRect,
        texts: tuple[str, str],
        ink: QColor,
        font: QFont,
        outgoing: bool,
    ) -> None:
        """The quoted original: a tinted box with a bar, its author and its first line."""
        shade = QColor(ink)
        shade.setAlphaF(0.14 if outgoing else 0.07)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shade)
        painter.drawRoundedRect(QRectF(box), 6, 6)
        bar = QColor(ink if outgoing else QColor(self._palette.accent))
        painter.setBrush(bar)
        painter.drawRect(QRectF(box.left(), box.top() + 2, QUOTE_BAR, box.height() - 4))
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        left = box.left() + QUOTE_BAR + QUOTE_PAD
        width = box.right() - QUOTE_PAD - left
        line_height = QFontMetrics(font).height()
        for n, (text, face) in enumerate(zip(texts, (bold, font), strict=True)):
            painter.setFont(face)
            faded = QColor(ink)
            faded.setAlphaF(1.0 if n == 0 else 0.8)
            painter.setPen(faded)
            line = QRect(left, box.top() + QUOTE_PAD + n * line_height, width, line_height)
            elided = QFontMetrics(face).elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )

    def _paint_day(self, painter: QPainter, box: QRect, text: str, font: QFont) -> None:
        p = self._palette
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        width = metrics.horizontalAdvance(text) + 24
        pill = QRect(box.center().x() - width // 2, box.center().y() - 11, width, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.rail))
        painter.drawRoundedRect(QRectF(pill), 11, 11)
        painter.setFont(bold)
        painter.setPen(QColor(p.muted))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_ticks(
        self, painter: QPainter, box: QRect, state: MessageState, colour: QColor
    ) -> None:
        """Clock: pending; one check: sent; two: delivered; two in blue: read; !: failed."""
        p = self._palette
        cx, cy = box.center().x(), box.center().y() + 0.5
        if state is MessageState.FAILED:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.danger))
            painter.drawEllipse(QPointF(cx, cy), 6.5, 6.5)
            painter.setPen(
                QPen(QColor("#ffffff"), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            painter.drawLine(QPointF(cx, cy - 3.2), QPointF(cx, cy + 0.6))
            painter.drawPoint(QPointF(cx, cy + 3.0))
            return
        pen = QPen(
            colour, 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if state is MessageState.PENDING:
            painter.setPen(pen)
            painter.drawEllipse(QPointF(cx, cy), 5.0, 5.0)
            painter.drawPolyline(
                [QPointF(cx, cy - 3), QPointF(cx, cy), QPointF(cx + 2.2, cy + 1.2)]
            )
            return
        if state is MessageState.DISPLAYED:
            pen.setColor(QColor(READ_TICKS))
        painter.setPen(pen)

        def check(dx: float) -> None:
            path = QPainterPath(QPointF(cx - 7 + dx, cy))
            path.lineTo(QPointF(cx - 4 + dx, cy + 3))
            path.lineTo(QPointF(cx + 2 + dx, cy - 3.5))
            painter.drawPath(path)

        if state is MessageState.SENT:
            check(2)
        else:
            check(0)
            check(5)

    def _sending_again(self, message: Message) -> bool:
        return message.state is MessageState.PENDING and message.message_id in self._retries

    def retry_line(self, message: Message) -> str:
        """The line under a failed message (or one sent again), in the current language."""
        if message.state is MessageState.PENDING:
            return self.tr("Sending…")
        reason = failure_text(message.failure_reason)
        if self._retries.get(message.message_id):
            if reason:
                return self.tr("Still not sent (%1). Click to retry").replace("%1", reason)
            return self.tr("Still not sent. Click to retry")
        if reason:
            return self.tr("Not sent (%1). Click to retry").replace("%1", reason)
        return self.tr("Not sent. Click to retry")

    def _paint_retry(self, painter: QPainter, box: QRect, message: Message, font: QFont) -> None:
        p = self._palette
        text = self.retry_line(message)
        painter.setFont(font)
        sending = message.state is MessageState.PENDING
        painter.setPen(QColor(p.muted if sending else p.danger))
        metrics = painter.fontMetrics()
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideLeft, box.width()),
        )

    # ----- clicks ---------------------------------------------------------------------

    def helpEvent(  # noqa: N802 - Qt override
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """An outgoing group message's tooltip: to how many it was delivered, read by."""
        message = index.data(MessageRole.MESSAGE)
        if (
            self.group is not None
            and event.type() == QEvent.Type.ToolTip
            and isinstance(message, Message)
            and message.direction is MessageDirection.OUTGOING
        ):
            text = self.group.status_text(message)
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), view)
                return True
        return super().helpEvent(event, view, option, index)

    def editorEvent(  # noqa: N802 - Qt override
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        geometry = self.geometry(option, index)
        message = index.data(MessageRole.MESSAGE)
        if geometry is None or not isinstance(message, Message):
            return False
        point = event.position().toPoint()
        if geometry.retry is not None and geometry.retry.contains(point):
            if message.state is MessageState.FAILED:
                self._retries[message.message_id] = self._retries.get(message.message_id, 0) + 1
                self.retry_requested.emit(message.message_id)
            return True
        for attachment, box in geometry.attachments:
            if box.contains(point):
                self.attachment_clicked.emit(message, attachment)
                return True
        quote = message.quote
        if geometry.quote is not None and quote is not None and geometry.quote.contains(point):
            self.quote_clicked.emit(quote.message_pk)
            return True
        return False
