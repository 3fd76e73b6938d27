"""Composition root: builds the profile, store, engine and windows, and wires them."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication

from jego_desktop import APP_ID, APP_NAME, __version__
from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.events import AudioProblem, EngineError
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.devices import audio_status
from jego_desktop.media.echo import VoiceSettings
from jego_desktop.media.ringer import Ringer
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.media.sound_check import SoundCheck
from jego_desktop.models.account_editor import AccountEditor
from jego_desktop.models.attachments import AttachmentService
from jego_desktop.models.call_log import CallLogRecorder
from jego_desktop.models.calls import CallsModel
from jego_desktop.models.contact_presence import ContactPresenceWatch
from jego_desktop.models.dtmf_choice import DtmfByMethod
from jego_desktop.models.engine_texts import engine_text
from jego_desktop.models.file_transfers import FileTransfers
from jego_desktop.models.messaging import MessagingService
from jego_desktop.models.post_dial import PostDial, connect_dial_pad
from jego_desktop.models.registration_status import RegistrationStatus
from jego_desktop.models.remote_commands import RemoteActions, RemoteCommands
from jego_desktop.models.ring_control import RingControl
from jego_desktop.models.settings_values import (
    MAX_AUTO_DOWNLOAD_MB,
    AppSettings,
    AudioPreferences,
)
from jego_desktop.models.sound_devices import SoundDevices
from jego_desktop.models.video_call import VideoCalls
from jego_desktop.models.voice_playback import VoicePlayback
from jego_desktop.platform.autostart import set_start_at_login, starts_at_login
from jego_desktop.platform.link_handler import install_link_handler
from jego_desktop.platform.notifications import DesktopNotifier
from jego_desktop.platform.quit_signals import QuitOnSignals
from jego_desktop.platform.single_instance import InstanceServer, forward, server_name
from jego_desktop.platform.url_open_events import UrlOpenFilter
from jego_desktop.remote_client import print_reply, reply_without_app
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import StoreError
from jego_desktop.store.file_store import FileStore
from jego_desktop.store.http_auth import Credentials
from jego_desktop.store.logs import configure_logging
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.profile import Profile
from jego_desktop.store.search import MessageSearch
from jego_desktop.store.secrets import SecretStore, keyring_status
from jego_desktop.ui.call_windows import CallWindows
from jego_desktop.ui.chat_attachments import ChatAttachments
from jego_desktop.ui.chats_page import ChatServices
from jego_desktop.ui.event_notifications import EventNotifications
from jego_desktop.ui.main_window import MainWindow
from jego_desktop.ui.resources import icon, resources_dir
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.style import current_palette
from jego_desktop.ui.translations import choose_language, install_translators
from jego_desktop.ui.video_view import attach_video

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    profile_dir: Path | None
    verbose: bool = False
    command: tuple[str, ...] = ()  # e.g. ("call", "tel:…"); () just starts or shows the app
    start_hidden: bool = False  # at login: run without showing the window


def run(options: Options) -> int:
    # PySide6 6.12's signal delivery and pjsua2's wrappers both drop references to True
    # and None they never took; on CPython < 3.12 the app would abort after a while.
    protect_singletons()
    profile = Profile.open(options.profile_dir)
    name = server_name(profile.root)
    reply = forward(name, list(options.command) or ["show"])
    if reply is None:  # no instance: `status` reads the store, `answer` etc. fail
        reply = reply_without_app(profile, list(options.command))
    if reply is not None:
        return print_reply(reply)

    configure_logging(profile.logs_dir, options.verbose)
    log.info("%s %s starting with profile %s", APP_NAME, __version__, profile.root)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("jego", size=64))

    settings = QSettings(str(profile.settings_path), QSettings.Format.IniFormat)
    language = choose_language(str(settings.value("ui/language", "")))
    translators = install_translators(app, language)
    log.info("language %s (%d translators)", language, len(translators))
    window = MainWindow(settings)
    report_missing_capabilities(window)
    services = Services.start(profile, settings, window)
    instance = InstanceServer(name, services.commands.handle, parent=window)
    instance.listen()
    links = UrlOpenFilter(  # macOS hands clicked links over as QFileOpenEvent
        services.commands.handle,
        lambda text: window.notices.set_notice("link", text),
        parent=window,
    )
    app.installEventFilter(links)
    # Widgets still alive at exit are destroyed by PySide's atexit cleanup; their events
    # would reach this Python filter with the interpreter half gone (a segfault).
    app.aboutToQuit.connect(lambda: app.removeEventFilter(links))
    app.aboutToQuit.connect(instance.close)
    app.aboutToQuit.connect(services.stop)
    QuitOnSignals(app)  # SIGTERM (logout, kill) hangs up and unregisters like Quit does
    start_hidden = options.start_hidden or bool(settings.value("ui/start_hidden", False, bool))
    if not (start_hidden and window.presence.tray.shown):  # hidden needs a tray to come back
        window.show()
        log.info("main window shown")
    QTimer.singleShot(0, claim_link_types)
    if options.command:
        QTimer.singleShot(0, lambda: print_reply(services.commands.handle(list(options.command))))
    return app.exec()


def claim_link_types() -> None:
    try:
        install_link_handler(resources_dir() / "icons" / "jego.svg")
    except OSError as error:
        log.warning("could not register as the handler of phone links: %s", error)


class Services:
    """The store, the engine and what connects them to the window; stopped at quit."""

    def __init__(
        self, database: Database | None, engine: CallEngine, commands: RemoteCommands
    ) -> None:
        self.database = database
        self.engine = engine
        self.commands = commands

    @classmethod
    def start(cls, profile: Profile, settings: QSettings, window: MainWindow) -> Services:
        database = open_database(profile, window)
        bridge = SoundBridge(
            str(settings.value("audio/input", "")),
            str(settings.value("audio/output", "")),
            voice=VoiceSettings(
                echo_cancellation=bool(settings.value("audio/echo_cancellation", True, bool)),
                noise_suppression=bool(settings.value("audio/noise_suppression", True, bool)),
            ),
        )
        engine = CallEngine(
            engine_config(AppSettings(settings)),
            bridge,
            parent=window,
        )
        bridge.on_problem = lambda message: engine.audio_problem.emit(AudioProblem(message))
        sound_devices = SoundDevices(bridge, parent=window)
        sound_devices.devices_problem.connect(
            lambda problem: window.notices.set_notice("sound", engine_text(problem))
        )
        sound_devices.start()
        QCoreApplication.instance().aboutToQuit.connect(sound_devices.stop)  # type: ignore[union-attr]
        engine.audio_problem.connect(
            lambda event: window.notices.set_notice("sound", engine_text(event.message))
        )
        engine.error.connect(lambda event: _show_engine_error(window, event))

        status = RegistrationStatus({}, parent=window)
        status.changed.connect(window.set_account_state)
        engine.registration_changed.connect(status.on_registration_changed)
        window.set_account_state(status.summary())
        messaging = None
        if database is not None:
            messaging = MessagingService(
                engine, ConversationStore(database), MessageStore(database), parent=window
            )
            messaging.connect_engine(engine)
            engine.set_message_sink(messaging.sink)  # before any account is added
            wire_chats(window, messaging, database)
            recorder = CallLogRecorder(CallHistory(database), parent=window)
            engine.call_changed.connect(recorder.on_call_changed)
            window.call_history.set_source(CallHistory(database))
            window.contacts.set_store(ContactStore(database))
            recorder.call_logged.connect(window.call_history.on_call_logged)
        ringer = Ringer()
        rings = RingControl(
            ringer,
            ringer_device=str(settings.value("audio/ringer", "")),
            output_device=str(settings.value("audio/output", "")),
            parent=window,
        )
        engine.call_changed.connect(rings.on_call_changed)

        engine.start()
        secrets = SecretStore(profile.keyring_service)
        bound = AccountBinding(engine, secrets, database, status)
        bound.reload()
        if messaging is not None and database is not None:
            attachments = start_attachments(messaging, database, profile, settings, secrets, window)
            playback = VoicePlayback(lambda: str(settings.value("audio/output", "")), parent=window)
            ChatAttachments(
                window.chats_page,
                attachments,
                playback,
                input_device=lambda: str(settings.value("audio/input", "")),
            )
        post_dial = PostDial(engine.send_dtmf, parent=window)
        engine.call_changed.connect(post_dial.on_call_changed)
        wire_call_views(window, engine, bound.accounts, status, profile, post_dial)
        wire_presence(window, engine, status, messaging, database)
        wire_settings(
            window, engine, status, bound, secrets, database, bridge, rings, ringer, profile.root
        )
        window.settings_page.audio.follow_devices(sound_devices.changed)
        follow_network_changes(engine)
        commands = RemoteCommands(
            RemoteActions(
                accounts=bound.accounts,
                make_call=engine.make_call,
                answer=engine.answer,
                hangup=engine.hangup,
                show_window=lambda: _raise(window),
                show_in_dial_pad=lambda request: window.show_dial_request(request),
                reload_accounts=bound.reload,
                send_message=(
                    None
                    if messaging is None
                    else lambda key, uri, text: _send(messaging, key, uri, text)
                ),
                unread_count=lambda: _unread(database),
                home_region=str(settings.value("dialing/home_region", "")),
                call_links_at_once=bool(settings.value("links/call_at_once", False, bool)),
                post_dial=post_dial,
            ),
            parent=window,
        )
        engine.call_changed.connect(commands.on_call_changed)
        engine.registration_changed.connect(commands.on_registration_changed)
        return cls(database, engine, commands)

    def stop(self) -> None:
        self.engine.stop()
        if self.database is not None:
            self.database.close()


class AccountBinding:
    """Keeps the engine's accounts equal to the store's (at start and after `account add`)."""

    def __init__(
        self,
        engine: CallEngine,
        secrets: SecretStore,
        database: Database | None,
        status: RegistrationStatus,
    ) -> None:
        self._engine = engine
        self._secrets = secrets
        self._store = AccountStore(database) if database else None
        self._status = status
        self._bound: dict[str, AccountConfig] = {}

    def accounts(self) -> list[AccountConfig]:
        return list(self._bound.values())

    def reload(self) -> None:
        wanted = {a.key: a for a in self._store.all()} if self._store else {}
        for key in [k for k in self._bound if k not in wanted]:
            self._engine.remove_account(key)
            del self._bound[key]
        for key, account in wanted.items():
            if self._bound.get(key) != account:
                self._engine.add_account(account, partial(self._secrets.password, key))
                self._bound[key] = account
                self._status.add_account(key, account.number)


def engine_config(values: AppSettings) -> EngineConfig:
    """What the engine starts with from the settings (changes apply at the next start)."""
    config = EngineConfig(bind_address=values.bind_address(), tls_verify_server=values.tls_verify())
    return replace(config, tls_ca_file=values.tls_ca_file()) if values.tls_ca_file() else config


def wire_settings(
    window: MainWindow,
    engine: CallEngine,
    status: RegistrationStatus,
    bound: AccountBinding,
    secrets: SecretStore,
    database: Database | None,
    bridge: SoundBridge,
    rings: RingControl,
    ringer: Ringer,
    profile_root: Path,
) -> None:
    """The settings view edits accounts like `account add` and applies sound settings live."""
    page = window.settings_page
    ringer.ringtone_volume = page.settings.audio().ringtone_gain
    saved_codecs = page.settings.codec_order()
    if saved_codecs:
        engine.set_codec_priorities(saved_codecs)

    def apply_audio(prefs: AudioPreferences) -> None:
        # Only what changed: switching reopens the streams of a call in progress.
        if (prefs.input_device, prefs.output_device) != (bridge.input_name, bridge.output_name):
            bridge.switch_devices(prefs.input_device, prefs.output_device)
        voice = replace(
            bridge.voice_settings,
            echo_cancellation=prefs.echo_cancellation,
            noise_suppression=prefs.noise_suppression,
        )
        if voice != bridge.voice_settings:
            bridge.set_voice_settings(voice)
        rings.ringer_device = prefs.ringer_device
        rings.output_device = prefs.output_device
        ringer.ringtone_volume = prefs.ringtone_gain

    page.connect_services(
        SettingsServices(
            engine=engine,
            status=status,
            accounts=(
                AccountEditor(AccountStore(database), secrets, bound.reload) if database else None
            ),
            sound_check=SoundCheck(bridge),
            apply_audio=apply_audio,
            # the entry starts this profile (--profile unless it is the default one)
            set_start_at_login=lambda enabled, hidden: set_start_at_login(
                enabled, hidden, profile_root
            ),
            starts_at_login=lambda: starts_at_login(profile_root),
        )
    )
    page.language_changed.connect(lambda _language: window.set_account_state(status.summary()))


def start_attachments(
    messaging: MessagingService,
    database: Database,
    profile: Profile,
    settings: QSettings,
    secrets: SecretStore,
    window: MainWindow,
) -> AttachmentService:
    """Files and voice messages: the file server from the settings, the SIP credentials."""
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

    files = FileStore(profile.files_dir)
    files.remove_partials()
    service = AttachmentService(
        messaging,
        MessageStore(database),
        ConversationStore(database),
        files,
        server_url=lambda _account_key: values.files_server_url(),
        credentials=credentials,
        auto_download_bytes=lambda: values.auto_download_mb() * 1024 * 1024,
        voice_format=values.voice_format,
        # Bigger files than the automatic size download on request, up to the setting's top.
        transfers=FileTransfers(files, max_download_bytes=MAX_AUTO_DOWNLOAD_MB * 1024 * 1024),
        parent=window,
    )
    service.problem.connect(lambda text: window.notices.set_notice("files", text))
    QCoreApplication.instance().aboutToQuit.connect(service.shutdown)  # type: ignore[union-attr]
    QTimer.singleShot(0, service.resume)
    return service


def wire_chats(window: MainWindow, messaging: MessagingService, database: Database) -> None:
    """The chats view reads the store and follows the messaging service."""
    window.chats_page.connect_services(
        ChatServices(
            messaging=messaging,
            conversations=ConversationStore(database),
            messages=MessageStore(database),
            newer=NewerMessages(database),
            search=MessageSearch(database),
        )
    )


def _send(messaging: MessagingService, account_key: str, uri: str, text: str) -> None:
    messaging.send(account_key, uri, text)


def _raise(window: MainWindow) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


def _unread(database: Database | None) -> int:
    return ConversationStore(database).unread_total() if database else 0


def wire_call_views(
    window: MainWindow,
    engine: CallEngine,
    accounts: Callable[[], list[AccountConfig]],
    status: RegistrationStatus,
    profile: Profile,
    post_dial: PostDial,
) -> CallWindows:
    """The dial pad and the history dial through the first account; call windows follow."""

    def use_first_account() -> None:
        first = next(iter(accounts()), None)
        window.dial_pad.set_account(first.key if first else "", first.domain if first else None)

    use_first_account()
    status.changed.connect(lambda _: use_first_account())  # an account was added or removed
    presence = ContactPresenceWatch(
        window.contacts, engine.watch_presence, accounts, window.home_region, parent=window
    )
    engine.presence_changed.connect(window.contacts.on_presence_changed)
    status.changed.connect(lambda _: presence.accounts_changed())
    presence.refresh()
    connect_dial_pad(window.dial_pad, engine.make_call, post_dial)
    window.calls_page.call_back_requested.connect(engine.make_call)
    window.contacts_page.call_requested.connect(engine.make_call)
    window.chats_page.call_requested.connect(engine.make_call)
    calls = CallsModel(parent=window)
    engine.call_changed.connect(calls.on_call_changed)
    engine.call_stats.connect(calls.on_call_stats)
    windows = CallWindows(
        DtmfByMethod(engine, window.settings_page.settings.dtmf_method),
        calls,
        current_palette(),
        window.dial_pad.uri_for,
        recordings_dir=profile.files_dir / "recordings",
        home_region=window.home_region,
        parent=window,
    )
    video = VideoCalls(engine, parent=window, bind_address=engine.config.bind_address)
    video.connect_engine(engine)
    attach_video(windows.window, calls, video, current_palette())
    wire_video_calls(window, engine, video)
    # Connected before Services.stop: video sessions end before the engine does.
    QCoreApplication.instance().aboutToQuit.connect(video.shutdown)  # type: ignore[union-attr]
    return windows


def wire_video_calls(window: MainWindow, engine: CallEngine, video: VideoCalls) -> None:
    """The conversation's video-call button: dial, then offer video once the peer answers."""

    def call_with_video(uri: str, account_key: str) -> None:
        video.start_video_when_answered(engine.make_call(uri, account_key))

    window.chats_page.video_call_requested.connect(call_with_video)


