"""Files and voice messages in chats, over the messaging service and the file server.

Sending: the file is copied into the profile, the message is stored at once with its
attachment UPLOADING (the chat shows it with progress), the file goes to the account's
file-transfer server, and only then does the MESSAGE describing it leave, through
`MessagingService` like any text (same outbox, states and retries).

Receiving: a MESSAGE describing a file is stored with the attachment REMOTE. Whether
it is fetched at once is `domain.download_limits.decide`: never from a stranger (not a
contact, never written to; in a group, the member who sent the file, whether or not the
user wrote in the group; the per-sender rates count the group as one), never above
the automatic size, and within per-sender rates and the quota of received files (the
oldest unopened automatic downloads make room); a held file waits for a click
(`download`) with a note saying why. The URL is the sender's choice, so
`store.http_transfer` only lets it reach public addresses (or the configured server)
and gives the credentials to the configured server alone.
States move REMOTE -> DOWNLOADING -> AVAILABLE (or FAILED, EXPIRED) in the store and
each move is announced as `MessagingService.message_changed`. Pictures get a
thumbnail; voice messages are probed for their length and whether they play.
"""

from __future__ import annotations

import logging
import mimetypes
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from jego_desktop.domain.download_limits import DAY_S, HOUR_S, DownloadLimits, Hold, decide
from jego_desktop.domain.fetch_rules import FileServerTrust
from jego_desktop.domain.file_transfer import (
    FT_HTTP_CONTENT_TYPE,
    UNKNOWN,
    FileInfo,
    base_content_type,
    build_ft_http,
    content_matches_type,
    is_voice_recording_type,
    sniff_image_type,
)
from jego_desktop.domain.messages import (
    Attachment,
    AttachmentState,
    Message,
    MessageDirection,
    MessageState,
)
from jego_desktop.media.matroska_writer import OggOpusError, matroska_bytes, read_ogg_opus
from jego_desktop.media.voice_message import VoiceProbe, probe_voice_file
from jego_desktop.models.chats.file_transfers import FileTransfers
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.models.chats.thumbnails import make_thumbnail
from jego_desktop.models.contacts.peer_text import peer_number
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.store.auto_downloads import AutoDownloads
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.errors import StoreError
from jego_desktop.store.file_store import SENT, THUMBNAILS, FileStore, FileStoreError
from jego_desktop.store.http_auth import Credentials
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.transfer_errors import (
    AuthenticationError,
    BadAnswerError,
    CancelledError,
    ContentTypeMismatchError,
    ExpiredError,
    FileTooLargeError,
    ForbiddenAddressError,
    ServerRejectedError,
    ServerUnreachableError,
    SizeMismatchError,
    TooSlowError,
    TransferError,
    TruncatedError,
)
from jego_desktop.store.zone_identifier import mark_from_internet

log = logging.getLogger(__name__)

# Linphone marks voice recordings with this parameter; the container is Ogg Opus.
VOICE_MESSAGE_TYPE = "audio/ogg;voice-recording=yes"
# Linphone's player opens WAV and Matroska only; in the Linphone-compatible format the
# recording travels as Matroska, declared the way Linphone declares its own recordings.
LINPHONE_VOICE_TYPE = "audio/wav;voice-recording=yes"
OGG = "ogg"
MATROSKA = "matroska"
OCTET_STREAM = "application/octet-stream"

ServerUrl = Callable[[str], str]  # engine account key -> upload address ("" = none)
CredentialsFor = Callable[[str], Credentials | None]  # engine account key -> credentials
Limits = Callable[[], DownloadLimits]  # what is downloaded without asking
KnownSender = Callable[[str, str], bool]  # store account key, peer URI -> known?
Flag = Callable[[], bool]
VoiceFormat = Callable[[], str]  # OGG (the standard) or MATROSKA (for Linphone peers)


@dataclass(frozen=True)
class _Transfer:
    message_pk: int
    message_id: str
    attachment: Attachment  # as stored when the transfer started
    upload: bool


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            self._work()
        except Exception:  # a preview is a nicety; never let it take the app down
            log.exception("preparing an attachment failed")


