"""Files and voice messages in the chats page: the attachment service over the file
store and the file server, and voice playback on the chosen output. Wired after the
window's first paint (app/services.py)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings, QTimer

from jego_desktop.models.chats.attachments import AttachmentService
from jego_desktop.models.chats.file_transfers import FileTransfers
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.models.chats.voice_playback import VoicePlayback
from jego_desktop.models.settings.settings_values import MAX_AUTO_DOWNLOAD_MB, AppSettings
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.auto_downloads import AutoDownloads
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.file_store import FileStore, FileStoreError
from jego_desktop.store.http_auth import Credentials
from jego_desktop.store.known_senders import KnownSenders
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.profile import Profile
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui.chats.chat_attachments import ChatAttachments
from jego_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def wire_attachments(
    messaging: MessagingService,
    database: Database,
    profile: Profile,
    settings: QSettings,
    secrets: SecretStore,
    window: MainWindow,
) -> None:
    """Files and voice messages in the chats page: the file server from the settings, the
    SIP credentials, voice messages played on the chosen output."""
    values = AppSettings(settings)
    accounts = AccountStore(database)

    def credentials(account_key: str) -> Credentials | None:
        account = accounts.get(account_key) if account_key else None
        password = secrets.password(account_key) if account is not None else None
        return (
            None
            if account is None or password is None
            else Credentials(account.auth_username, password)
        )

    files = FileStore(profile.files_dir, profile.thumbnails_dir)
    files.remove_partials()
    service = AttachmentService(
        messaging,
        MessageStore(database),
        ConversationStore(database),
        files,
        server_url=lambda _account_key: values.files_server_url(),
        credentials=credentials,
        limits=values.download_limits,
        known_sender=KnownSenders(database).is_known,
        auto_downloads=AutoDownloads(database),
        plain_http_loopback=values.plain_http_loopback,
        voice_format=values.voice_format,
        # Bigger files than the automatic size download on request, up to the setting's top.
        transfers=FileTransfers(files, max_download_bytes=MAX_AUTO_DOWNLOAD_MB * 1024 * 1024),
        parent=window,
    )
    service.problem.connect(lambda text: window.notices.set_notice("files", text))
    window.chats_page.set_file_remover(lambda paths: remove_files(files, paths))
    QCoreApplication.instance().aboutToQuit.connect(service.shutdown)  # type: ignore[union-attr]
    QTimer.singleShot(0, service.resume)
    playback = VoicePlayback(lambda: values.audio().output_device, parent=window)
    ChatAttachments(
        window.chats_page, service, playback, input_device=lambda: values.audio().input_device
    )


def remove_files(files: FileStore, paths: list[str]) -> None:
    """The files of deleted messages (profile-relative paths); one that is not in the
    files folder is left alone."""
    for path in paths:
        try:
            files.remove(files.resolve(path))
        except (FileStoreError, OSError) as error:
            log.warning("a deleted message's file stays: %s", error)