def wire_presence(
    window: MainWindow,
    engine: CallEngine,
    status: RegistrationStatus,
    messaging: MessagingService | None,
    database: Database | None,
) -> None:
    """Tray icon and menu, rail badges, and notifications for calls and messages."""
    presence = window.presence
    tray = presence.tray
    tray.call_requested.connect(engine.make_call)

    def on_status(summary: str) -> None:
        tray.set_registered(status.any_registered())
        tray.set_tooltip(summary)

    status.changed.connect(on_status)
    on_status(status.summary())
    notifier = DesktopNotifier(
        APP_NAME,
        str(resources_dir() / "icons" / "jego.svg"),
        desktop_entry=APP_ID,
        tray=tray.icon,
        parent=window,
    )
    presence.notify = lambda title, text: notifier.notify("tray-hint", title, text)
    conversations = ConversationStore(database) if database is not None else None
    events = EventNotifications(
        notifier,
        conversations.get if conversations is not None else lambda _id: None,
        window_in_front=lambda: window.isVisible() and window.isActiveWindow(),
        names=window.peer_names.name_for,
        home_region=window.home_region,
        parent=window,
    )
    engine.call_changed.connect(events.on_call_changed)
    events.answer_requested.connect(engine.answer)
    events.decline_requested.connect(engine.decline)
    events.call_shown.connect(lambda _call_id: presence.bring_to_front())
    events.conversation_requested.connect(lambda _key, _peer: presence.bring_to_front())
    events.conversation_requested.connect(window.open_conversation)
    if database is not None:
        presence.attention.set_sources(CallHistory(database), conversations)
        window.call_history.modelReset.connect(presence.attention.refresh_soon)
    if messaging is not None:
        messaging.message_added.connect(events.on_message_added)
        messaging.message_added.connect(presence.attention.refresh_soon)
        messaging.message_changed.connect(presence.attention.refresh_soon)
    if tray.available():
        tray.show_icon()
        # Hidden in the tray, the app must outlive its last closed window (a call window).
        QApplication.setQuitOnLastWindowClosed(False)