class AttachmentService(QObject):
    """Sends and receives files and voice messages; see the module docstring.

    Signals:
        progress(int, object, object): attachment id, bytes done, bytes in all (or None).
        problem(str): a sentence for the user (a file that cannot be sent or fetched).
    """

    progress = Signal(int, object, object)
    problem = Signal(str)
    _prepared = Signal(int)  # message pk whose thumbnail is ready (from a worker thread)

    def __init__(
        self,
        messaging: MessagingService,
        messages: MessageStore,
        conversations: ConversationStore,
        files: FileStore,
        *,
        server_url: ServerUrl,
        credentials: CredentialsFor,
        limits: Limits,
        known_sender: KnownSender,
        auto_downloads: AutoDownloads,
        plain_http_loopback: Flag = lambda: False,
        voice_format: VoiceFormat = lambda: OGG,
        transfers: FileTransfers | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._messaging = messaging
        self._messages = messages
        self._conversations = conversations
        self._files = files
        self._server_url = server_url
        self._credentials = credentials
        self._limits = limits
        self._known_sender = known_sender
        self._auto_downloads = auto_downloads
        self._plain_http_loopback = plain_http_loopback
        self._voice_format = voice_format
        self._transfers = transfers or FileTransfers(files, parent=self)
        self._jobs: dict[int, _Transfer] = {}
        self._job_of: dict[int, int] = {}  # attachment id -> job
        self._reasons: dict[int, str] = {}  # attachment id -> why its transfer failed
        self._voice_problems: dict[int, str] = {}  # attachment id -> why it cannot play
        self._probes: dict[int, VoiceProbe] = {}  # filled on worker threads
        self._probes_lock = threading.Lock()
        self._dropped: set[int] = set()  # attachment ids taken back while downloading
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._transfers.progress.connect(self._on_progress)
        self._transfers.uploaded.connect(self._on_uploaded)
        self._transfers.downloaded.connect(self._on_downloaded)
        self._transfers.failed_because.connect(self._on_failed)
        self._prepared.connect(self._on_prepared)
        messaging.message_added.connect(self.on_message_added)
        messaging.upload_wanted.connect(self.on_upload_wanted)
        messaging.attachments_dropped.connect(self.on_attachments_dropped)

    # ----- the user's actions ---------------------------------------------------------

    def send_file(self, account_key: str, peer_uri: str, path: Path) -> None:
        """Send a file the user picked (a copy is kept in the profile)."""
        if not self._can_send(account_key):
            return
        if not path.is_file():
            self.problem.emit(
                self.tr("“%1” is not a file that can be sent.").replace("%1", path.name)
            )
            return
        try:
            stored = self._files.import_file(path, SENT)
        except (OSError, FileStoreError) as error:
            self.problem.emit(
                self.tr("“%1” cannot be read: %2")
                .replace("%1", path.name)
                .replace("%2", str(error))
            )
            return
        self._send_stored(account_key, peer_uri, stored, content_type_for(stored), None)

    def send_voice_message(
        self, account_key: str, peer_uri: str, path: Path, duration_s: float
    ) -> None:
        """Send a recorded voice message (Ogg Opus) with its playing length.

        In the MATROSKA voice format the packets are repackaged as Matroska first.
        """
        if not self._can_send(account_key):
            return
        content_type = VOICE_MESSAGE_TYPE
        try:
            if self._voice_format() == MATROSKA:
                stored = self._as_matroska(path)
                content_type = LINPHONE_VOICE_TYPE
            elif path.resolve().parent == self._files.folder(SENT):
                stored = path.resolve()
            else:
                stored = self._files.import_file(path, SENT)
        except (OSError, FileStoreError, OggOpusError) as error:
            self.problem.emit(
                self.tr("The voice message cannot be read: %1").replace(
                    "%1", engine_text(str(error))
                )
            )
            return
        self._send_stored(account_key, peer_uri, stored, content_type, max(0.0, duration_s))

    def _as_matroska(self, path: Path) -> Path:
        data, _ = matroska_bytes(read_ogg_opus(path.read_bytes()))
        with self._files.begin(f"{path.stem}.mka", SENT) as partial:
            partial.write(data)
            stored = partial.commit()
        if path.resolve().parent == self._files.folder(SENT):
            path.unlink()  # the recording itself was only a step on the way
        return stored

    def download(self, message: Message, attachment: Attachment) -> None:
        """Fetch a received file now (a large one, or after a failure); for a file of
        ours whose upload failed, send it again."""
        if attachment.id is None or attachment.id in self._job_of:
            return
        if message.direction is MessageDirection.OUTGOING:
            if attachment.state is AttachmentState.FAILED:
                if message.state is MessageState.FAILED:
                    self._messaging.retry(message.message_id)  # -> on_upload_wanted
                else:
                    self.on_upload_wanted(message)
            return
        if self.local_file(attachment) is not None:
            return
        if not attachment.download_url:
            self.problem.emit(self.tr("This file has no download address."))
            return
        self._start_download(message, attachment)

    def mark_from_internet(self, path: Path, attachment: Attachment) -> None:
        """Before the system opens a received file: Windows' Zone.Identifier mark."""
        mark_from_internet(path, attachment.download_url or "")

    def mark_opened(self, attachment: Attachment) -> None:
        """The user opened or played a received file: it is no longer removed for room."""
        if attachment.id is not None:
            self._auto_downloads.mark_opened(attachment.id, self._messages.now())

    def cancel(self, attachment_id: int) -> None:
        job = self._job_of.get(attachment_id)
        if job is not None:
            self._transfers.cancel(job)

    @Slot(object)
    def on_attachments_dropped(self, attachments: tuple[Attachment, ...]) -> None:
        """A message was taken back (by the peer, or by the user): its files and
        thumbnails go from the disk (only what is in the profile's files folder); a
        download still running is stopped, and what it wrote removed when it ends."""
        for attachment in attachments:
            if attachment.id is None:
                continue
            if attachment.id in self._job_of:
                self._dropped.add(attachment.id)
                self.cancel(attachment.id)
            self._remove_local_copy(attachment.id, attachment.local_path)

    def _remove_local_copy(self, attachment_id: int, local_path: str | None) -> None:
        if local_path:
            try:
                self._files.remove(self._files.resolve(local_path))
            except (OSError, FileStoreError) as error:
                log.warning("the file of attachment %s stays: %s", attachment_id, error)
        (self._files.folder(THUMBNAILS) / _thumbnail_name(attachment_id)).unlink(missing_ok=True)

    # ----- what the views ask ---------------------------------------------------------

    def local_file(self, attachment: Attachment) -> Path | None:
        """The file on disk when the attachment is AVAILABLE and the file is there."""
        if attachment.state is not AttachmentState.AVAILABLE or not attachment.local_path:
            return None
        try:
            path = self._files.resolve(attachment.local_path)
        except FileStoreError:
            return None
        return path if path.is_file() else None

    def thumbnail_file(self, attachment: Attachment) -> Path | None:
        if attachment.id is None:
            return None
        path = self._files.folder(THUMBNAILS) / _thumbnail_name(attachment.id)
        return path if path.is_file() else None

    def failure_reason(self, attachment: Attachment) -> str:
        """Why the last transfer of this attachment failed ("" if unknown)."""
        return "" if attachment.id is None else self._reasons.get(attachment.id, "")

    def voice_problem(self, attachment: Attachment) -> str:
        """Why a voice message cannot be played here ("" when it can, or is not here)."""
        if attachment.id is None:
            return ""
        if attachment.id not in self._voice_problems:
            path = self.local_file(attachment)
            if path is None or not is_voice(attachment):
                return ""
            self._voice_problems[attachment.id] = self._describe(probe_voice_file(path))
        return self._voice_problems[attachment.id]

    def recording_folder(self) -> Path:
        """Where the voice recorder writes (sending then needs no copy)."""
        return self._files.folder(SENT)

    def is_busy(self, attachment_id: int) -> bool:
        return attachment_id in self._job_of

    # ----- start-up and shutdown ------------------------------------------------------

    def resume(self) -> None:
        """Pick up transfers an earlier run left unfinished: uploads start again,
        downloads go back to waiting (and start if small enough)."""
        for message in self._messages.with_unfinished_transfers():
            if message.direction is MessageDirection.OUTGOING:
                self.on_upload_wanted(message)
                continue
            for attachment in message.attachments:
                if attachment.state is AttachmentState.DOWNLOADING:
                    self._messages.update_attachment(
                        replace(attachment, state=AttachmentState.REMOTE)
                    )
            fresh = self._messages.get(message.id)
            if fresh is not None:
                self.on_message_added(fresh)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        stopped = self._transfers.shutdown(timeout_ms)
        return bool(self._pool.waitForDone(timeout_ms)) and stopped

    # ----- messaging events -----------------------------------------------------------

    @Slot(object)
    def on_message_added(self, message: Message) -> None:
        if message.direction is not MessageDirection.INCOMING:
            return
        conversation = self._conversations.get(message.conversation_id)
        if conversation is None:
            return
        limits = self._limits()
        sender = message.author_uri or conversation.peer_uri  # in a group: who wrote it
        known = self._known_sender(conversation.account_key, sender)
        for attachment in message.attachments:
            if (
                attachment.state is not AttachmentState.REMOTE
                or attachment.size is None
                or attachment.id is None
            ):
                continue
            now = self._messages.now()
            hour = self._auto_downloads.sender_use(conversation.id, now - HOUR_S)
            day = self._auto_downloads.sender_use(conversation.id, now - DAY_S)
            removable = self._auto_downloads.removable()
            decision = decide(
                attachment.size,
                known_sender=known,
                sender_files_last_hour=hour.files,
                sender_bytes_last_day=day.bytes,
                received_bytes=self._auto_downloads.received_bytes(),
                removable_bytes=sum(r.bytes for r in removable),
                limits=limits,
            )
            if decision.hold is not Hold.NONE:
                self._held(peer_number(sender), attachment, decision.hold)
                continue
            if decision.free_bytes:
                self._make_room(decision.free_bytes)
            self._auto_downloads.record(attachment.id, conversation.id, attachment.size, now)
            self._start_download(message, attachment)

    def _held(self, sender: str, attachment: Attachment, hold: Hold) -> None:
        """A note for a file that waits for a click because of a limit."""
        assert attachment.id is not None
        if hold is Hold.SENDER_FILES or hold is Hold.SENDER_BYTES:
            why = self.tr("%1 has sent many files lately").replace("%1", sender)
        elif hold is Hold.QUOTA:
            why = self.tr("received files have reached their space limit")
        else:
            return  # a stranger's or a large file: its bubble says to click, as always
        note = (
            self.tr("“%1” was not downloaded automatically: %2. Click it to download it.")
            .replace("%1", attachment.file_name)
            .replace("%2", why)
        )
        self._reasons[attachment.id] = note
        self.problem.emit(note)

    def _make_room(self, needed: int) -> None:
        """Remove the oldest unopened automatic downloads until `needed` bytes are free."""
        freed = removed = 0
        for old in self._auto_downloads.removable():
            if freed >= needed:
                break
            message = self._messages.get(old.message_pk)
            found = [a for a in message.attachments if a.id == old.attachment_id] if message else []
            if message is None or not found:
                continue
            try:
                self._files.remove(self._files.resolve(old.local_path))
            except (OSError, FileStoreError):
                log.warning("could not remove attachment %s to make room", old.attachment_id)
                continue
            (self._files.folder(THUMBNAILS) / _thumbnail_name(old.attachment_id)).unlink(
                missing_ok=True
            )
            self._messages.update_attachment(
                replace(found[0], state=AttachmentState.REMOTE, local_path=None)
            )
            self._auto_downloads.mark_removed(old.attachment_id, self._messages.now())
            self._messaging.publish_changed(message.id)
            freed += old.bytes
            removed += 1
        if removed:
            self.problem.emit(
                self.tr(
                    "To make room for new files, files downloaded automatically and never"
                    " opened were removed (%1); click one to download it again."
                ).replace("%1", str(removed))
            )

    @Slot(object)
    def on_upload_wanted(self, message: Message) -> None:
        for attachment in message.attachments:
            if attachment.id is None or attachment.id in self._job_of:
                continue
            if attachment.state in (AttachmentState.FAILED, AttachmentState.UPLOADING):
                uploading = replace(attachment, state=AttachmentState.UPLOADING)
                self._messages.update_attachment(uploading)
                self._messaging.publish_changed(message.id)
                self._start_upload(message, uploading)

    # ----- sending --------------------------------------------------------------------

    def _can_send(self, account_key: str) -> bool:
        if self._server_url(account_key).strip():
            return True
        self.problem.emit(
            self.tr(
                "Files cannot be sent: no file-transfer server is set. Add its address in"
                " Settings, under Files."
            )
        )
        return False

    def _send_stored(
        self,
        account_key: str,
        peer_uri: str,
        stored: Path,
        content_type: str,
        duration: float | None,
    ) -> None:
        attachment = Attachment(
            file_name=stored.name,
            content_type=content_type,
            size=stored.stat().st_size,
            local_path=self._files.relative(stored),
            state=AttachmentState.UPLOADING,
            duration=duration,
        )
        try:
            message = self._messaging.add_held(
                account_key, peer_uri, FT_HTTP_CONTENT_TYPE, (attachment,)
            )
        except (ValueError, StoreError) as error:
            self._files.remove(stored)
            self.problem.emit(
                self.tr("The file cannot be sent: %1").replace("%1", engine_text(str(error)))
            )
            return
        sent = message.attachments[0]
        if is_picture(sent.content_type) and sent.id is not None:
            self._pool.start(_Task(lambda: self._thumbnail_then_announce(message.id, sent, stored)))
        self._start_upload(message, sent)

    def _start_upload(self, message: Message, attachment: Attachment) -> None:
        account_key = self._account_of(message)
        path = self.local_file(replace(attachment, state=AttachmentState.AVAILABLE))
        server = self._server_url(account_key).strip()
        if path is None or not server:
            reason = (
                self.tr("The file to send is no longer in the profile folder.")
                if path is None
                else self.tr("No file-transfer server is set.")
            )
            self._upload_failed(_Transfer(message.id, message.message_id, attachment, True), reason)
            return
        job = self._transfers.start_upload(
            server,
            path,
            attachment.content_type,
            self._credentials(account_key),
            plain_http_loopback=self._plain_http_loopback(),
            playing_length_ms=None
            if attachment.duration is None
            else round(attachment.duration * 1000),
        )
        self._track(job, _Transfer(message.id, message.message_id, attachment, True))

    # ----- receiving ------------------------------------------------------------------

    def _start_download(self, message: Message, attachment: Attachment) -> None:
        assert attachment.id is not None and attachment.download_url
        info = FileInfo(
            name=attachment.file_name,
            size=attachment.size or 0,
            content_type=attachment.content_type,
            url=attachment.download_url,
            until=attachment.expires_at,
        )
        downloading = replace(attachment, state=AttachmentState.DOWNLOADING)
        self._messages.update_attachment(downloading)
        self._reasons.pop(attachment.id, None)
        self._messaging.publish_changed(message.id)
        account_key = self._account_of(message)
        job = self._transfers.start_download(
            info,
            self._credentials(account_key),
            trust=FileServerTrust(
                self._server_url(account_key).strip(), self._plain_http_loopback()
            ),
            then=lambda path: self._prepare(downloading, path),
        )
        self._track(job, _Transfer(message.id, message.message_id, downloading, False))

    def _prepare(self, attachment: Attachment, path: Path) -> None:
        """Worker thread: a thumbnail for a picture, a probe for a voice message."""
        assert attachment.id is not None
        if is_picture(attachment.content_type):
            self._make_thumbnail(attachment.id, path)
        if is_voice(attachment):
            probe = probe_voice_file(path)
            with self._probes_lock:
                self._probes[attachment.id] = probe

    def _thumbnail_then_announce(self, message_pk: int, attachment: Attachment, path: Path) -> None:
        assert attachment.id is not None
        if self._make_thumbnail(attachment.id, path):
            self._prepared.emit(message_pk)

    def _make_thumbnail(self, attachment_id: int, path: Path) -> bool:
        if (self._files.folder(THUMBNAILS) / _thumbnail_name(attachment_id)).exists():
            return True
        return make_thumbnail(path, self._files, name=_thumbnail_name(attachment_id)) is not None

    # ----- transfer reports (GUI thread) ----------------------------------------------

    def _track(self, job: int, transfer: _Transfer) -> None:
        assert transfer.attachment.id is not None
        self._jobs[job] = transfer
        self._job_of[transfer.attachment.id] = job

    def _finish(self, job: int) -> _Transfer | None:
        transfer = self._jobs.pop(job, None)
        if transfer is not None and transfer.attachment.id is not None:
            self._job_of.pop(transfer.attachment.id, None)
        return transfer

    @Slot(int, object, object)
    def _on_progress(self, job: int, done: object, total: object) -> None:
        transfer = self._jobs.get(job)
        if transfer is not None and transfer.attachment.id is not None:
            self.progress.emit(transfer.attachment.id, done, total)

    @Slot(int, object)
    def _on_uploaded(self, job: int, info: FileInfo) -> None:
        transfer = self._finish(job)
        if transfer is None:
            return
        if self._messages.get(transfer.message_pk) is None:  # deleted while it uploaded
            log.info("upload of a deleted message ended: its link is not sent")
            return
        attachment = replace(
            transfer.attachment,
            state=AttachmentState.AVAILABLE,
            download_url=info.url,
            expires_at=info.until,
        )
        try:
            self._messages.complete_upload(transfer.message_pk, build_ft_http(info), attachment)
        except (ValueError, StoreError) as error:
            self._upload_failed(transfer, engine_text(str(error)))
            return
        self._messaging.release(transfer.message_pk)

    @Slot(int, str)
    def _on_downloaded(self, job: int, path: str) -> None:
        transfer = self._finish(job)
        if transfer is None:
            return
        attachment = transfer.attachment
        assert attachment.id is not None
        with self._probes_lock:
            probe = self._probes.pop(attachment.id, None)
        if attachment.id in self._dropped:  # taken back before the download ended
            self._dropped.discard(attachment.id)
            self._remove_local_copy(attachment.id, self._files.relative(Path(path)))
            return
        duration = attachment.duration
        if probe is not None:
            if probe.playable and probe.duration_ms is not None:
                duration = probe.duration_ms / 1000
            self._voice_problems[attachment.id] = self._describe(probe)
        stored = replace(
            attachment,
            state=AttachmentState.AVAILABLE,
            local_path=self._files.relative(Path(path)),
            duration=duration,
        )
        self._messages.update_attachment(stored)
        mark_from_internet(Path(path), attachment.download_url or "")
        self._messaging.publish_changed(transfer.message_pk)

    @Slot(int, object)
    def _on_failed(self, job: int, error: TransferError) -> None:
        transfer = self._finish(job)
        if transfer is None:
            return
        attachment = transfer.attachment
        assert attachment.id is not None
        log.info("transfer of attachment %s failed: %s", attachment.id, error)
        if attachment.id in self._dropped:  # taken back: no row is left to update
            self._dropped.discard(attachment.id)
            return
        if transfer.upload:
            self._upload_failed(transfer, self._explain(error))
            return
        if isinstance(error, CancelledError):
            state = AttachmentState.REMOTE  # waits for the user to ask again
        elif isinstance(error, ExpiredError):
            state = AttachmentState.EXPIRED
        else:
            state = AttachmentState.FAILED
        reason = self._explain(error)
        self._reasons[attachment.id] = reason
        self._messages.update_attachment(replace(attachment, state=state))
        self._messaging.publish_changed(transfer.message_pk)
        if state is not AttachmentState.REMOTE:
            self.problem.emit(
                self.tr("“%1” could not be downloaded: %2")
                .replace("%1", attachment.file_name)
                .replace("%2", reason)
            )

    def _upload_failed(self, transfer: _Transfer, reason: str) -> None:
        if self._messages.get(transfer.message_pk) is None:  # deleted: nothing to mark
            return
        attachment = replace(transfer.attachment, state=AttachmentState.FAILED)
        if attachment.id is not None:
            self._reasons[attachment.id] = reason
        self._messages.update_attachment(attachment)
        self._messages.update_outgoing_state(
            transfer.message_id, MessageState.FAILED, reason=reason
        )
        self._messaging.publish_changed(transfer.message_pk)
        self.problem.emit(
            self.tr("“%1” was not sent: %2")
            .replace("%1", attachment.file_name)
            .replace("%2", reason)
        )

    @Slot(int)
    def _on_prepared(self, message_pk: int) -> None:
        self._messaging.publish_changed(message_pk)

    # ----- helpers --------------------------------------------------------------------

    def _account_of(self, message: Message) -> str:
        conversation = self._conversations.get(message.conversation_id)
        return "" if conversation is None else conversation.account_key

    def _explain(self, error: TransferError) -> str:
        """The failure in the user's language (the English details go to the log)."""
        if isinstance(error, ServerUnreachableError):
            return self.tr("The file server cannot be reached.")
        if isinstance(error, AuthenticationError):
            return self.tr("The file server refused the account's user name or password.")
        if isinstance(error, SizeMismatchError):
            return self.tr(
                "The file does not have the size it was announced with; it was not kept."
            )
        if isinstance(error, TruncatedError):
            return self.tr("The download was cut off before the end; nothing was kept.")
        if isinstance(error, FileTooLargeError):
            return self.tr(
                "The file is larger than this app downloads, or than the free disk space."
            )
        if isinstance(error, ContentTypeMismatchError):
            return self.tr("The file's content is not what it was announced as; it was not kept.")
        if isinstance(error, ExpiredError):
            return self.tr("The file is no longer available on the server.")
        if isinstance(error, ForbiddenAddressError):
            return self.tr(
                "The file is on a local or private address, which a message may not make"
                " this app reach; it was not downloaded."
            )
        if isinstance(error, TooSlowError):
            return self.tr("The download took too long and was stopped; nothing was kept.")
        if isinstance(error, ServerRejectedError):
            return self.tr("The file server refused the transfer (error %1).").replace(
                "%1", str(error.status)
            )
        if isinstance(error, BadAnswerError):
            return self.tr("The file server's answer was not understood.")
        if isinstance(error, CancelledError):
            return self.tr("Cancelled.")
        return engine_text(str(error))

    def _describe(self, probe: VoiceProbe) -> str:
        if probe.playable:
            return ""
        if probe.container == UNKNOWN:
            return self.tr("This voice message is in a sound format this app cannot play.")
        return self.tr("This voice message cannot be played here: %1").replace(
            "%1", engine_text(probe.message)
        )


def content_type_for(path: Path) -> str:
    """The content type to declare: what the bytes show for pictures, else the name's."""
    with open(path, "rb") as stream:
        head = stream.read(64)
    picture = sniff_image_type(head)
    if picture is not None:
        return picture
    guessed = mimetypes.guess_type(path.name)[0] or OCTET_STREAM
    # An extension that lies (a .png that is no picture) must not reach the receiver,
    # who would refuse the file.
    return guessed if content_matches_type(guessed, head) else OCTET_STREAM


def is_picture(content_type: str) -> bool:
    return base_content_type(content_type).startswith("image/")


def is_voice(attachment: Attachment) -> bool:
    return (
        is_voice_recording_type(attachment.content_type)
        or attachment.duration is not None
        or base_content_type(attachment.content_type).startswith("audio/")
    )


def _thumbnail_name(attachment_id: int) -> str:
    return f"attachment-{attachment_id}.jpg"
