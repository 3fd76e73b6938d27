"""The Chats view: conversations on the left, the open conversation on the right.

Ctrl+K searches all history (choosing a hit opens its conversation at that message),
Ctrl+N starts a chat with a number or SIP address, Esc leaves the search.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.conversations import Conversation
from jego_desktop.domain.errors import StoreError
from jego_desktop.domain.messages import Message, MessageDirection
from jego_desktop.models.chats.conversation_list import ConversationListModel, ConversationRole
from jego_desktop.models.chats.conversation_messages import ConversationMessagesModel
from jego_desktop.models.chats.deletions import Deletion, Deletions
from jego_desktop.models.chats.search_results import SearchResultsModel
from jego_desktop.models.contacts.peer_text import display_number
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.ui.chats.chat_groups import ChatGroups
from jego_desktop.ui.chats.conversation_list_delegate import ConversationListDelegate
from jego_desktop.ui.chats.search_result_delegate import SearchResultDelegate
from jego_desktop.ui.chats.undo_bar import UndoBar
from jego_desktop.ui.empty_page import EmptyPage
from jego_desktop.ui.page_slot import PageSlot
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import RADIUS, SPACING, Palette, focus_ring, ink

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import TypingChanged
    from jego_desktop.domain.recall_rules import RecallRefusal
    from jego_desktop.models.chats.chat_services import ChatServices
    from jego_desktop.models.model_index import Index
    from jego_desktop.ui.chats.conversation_view import ConversationView
    from jego_desktop.ui.chats.forward_dialog import ForwardDialog
    from jego_desktop.ui.chats.member_entry import ContactChoices
    from jego_desktop.ui.chats.new_chat_dialog import NewChatDialog, UriFor


class _NoStore:
    """Stands in until the database is open (or when it could not be)."""

    def page(self, *_args: object, **_kwargs: object) -> list[Message]:
        return []


class ChatsPage(QWidget):
    """See the module docstring.

    Signals:
        call_requested(str, str): call this peer URI on this engine account key.
        video_call_requested(str, str): the same, with video once the peer answers.
        problem(str): a sentence for the user (a message that could not be stored).
    """

    call_requested = Signal(str, str)
    video_call_requested = Signal(str, str)
    problem = Signal(str)
    file_forward_wanted = Signal(object, str, str)

    def __init__(
        self,
        palette: Palette,
        uri_for: UriFor,
        *,
        account_key: Callable[[], str] = lambda: "",
        names: Callable[[str], str] = lambda _uri: "",
        home_region: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._palette = palette
        self._uri_for = uri_for
        self._account_key = account_key
        self._home_region = home_region
        self._names = names
        self.services: ChatServices | None = None
        self.groups: ChatGroups | None = None  # once services with groups are connected
        self.contact_choices: ContactChoices = lambda: []  # (name, URI) to pick members from
        self.new_chat_dialog: NewChatDialog | None = None
        self.forward_dialog: ForwardDialog | None = None
        self.deletions: Deletions | None = None
        self._remove_files: Callable[[list[str]], None] = lambda _paths: None
        # Asks the user to confirm a deletion (a dialog unless a test gives another).
        self.confirm: Callable[[str], bool] = self._confirm_dialog

        self.conversations = ConversationListModel(
            names=names, home_region=home_region, parent=self
        )
        self.messages = ConversationMessagesModel(_NoStore(), _NoStore(), parent=self)
        self.results = SearchResultsModel(self.conversations.title_of, parent=self)

        self.title = PlainLabel()
        self.title.setObjectName("pageTitle")
        self.new_button = _head_button("newChat", icon("edit", ink(palette)))
        self.new_button.clicked.connect(self.start_new_chat)
        self.new_group_button = _head_button("newGroup", icon("group", ink(palette)))
        self.new_group_button.setEnabled(False)  # until groups are connected
        self.new_group_button.clicked.connect(self.start_new_group)
        self.search = QLineEdit()
        self.search.setObjectName("chatSearch")
        self.search.addAction(
            icon("search", QColor(palette.muted)), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.textChanged.connect(self._on_search_text)
        self.search.returnPressed.connect(self._open_first_result)
        self.search.installEventFilter(self)

        self.list = QListView()
        self.list.setObjectName("conversationList")
        self.list.setModel(self.conversations)
        self.list.setItemDelegate(ConversationListDelegate(palette, self.list))
        self.list.setMouseTracking(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.result_list = QListView()
        self.result_list.setObjectName("searchResults")
        self.result_list.setModel(self.results)
        self.result_list.setItemDelegate(SearchResultDelegate(palette, self.result_list))
        self.result_list.setMouseTracking(True)
        self.result_list.activated.connect(self._on_result_activated)
        self.result_list.clicked.connect(self._on_result_activated)
        self.no_results = PlainLabel()
        self.no_results.setObjectName("emptyHint")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_conversations = PlainLabel()
        self.no_conversations.setObjectName("emptyHint")
        self.no_conversations.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_conversations.setWordWrap(True)
        self.left_stack = QStackedWidget()
        for widget in (self.list, self.no_conversations, self.result_list, self.no_results):
            self.left_stack.addWidget(widget)

        # Built when a conversation first opens, or just after the first paint (app/run).
        self._recall_check: Callable[[Message], RecallRefusal | None] | None = None
        self.list.activated.connect(lambda _index: self.view.composer.focus_editor())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._conversation_menu)
        self.undo_bar = UndoBar()
        self.undo_bar.undo_requested.connect(self.undo)
        self.nothing_open = EmptyPage("chats", "", "", "", ink(palette))
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.nothing_open)
        # Built when a conversation first opens, or just after the first paint (app/run).
        self.pane: PageSlot[ConversationView] = PageSlot(
            self.right_stack, self._build_view, self._wire_view
        )

        self.splitter = QSplitter()
        self.splitter.setObjectName("chatsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._left_panel())
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.undo_bar)
        self.setStyleSheet(_stylesheet(palette))

        QShortcut(QKeySequence("Ctrl+K"), self, self.open_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.start_new_chat)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.start_new_group)
        self.conversations.modelReset.connect(self._show_left)
        self.conversations.rowsInserted.connect(self._show_left)
        self._retranslate()
        self._show_left()

    @property
    def view(self) -> ConversationView:
        """The open conversation's pane (built now if it was not)."""
        return self.pane.page()

    def _build_view(self) -> ConversationView:
        from jego_desktop.ui.chats.conversation_view import ConversationView

        return ConversationView(self.messages, self._palette)

    def _wire_view(self, view: ConversationView) -> None:
        view.call_requested.connect(self.call_requested)
        view.video_call_requested.connect(self.video_call_requested)
        view.composer.send_requested.connect(self.send)
        view.composer.typing_changed.connect(self._on_own_typing)
        view.delegate.retry_requested.connect(self.retry)
        view.recall_requested.connect(self.recall)
        view.delete_requested.connect(self.delete_message)
        view.forward_requested.connect(self.forward)
        view.quote_clicked.connect(self.go_to_message)
        if self._recall_check is not None:
            view.recall_check = self._recall_check

    def _left_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("chatsLeft")
        panel.setMinimumWidth(240)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.new_group_button)
        head.addWidget(self.new_button)
        column = self.left_column = QVBoxLayout(panel)
        column.setContentsMargins(SPACING, SPACING * 2, SPACING, SPACING)
        column.setSpacing(SPACING)
        column.addLayout(head)
        column.addWidget(self.search)
        column.addWidget(self.left_stack, 1)
        return panel

    # ----- services -------------------------------------------------------------------

    def connect_services(self, services: ChatServices) -> None:
        self.services = services
        self.messages = ConversationMessagesModel(services.messages, services.newer, parent=self)
        self._recall_check = services.messaging.recall_refusal
        if self.pane.built:  # else it is built with these
            self.view.model = self.messages
            self.view.list.set_source(self.messages)
            self.view.recall_check = self._recall_check
        self.conversations.set_store(services.conversations)
        # Before the list follows message_added: a message arriving in the open conversation
        # is marked read first, so the list's reload never counts it (no badge flashing 1).
        services.messaging.message_added.connect(self._on_message_added)
        self.conversations.connect_messaging(services.messaging)
        self.results.set_sources(services.search, services.conversations)
        services.messaging.message_changed.connect(self.messages.on_message_changed)
        services.messaging.messages_read.connect(self.messages.on_messages_read)
        services.messaging.typing_changed.connect(self._on_peer_typing)
        services.messaging.recall_failed.connect(self._on_recall_failed)
        services.messaging.recall_not_saved.connect(self._on_recall_not_saved)
        self.deletions = Deletions(
            services.messages.delete,
            services.conversations.delete,
            lambda paths: self._remove_files(paths),
            parent=self,
        )
        self.deletions.started.connect(self._on_deletion_started)
        self.deletions.undone.connect(self._on_deletion_undone)
        self.deletions.done.connect(self._on_deletion_done)
        # nothing deleted leaves while the undo is open (nor after)
        self.deletions.started.connect(services.messaging.withhold)
        self.deletions.undone.connect(services.messaging.give_back)
        self.deletions.done.connect(services.messaging.forget_withheld)
        if services.groups is not None:
            self.groups = ChatGroups(
                self.pane, services, self.conversations, self._palette, parent=self
            )
            self.groups.set_sources(
                self._uri_for, self._account_key, lambda: self._names, lambda: self._home_region
            )
            self.groups.contacts = lambda: self.contact_choices()
            self.groups.open_requested.connect(self._show_opened)
            self.left_column.insertWidget(2, self.groups.invitation_bar)
            self.groups.show_waiting()
            self.groups.problem.connect(self.problem)
            self.new_group_button.setEnabled(True)
        app = QCoreApplication.instance()
        if app is not None:  # what waits for its undo is deleted when the app stops
            app.aboutToQuit.connect(self.deletions.commit)
        self._show_left()

    def set_file_remover(self, remove_files: Callable[[list[str]], None]) -> None:
        """How the files of deleted messages go (profile-relative paths)."""
        self._remove_files = remove_files

    def set_names(self, names: Callable[[str], str]) -> None:
        self._names = names
        self.conversations.set_names(names)
        self._refresh_header()

    def set_home_region(self, region: str) -> None:
        self._home_region = region
        self.conversations.set_home_region(region)
        self._refresh_header()

    # ----- opening conversations ------------------------------------------------------

    @property
    def current(self) -> Conversation | None:
        if not self.pane.built or self.right_stack.currentWidget() is not self.view:
            return None
        return self.view.conversation

    def open_conversation(self, account_key: str, peer_uri: str) -> Conversation | None:
        """Show the conversation with this peer on this engine account, created if needed."""
        if self.services is None:
            return None
        try:
            conversation = self.services.open_conversation(
                account_key or self._account_key(), peer_uri
            )
        except (ValueError, StoreError) as error:
            self.problem.emit(
                self.tr("This conversation cannot be opened: %1").replace(
                    "%1", engine_text(str(error))
                )
            )
            return None
        self.conversations.refresh()
        self._select(conversation.id)
        self.show_conversation(conversation)
        return conversation

    def show_conversation(self, conversation: Conversation, around: Message | None = None) -> None:
        changed = self.current is None or self.current.id != conversation.id
        self.right_stack.setCurrentWidget(self.view)
        title = self.conversations.title_of(conversation)
        self.view.show_conversation(
            conversation, title, display_number(conversation.peer_uri, self._home_region)
        )
        if around is not None:
            row = self.messages.load_around(around)
            self.view.list.scroll_to_row(row)
        elif changed or self.messages.has_newer():
            self.messages.set_conversation(conversation.id)
        self.view.show_composer()
        if self.groups is not None:
            self.groups.follow(conversation)
        self.mark_read_if_seen()

    def _show_opened(self, conversation: Conversation) -> None:
        self._select(conversation.id)
        self.show_conversation(conversation)

    def _select(self, conversation_id: int) -> None:
        row = self.conversations.row_of(conversation_id)
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.conversations.index(row, 0))
            self.list.selectionModel().blockSignals(False)

    def _on_current_changed(self, current: Index, _previous: Index) -> None:
        conversation = current.data(ConversationRole.CONVERSATION) if current.isValid() else None
        if isinstance(conversation, Conversation) and (
            self.current is None or self.current.id != conversation.id
        ):
            self.show_conversation(conversation)

    def start_new_chat(self) -> None:
        # The dialogs' modules are imported when first opened, not before the first paint.
        from jego_desktop.ui.chats.new_chat_dialog import NewChatDialog

        dialog = NewChatDialog(self._uri_for, self._palette, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: dialog.uri and self.open_conversation(self._account_key(), dialog.uri)
        )
        dialog.finished.connect(lambda _result: setattr(self, "new_chat_dialog", None))
        self.new_chat_dialog = dialog
        dialog.open()

    def start_new_group(self) -> None:
        if self.groups is not None:
            self.groups.start_new_group(self)

    # ----- reading and writing --------------------------------------------------------

    def send(self, text: str) -> None:
        conversation = self.current
        if self.services is None or conversation is None:
            return
        try:
            self.services.messaging.send(
                conversation.account_key,
                conversation.peer_uri,
                text,
                reply_to=self.view.replying_to,
            )
        except (ValueError, StoreError) as error:
            self.problem.emit(
                self.tr("The message was not sent: %1").replace("%1", engine_text(str(error)))
            )
            return
        self.view.composer.clear_after_send()
        self.view.cancel_reply()
        if self.messages.has_newer():
            self.messages.set_conversation(conversation.id)
        self.view.list.scroll_to_end()

    # ----- taking back, forwarding, deleting --------------------------------------------

    def recall(self, message: Message) -> None:
        if self.services is None:
            return
        refusal = self.services.messaging.recall(message)
        if refusal is not None:
            self.problem.emit(self.tr("This message cannot be taken back any more."))

    def _on_recall_failed(self, _message: Message) -> None:
        self.problem.emit(
            self.tr("The message could not be taken back: the other phone was not reached.")
        )

    def _on_recall_not_saved(self, _message: Message) -> None:
        self.problem.emit(
            self.tr(
                "The message was taken back, but it could not be removed from this computer."
                " Please take it back again."
            )
        )

    def go_to_message(self, message_pk: int) -> None:
        """Show the message with this row id (a reply's original), loading it if needed."""
        if self.services is None:
            return
        message = self.services.messages.get(message_pk)
        if message is None:
            return
        row = self.messages.row_of(message)
        if row >= 0:
            self.view.list.scroll_to_row(row)
        else:
            self.jump_to(message)

    def forward(self, message: Message) -> None:
        """Ask where to, then send it there (files by link, or uploaded again)."""
        from jego_desktop.ui.chats.forward_dialog import ForwardDialog

        dialog = ForwardDialog(
            self.conversations,
            lambda view: ConversationListDelegate(self._palette, view),
            self._uri_for,
            self._palette,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._forward_to(message, dialog))
        dialog.finished.connect(lambda _result: setattr(self, "forward_dialog", None))
        self.forward_dialog = dialog
        dialog.open()

    def _forward_to(self, message: Message, dialog: ForwardDialog) -> None:
        if self.services is None:
            return
        if dialog.conversation is not None:
            account = dialog.conversation.account_key
            peer = dialog.conversation.peer_uri
        elif dialog.uri is not None:
            account, peer = self._account_key(), dialog.uri
        else:
            return
        try:
            forwarded = self.services.messaging.forward(message, account, peer)
        except (ValueError, StoreError) as error:
            self.problem.emit(
                self.tr("The message was not forwarded: %1").replace("%1", engine_text(str(error)))
            )
            return
        if forwarded is None:
            self.file_forward_wanted.emit(message, account, peer)
        self.open_conversation(account, peer)

    def delete_message(self, message: Message) -> None:
        if self.deletions is not None and self.confirm(
            self.tr("Delete this message from this computer? The other person keeps their copy.")
        ):
            self.deletions.delete_messages([message])

    def delete_conversation(self, conversation: Conversation) -> None:
        if self.deletions is not None and self.confirm(
            self.tr(
                "Delete this whole conversation from this computer?"
                " The other person keeps their copy."
            )
        ):
            self.deletions.delete_conversation(conversation)

    def undo(self) -> None:
        if self.deletions is not None:
            self.deletions.undo()

    def _conversation_menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        conversation = index.data(ConversationRole.CONVERSATION) if index.isValid() else None
        if not isinstance(conversation, Conversation):
            return
        menu = QMenu(self)
        delete = menu.addAction(self.tr("Delete conversation…"))
        delete.triggered.connect(lambda: self.delete_conversation(conversation))
        menu.exec(self.list.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _on_deletion_started(self, deletion: Deletion) -> None:
        if deletion.conversation is not None:
            current = self.current
            self.conversations.hide(deletion.conversation.id)
            if current is not None and current.id == deletion.conversation.id:
                self.right_stack.setCurrentWidget(self.nothing_open)
                self.messages.set_conversation(None)
            self.undo_bar.offer(self.tr("Conversation deleted"))
        else:
            for message in deletion.messages:
                self.messages.remove(message)
            self.undo_bar.offer(self.tr("Message deleted"))
        self._show_left()

    def _on_deletion_undone(self, deletion: Deletion) -> None:
        self.undo_bar.hide()
        if deletion.conversation is not None:
            self.conversations.unhide(deletion.conversation.id)
            self._show_left()
        for message in deletion.messages:
            self.messages.on_message_added(message)

    def _on_deletion_done(self, deletion: Deletion) -> None:
        self.undo_bar.hide()
        if deletion.messages:
            self.conversations.refresh()  # the preview may have been the deleted message

    def _confirm_dialog(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def retry(self, message_id: str) -> None:
        if self.services is not None:
            self.services.messaging.retry(message_id)

    def mark_read_if_seen(self) -> None:
        """Clear the open conversation's unread messages when the user can see them."""
        conversation = self.current
        if self.services is None or conversation is None:
            return
        window = self.window()
        if not self.isVisible() or not window.isActiveWindow() or window.isMinimized():
            return
        fresh = self.services.conversation(conversation.id)
        if fresh is not None and fresh.unread_count:
            # messages_read updates that row of the list (and the badges) by itself.
            self.services.messaging.mark_read(conversation.id)

    def _on_message_added(self, message: Message) -> None:
        self.messages.on_message_added(message)
        current = self.current
        if current is not None and message.conversation_id == current.id:
            if message.direction is MessageDirection.INCOMING:
                self.view.set_typing(False)
                self.mark_read_if_seen()
            else:
                self.view.list.scroll_to_end()

    def _on_own_typing(self, typing: bool) -> None:
        conversation = self.current
        if self.services is not None and conversation is not None:
            self.services.messaging.set_typing(
                conversation.account_key, conversation.peer_uri, typing
            )

    def _on_peer_typing(self, event: TypingChanged) -> None:
        current = self.current
        if current is None or event.account_key != current.account_key:
            return
        if self.services is not None:
            found = self.services.find_conversation(current.account_key, event.peer_uri)
            if found is not None and found.id == current.id:
                self.view.set_typing(event.active)

    # ----- search ---------------------------------------------------------------------

    def open_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def close_search(self) -> None:
        self.search.clear()
        self.list.setFocus()

    def _on_search_text(self, text: str) -> None:
        if text and not self.search.isClearButtonEnabled():
            # Not at start: Qt's first clear button looks its icon up in the icon theme
            # (~20 ms of CPU before the first paint). It only shows over some text.
            self.search.setClearButtonEnabled(True)
        self.results.set_query(text)
        if self.results.rowCount() and text.strip():
            self.result_list.setCurrentIndex(self.results.index(0, 0))
        self._show_left()

    def _open_first_result(self) -> None:
        index = self.result_list.currentIndex()
        if not index.isValid() and self.results.rowCount():
            index = self.results.index(0, 0)
        if index.isValid():
            self._on_result_activated(index)

    def _on_result_activated(self, index: Index) -> None:
        message = self.results.message(index.row())
        if message is not None:
            self.jump_to(message)

    def jump_to(self, message: Message) -> None:
        """Open the message's conversation scrolled to it."""
        if self.services is None:
            return
        conversation = self.services.conversation(message.conversation_id)
        if conversation is None:
            return
        self._select(conversation.id)
        self.show_conversation(conversation, around=message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.close_search()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.search.text().strip():
                self.result_list.setFocus()
                return False
        return super().eventFilter(watched, event)

    # ----- look -----------------------------------------------------------------------

    def _show_left(self) -> None:
        if self.search.text().strip():
            self.left_stack.setCurrentWidget(
                self.result_list if self.results.rowCount() else self.no_results
            )
        else:
            self.left_stack.setCurrentWidget(
                self.list if self.conversations.rowCount() else self.no_conversations
            )

    def arrival_focus(self) -> QWidget:
        """Where the keyboard goes when the page is chosen (Ctrl+1, the rail): the
        conversation list (arrows choose a chat, Enter goes to its composer), or the search
        field while there is no conversation.

        Not a focus proxy: Tab would then enter the page at the list, skipping what is
        above it, and a hidden proxy traps Tab before the page."""
        listed = self.left_stack.currentWidget() is self.list
        return self.list if listed else self.search

    def _refresh_header(self) -> None:
        conversation = self.current
        if conversation is not None:
            self.view.set_title(self.conversations.title_of(conversation))
            if self.groups is not None:
                self.groups.follow(conversation)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Chats"))
        self.new_button.setToolTip(self.tr("New chat (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_group_button.setToolTip(self.tr("New group (Ctrl+Shift+N)"))
        self.new_group_button.setAccessibleName(self.tr("New group"))
        self.search.setPlaceholderText(self.tr("Search messages (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Search messages"))
        self.list.setAccessibleName(self.tr("Conversations"))
        self.result_list.setAccessibleName(self.tr("Search results"))
        self.no_results.setText(self.tr("No messages found"))
        self.no_conversations.setText(
            self.tr(
                "No conversations yet.\nPress Ctrl+N to write to a number or SIP address,"
                "\nor Ctrl+Shift+N to start a group."
            )
        )
        if self.groups is not None:
            self.groups.retranslate()
        self.nothing_open.set_texts(
            self.tr("Choose a conversation"),
            self.tr("Or start a new one with Ctrl+N, or a group with Ctrl+Shift+N."),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.ActivationChange:
            self.mark_read_if_seen()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.mark_read_if_seen()


def _head_button(name: str, button_icon: QIcon) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setIcon(button_icon)
    button.setIconSize(QSize(20, 20))
    button.setAutoRaise(True)
    return button


def _stylesheet(p: Palette) -> str:
    return f"""
    QWidget#chatsLeft {{ background: {p.surface}; border-right: 1px solid {p.border}; }}
    QListView#conversationList, QListView#searchResults {{
        background: {p.surface}; border: none; outline: none;
    }}
    QLineEdit#chatSearch {{
        background: {p.window}; color: {p.text}; border: 1px solid {p.border};
        border-radius: {RADIUS}px; padding: 6px 8px;
    }}
    QLineEdit#chatSearch:focus {{ border: 1px solid {p.accent}; }}
    QToolButton#newChat, QToolButton#newGroup {{ border: none; border-radius: 16px; padding: 6px; }}
    QToolButton#newChat:hover, QToolButton#newGroup:hover {{ background: {p.hover}; }}
    QSplitter#chatsSplitter::handle {{ background: {p.border}; width: 1px; }}
    """ + focus_ring(p, "QToolButton#newChat", "QToolButton#newGroup", "QListView#conversationList")