def open_database(profile: Profile, window: MainWindow) -> Database | None:
    try:
        database = Database.open(profile.database_path)
    except (StoreError, OSError) as error:
        log.error("cannot open the database: %s", error)
        window.notices.set_notice(
            "database",
            QCoreApplication.translate("Notices", "Your history cannot be opened: %s") % error,
        )
        return None
    if database.recovery is not None:
        log.warning("database recovered: %s", database.recovery.reason)
        window.notices.set_notice("database", database.recovery.user_message)
    return database


def follow_network_changes(engine: CallEngine) -> None:
    if not QNetworkInformation.loadDefaultBackend():
        return
    info = QNetworkInformation.instance()
    if info is not None:
        info.reachabilityChanged.connect(
            lambda _: engine.network_changed(), Qt.ConnectionType.QueuedConnection
        )


def _show_engine_error(window: MainWindow, event: EngineError) -> None:
    log.warning("engine: %s failed: %s", event.command, event.message)
    if event.command == "start":
        window.notices.set_notice("engine", event.message)


def report_missing_capabilities(window: MainWindow) -> None:
    """Say in the window what the system lacks, instead of failing later."""
    sound = audio_status()
    if not sound.usable:
        window.notices.set_notice(
            "sound",
            QCoreApplication.translate(
                "Notices", "No sound: %s. Calls still connect, without audio."
            )
            % sound.problem,
        )
        log.warning("sound: %s", sound.problem)
    secrets = keyring_status()
    if not secrets.usable:
        window.notices.set_notice(
            "keyring",
            QCoreApplication.translate(
                "Notices", "No keyring: %s. Passwords cannot be saved; you will be asked each time."
            )
            % secrets.reason,
        )
        log.warning("keyring: %s (%s)", secrets.reason, secrets.backend)
    if QNetworkInformation.loadDefaultBackend():
        info = QNetworkInformation.instance()
        if (
            info is not None
            and info.reachability() == QNetworkInformation.Reachability.Disconnected
        ):
            window.notices.set_notice(
                "network", QCoreApplication.translate("Notices", "No network connection.")
            )
