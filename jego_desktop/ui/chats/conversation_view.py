"""One open conversation: a header with the peer and call buttons, bubbles, the composer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.conversations import Conversation
from jego_desktop.domain.messages import Message, MessageDirection
from jego_desktop.domain.recall_rules import RecallRefusal
from jego_desktop.models.chats.conversation_messages import ConversationMessagesModel, MessageRole
from jego_desktop.models.chats.pending_files import PendingFiles
from jego_desktop.ui.chats.attachment_strip import AttachmentStrip
from jego_desktop.ui.chats.bubble_layout import shown_text
from jego_desktop.ui.chats.composer import Composer
from jego_desktop.ui.chats.message_delegate import MessageDelegate
from jego_desktop.ui.chats.message_list_view import MessageListView
from jego_desktop.ui.chats.offered_files import offered_paths, offered_picture, offers_files
from jego_desktop.ui.chats.reply_bar import ReplyBar
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette, focus_ring, scroll_bar_rules


class _Messages(MessageListView):
    def __init__(self) -> None:
        super().__init__()
        self.menu_for: Callable[[Message], QMenu | None] = lambda _message: None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.pos())
        message = index.data(MessageRole.MESSAGE) if index.isValid() else None
        menu = self.menu_for(message) if isinstance(message, Message) else None
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()


class ConversationView(QWidget):
    """Shows what `model` holds; the chats page decides what that is.

    Signals:
        call_requested(str, str): call this peer URI on this (engine) account key.
        video_call_requested(str, str): the same, with video once the peer answers.
        recall_requested(Message): take this message back.
        delete_requested(Message): delete this message for the user.
        forward_requested(Message): send this message to another conversation.
        quote_clicked(int): go to the message with this row id (a reply's original).
        members_requested(): a group's member count was clicked.

    While the user answers a message, `replying_to` holds it and the reply bar shows it.
    """

    call_requested = Signal(str, str)
    video_call_requested = Signal(str, str)
    recall_requested = Signal(object)
    delete_requested = Signal(object)
    forward_requested = Signal(object)
    quote_clicked = Signal(int)
    members_requested = Signal()

    def __init__(
        self, model: ConversationMessagesModel, palette: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self.model = model
        self._palette = palette
        self.conversation: Conversation | None = None
        self._typing = False
        self._number = ""
        self.replying_to: Message | None = None
        # Why a message cannot be taken back (None: it can); the page asks the service.
        self.recall_check: Callable[[Message], RecallRefusal | None] = lambda _message: (
            RecallRefusal.NOT_OURS
        )

        header = QWidget()
        header.setObjectName("conversationHeader")
        self.title = PlainLabel()
        self.title.setObjectName("conversationTitle")
        self.subtitle = PlainLabel()
        self.subtitle.setObjectName("conversationSubtitle")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        self.members_button = QPushButton()  # a group's "4 members", instead of the number
        self.members_button.setObjectName("conversationMembers")
        self.members_button.setFlat(True)
        self.members_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.members_button.clicked.connect(self.members_requested)
        self.members_button.hide()
        names.addWidget(self.members_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.video_button = _header_button("conversationVideoCall", "video", palette)
        self.video_button.clicked.connect(lambda: self._call(self.video_call_requested))
        self.call_button = _header_button("conversationCall", "call", palette)
        self.call_button.clicked.connect(lambda: self._call(self.call_requested))
        top = QHBoxLayout(header)
        top.setContentsMargins(SPACING * 2, SPACING, SPACING, SPACING)
        top.addLayout(names, 1)
        top.addWidget(self.video_button)
        top.addWidget(self.call_button)

        self.list = _Messages()
        self.list.menu_for = self.message_menu
        self.delegate = MessageDelegate(palette, self.list)
        self.delegate.quote_clicked.connect(self.quote_clicked)
        self.reply_bar = ReplyBar()
        self.reply_bar.cancelled.connect(self.cancel_reply)
        self.list.setItemDelegate(self.delegate)
        self.list.set_source(model)
        self.composer = Composer(palette)
        self.pending = PendingFiles(self)
        self.strip = AttachmentStrip(self.pending, palette)
        self.composer.editor.files_offered.connect(self.pending.add_paths)
        self.composer.editor.picture_offered.connect(self.pending.add_picture)
        self.bottom = QStackedWidget()
        self.bottom.setObjectName("composerArea")
        self.bottom.addWidget(self.composer)
        self.bottom.setSizePolicy(self.composer.sizePolicy())

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.list, 1)
        column.addWidget(self.strip)
        column.addWidget(self.reply_bar)
        column.addWidget(self.bottom)
        self.setStyleSheet(_stylesheet(palette))
        self._retranslate()

    def show_conversation(self, conversation: Conversation, title: str, number: str) -> None:
        if self.conversation is None or self.conversation.id != conversation.id:
            self.cancel_reply()
        self.conversation = conversation
        self._number = number if number != title else ""
        self._typing = False
        self.title.setText(title)
        self.delegate.set_peer_name(title)
        self._show_subtitle()

    def accept_files(self) -> None:
        """Take dropped and pasted files and pictures (once something sends them)."""
        self.setAcceptDrops(True)
        self.composer.editor.accepts_files = True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        self._answer_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        self._answer_drag(event)

    def _answer_drag(self, event: QDragMoveEvent) -> None:
        if self.conversation is not None and offers_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if self.conversation is None or not offers_files(mime):
            event.ignore()
            return
        paths = offered_paths(mime)
        picture = None if paths else offered_picture(mime)
        if paths:
            self.pending.add_paths(paths)
        elif picture is not None:
            self.pending.add_picture(picture)
        event.acceptProposedAction()
        self.composer.focus_editor()

    def set_group_header(self, members_text: str | None) -> None:
        """A group's header: its member count (a button) instead of a number, no calls."""
        group = members_text is not None
        self.members_button.setText(members_text or "")
        self.members_button.setVisible(group)
        self.subtitle.setVisible(not group)
        self.call_button.setVisible(not group)
        self.video_button.setVisible(not group)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.delegate.set_peer_name(title)

    # ----- what the user does with one message ----------------------------------------

    def message_menu(self, message: Message) -> QMenu:
        """Reply, copy, forward, take back (or why not), delete."""
        menu = QMenu(self)
        if not message.recalled:
            reply = menu.addAction(self.tr("Reply"))
            reply.triggered.connect(lambda: self.start_reply(message))
        text = shown_text(message)
        if text:
            copy = menu.addAction(self.tr("Copy text"))
            copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(text))
        if not message.recalled:
            forward = menu.addAction(self.tr("Forward…"))
            forward.triggered.connect(lambda: self.forward_requested.emit(message))
        if message.direction is MessageDirection.OUTGOING and not message.recalled:
            refusal = self.recall_check(message)
            recall = menu.addAction(self._recall_label(refusal))
            recall.setEnabled(refusal is None)
            recall.triggered.connect(lambda: self.recall_requested.emit(message))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete for me…"))
        delete.triggered.connect(lambda: self.delete_requested.emit(message))
        return menu

    def _recall_label(self, refusal: RecallRefusal | None) -> str:
        if refusal is RecallRefusal.TOO_LATE:
            return self.tr("Take back (only in the first 2 minutes)")
        if refusal is RecallRefusal.PLAIN_PEER:
            return self.tr("Take back (their phone cannot be told)")
        if refusal is RecallRefusal.NOT_SENT:
            return self.tr("Take back (not sent: delete it instead)")
        if refusal is RecallRefusal.OFFLINE:
            return self.tr("Take back (not connected)")
        return self.tr("Take back")

    def start_reply(self, message: Message) -> None:
        self.replying_to = message
        author = (
            self.tr("yourself")
            if message.direction is MessageDirection.OUTGOING
            else self.delegate.author_of(message)[0] or self.title.text()
        )
        files = ", ".join(attachment.file_name for attachment in message.attachments)
        first = next((line for line in shown_text(message).splitlines() if line.strip()), "")
        self.reply_bar.show_reply(author, first or files)
        self.composer.focus_editor()

    def cancel_reply(self) -> None:
        self.replying_to = None
        self.reply_bar.hide()

    def set_typing(self, typing: bool) -> None:
        self._typing = typing
        self._show_subtitle()

    def show_bottom(self, widget: QWidget) -> None:
        """Put `widget` (the voice recorder) in place of the composer; the composer if None."""
        if self.bottom.indexOf(widget) < 0:
            self.bottom.addWidget(widget)
        self.bottom.setCurrentWidget(widget)
        self.bottom.setFixedHeight(
            max(widget.sizeHint().height(), self.composer.sizeHint().height())
        )

    def show_composer(self) -> None:
        self.bottom.setCurrentWidget(self.composer)
        self.bottom.setMinimumHeight(0)
        self.bottom.setMaximumHeight(16_777_215)
        self.composer.focus_editor()

    def _show_subtitle(self) -> None:
        self.subtitle.setText(self.tr("typing…") if self._typing else self._number)
        self.subtitle.setProperty("typing", self._typing)
        self.subtitle.style().unpolish(self.subtitle)
        self.subtitle.style().polish(self.subtitle)

    def _call(self, request: SignalInstance) -> None:
        if self.conversation is not None:
            request.emit(self.conversation.peer_uri, self.conversation.account_key)

    def _retranslate(self) -> None:
        self.call_button.setToolTip(self.tr("Call"))
        self.call_button.setAccessibleName(self.tr("Call"))
        self.video_button.setToolTip(self.tr("Video call"))
        self.video_button.setAccessibleName(self.tr("Video call"))
        self.list.setAccessibleName(self.tr("Messages"))
        self._show_subtitle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _header_button(name: str, icon_name: str, palette: Palette) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setIcon(icon(icon_name, QColor(palette.accent)))
    button.setIconSize(QSize(22, 22))
    button.setAutoRaise(True)
    button.setFixedSize(40, 40)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def _stylesheet(p: Palette) -> str:
    return (
        f"""
    QWidget#conversationHeader {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
    QLabel#conversationTitle {{ font-size: 15px; font-weight: 600; color: {p.text}; }}
    QLabel#conversationSubtitle {{ color: {p.muted}; }}
    QLabel#conversationSubtitle[typing="true"] {{ color: {p.accent}; }}
    QPushButton#conversationMembers {{
        color: {p.accent}; border: none; padding: 0; margin: 0; background: transparent;
        text-align: left;
    }}
    QPushButton#conversationMembers:hover {{ text-decoration: underline; }}
    QListView#messageList {{ background: {p.window}; border: none; }}
    QListView#messageList:focus {{ border: 1px solid {p.accent}; }}
    QToolButton#conversationCall, QToolButton#conversationVideoCall {{
        border: none; border-radius: 20px;
    }}
    QToolButton#conversationCall:hover, QToolButton#conversationVideoCall:hover {{
        background: {p.hover};
    }}
    QWidget#replyBar, QWidget#undoBar {{
        background: {p.surface}; border-top: 1px solid {p.border};
    }}
    QLabel#replyAuthor {{ color: {p.accent}; font-weight: 600; }}
    QLabel#replyLine, QLabel#undoText {{ color: {p.muted}; }}
    QStackedWidget#composerArea, QWidget#composer {{
        background: {p.surface}; border-top: 1px solid {p.border};
    }}
    QPlainTextEdit#composerEditor {{
        background: {p.window}; color: {p.text}; border: 1px solid {p.border};
        border-radius: 18px; padding: 4px 10px;
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
    }}
    QPlainTextEdit#composerEditor:focus {{ border: 1px solid {p.accent}; }}
    QToolButton#composer_send {{ background: {p.accent}; border: none; border-radius: 20px; }}
    QToolButton#composer_attach, QToolButton#composer_record, QToolButton#composer_emoji {{
        border: none; border-radius: 18px; font-size: 18px;
    }}
    QToolButton#composer_attach:hover, QToolButton#composer_record:hover,
    QToolButton#composer_emoji:hover {{ background: {p.hover}; }}
    QFrame#emojiPicker {{ background: {p.surface}; border: 1px solid {p.border}; }}
    """
        + focus_ring(
            p,
            "QToolButton#conversationCall",
            "QToolButton#conversationVideoCall",
            "QToolButton#composer_attach",
            "QToolButton#composer_record",
            "QToolButton#composer_emoji",
        )
        + focus_ring(p, "QToolButton#composer_send", colour=p.text)
        + scroll_bar_rules(p, "QListView#messageList")
    )
