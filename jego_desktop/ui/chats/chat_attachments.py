"""Files, pictures and voice messages in the chats page, over the attachment service.

The composer's attach and record buttons send through the service; clicks on a file
in a bubble open it, fetch it, or play it; progress and playback redraw the bubbles.
A program, script or shortcut is opened only after the user says so (`program_warning`),
and a received file carries Windows' "from the Internet" mark when it is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices

from jego_desktop.domain.messages import (
    Attachment,
    AttachmentState,
    Message,
    MessageDirection,
    MessageState,
)
from jego_desktop.domain.risky_files import is_program, program_extension
from jego_desktop.models.chats.forwarding import upload_again
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.program_warning import confirm_program as confirm_program_dialog

if TYPE_CHECKING:  # with the conversation pane, not at start
    from jego_desktop.ui.chats.conversation_view import ConversationView
    from jego_desktop.ui.chats.voice_recorder import VoiceRecorderBar


class Attachments(Protocol):
    """The part of AttachmentService the chats page uses (a fake in tests)."""

    progress: SignalInstance
    problem: SignalInstance

    def send_file(self, account_key: str, peer_uri: str, path: Path) -> None: ...
    def send_voice_message(
        self, account_key: str, peer_uri: str, path: Path, duration_s: float
    ) -> None: ...
    def download(self, message: Message, attachment: Attachment) -> None: ...
    def local_file(self, attachment: Attachment) -> Path | None: ...
    def mark_opened(self, attachment: Attachment) -> None: ...
    def mark_from_internet(self, path: Path, attachment: Attachment) -> None: ...
    def thumbnail_file(self, attachment: Attachment) -> Path | None: ...
    def recording_folder(self) -> Path: ...


class Playback(Protocol):
    position_changed: SignalInstance
    finished: SignalInstance
    failed: SignalInstance

    def play(self, path: Path) -> None: ...
    def stop(self) -> None: ...
    def current(self) -> Path | None: ...


ConfirmProgram = Callable[[str, str], bool]  # file name, real extension -> open it?


def _open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ChatAttachments(QObject):
    """Connects `service` and `playback` to `page`; keeps itself alive as its child.

    `input_device` names the microphone voice messages are recorded with ("" = the
    system default), asked each time a recording starts so a new choice counts at once.
    `confirm_program` asks before a program is opened (a dialog unless a test gives
    another); `open_file` hands a file to the system.
    """

    def __init__(
        self,
        page: ChatsPage,
        service: Attachments,
        playback: Playback,
        input_device: Callable[[], str] = lambda: "",
        *,
        confirm_program: ConfirmProgram | None = None,
        open_file: Callable[[Path], None] = _open_with_system,
    ) -> None:
        super().__init__(page)
        self._confirm_program = confirm_program or (
            lambda name, extension: confirm_program_dialog(page, name, extension)
        )
        self._open_file = open_file
        self._page = page
        self._input_device = input_device
        self._service = service
        self._playback = playback
        self.recorder: VoiceRecorderBar | None = None
        page.pane.when_built(self._attach)
        page.file_forward_wanted.connect(self.forward_files)
        service.progress.connect(self._on_progress)
        playback.position_changed.connect(self._on_position)
        playback.finished.connect(self._on_finished)
        playback.failed.connect(self._on_failed)
        if page.services is not None:
            page.services.messaging.message_changed.connect(self._on_message_changed)

    def _attach(self, view: ConversationView) -> None:
        delegate = view.delegate
        delegate.files = self._service
        delegate.attachment_clicked.connect(self.on_attachment_clicked)
        view.composer.attach_requested.connect(self.send_file)
        view.accept_files()
        view.strip.send_requested.connect(self.send_pending)
        view.composer.empty_submitted.connect(self.send_pending)
        view.composer.send_requested.connect(lambda _text: self.send_pending())
        view.pending.problem.connect(self._page.problem)
        view.composer.record_requested.connect(self.record)

    def send_file(self, path: Path) -> None:
        conversation = self._page.current
        if conversation is not None:
            self._service.send_file(conversation.account_key, conversation.peer_uri, path)
            self._page.view.list.scroll_to_end()

    def send_pending(self) -> None:
        """Send every file of the strip (dropped, pasted), each as a picked file."""
        if self._page.current is not None:
            self._page.view.pending.send(self.send_file)

    def forward_files(self, message: Message, account_key: str, peer_uri: str) -> None:
        """Forwarded files whose links expired go up again from the copy kept here."""
        for name in upload_again(message, account_key, peer_uri, self._service):
            self._page.problem.emit(
                self.tr("%1 was not forwarded: it is no longer on this computer.").replace(
                    "%1", name
                )
            )

    def record(self) -> None:
        if self.recorder is None:
            from jego_desktop.ui.chats.voice_recorder import VoiceRecorderBar

            self.recorder = VoiceRecorderBar(
                self._service.recording_folder(), input_device=self._input_device
            )
            self.recorder.recorded.connect(self._on_recorded)
            self.recorder.cancelled.connect(self._page.view.show_composer)
            self.recorder.problem.connect(self._page.problem)
        self._page.view.show_bottom(self.recorder)
        if not self.recorder.start():
            self._page.view.show_composer()

    def _on_recorded(self, path: Path, duration_s: float) -> None:
        self._page.view.show_composer()
        conversation = self._page.current
        if conversation is not None:
            self._service.send_voice_message(
                conversation.account_key,
                conversation.peer_uri,
                path,
                duration_s,
            )

    def on_attachment_clicked(self, message: Message, attachment: Attachment) -> None:
        from jego_desktop.ui.chats.bubble_layout import AttachmentKind, attachment_kind

        if message.direction is MessageDirection.OUTGOING:
            if message.state is MessageState.FAILED:
                self._page.retry(message.message_id)  # uploads the file again
                return
        elif attachment.state in (AttachmentState.REMOTE, AttachmentState.FAILED):
            self._service.download(message, attachment)
            return
        path = self._service.local_file(attachment)
        if path is None:
            return
        if message.direction is MessageDirection.INCOMING:
            self._service.mark_opened(attachment)  # kept when room is made for new files
        if attachment_kind(attachment) == AttachmentKind.VOICE:
            if self._playback.current() == path:
                self._playback.stop()
            else:
                self._playback.play(path)
            return
        self._open(message, attachment, path)

    def _open(self, message: Message, attachment: Attachment, path: Path) -> None:
        try:
            with open(path, "rb") as stream:
                head = stream.read(64)
        except OSError:
            return
        name = attachment.file_name or path.name
        if is_program(name, head) or is_program(path.name, head):
            extension = program_extension(name) or program_extension(path.name)
            if not self._confirm_program(name, extension):
                return
        if message.direction is MessageDirection.INCOMING:
            self._service.mark_from_internet(path, attachment)
        self._open_file(path)

    def _on_progress(self, attachment_id: int, done: object, total: object) -> None:
        if not self._page.pane.built:  # it starts with the next progress
            return
        self._page.view.delegate.progress[attachment_id] = (
            int(done) if isinstance(done, int) else 0,
            int(total) if isinstance(total, int) else None,
        )
        self._page.view.list.viewport().update()

    def _on_message_changed(self, message: Message) -> None:
        if not self._page.pane.built:  # nothing drawn yet to forget
            return
        delegate = self._page.view.delegate
        for attachment in message.attachments:
            if attachment.id is not None and attachment.state is not AttachmentState.UPLOADING:
                delegate.progress.pop(attachment.id, None)
            if attachment.id is not None:
                delegate.forget_picture(attachment.id)

    def _on_position(self, path: str, position: float, duration: float) -> None:
        self._page.view.delegate.voice_position[path] = (position, duration)
        self._page.view.list.viewport().update()

    def _on_finished(self, path: str) -> None:
        self._page.view.delegate.voice_position.pop(path, None)
        self._page.view.list.viewport().update()

    def _on_failed(self, path: str, message: str) -> None:
        self._on_finished(path)
        self._page.problem.emit(message)
