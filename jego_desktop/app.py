"""Composition root: builds the profile, store, engine and windows, and wires them."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication

from jego_desktop import APP_ID, APP_NAME, __version__
from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.commands import Reply
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.events import AudioProblem, EngineError
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.devices import audio_status
from jego_desktop.media.echo import VoiceSettings
from jego_desktop.media.ringer import Ringer
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.models.call_log import CallLogRecorder
from jego_desktop.models.calls import CallsModel
from jego_desktop.models.messaging import MessagingService
from jego_desktop.models.registration_status import RegistrationStatus
from jego_desktop.models.remote_commands import RemoteActions, RemoteCommands
from jego_desktop.models.ring_control import RingControl
from jego_desktop.platform.link_handler import install_link_handler
from jego_desktop.platform.single_instance import InstanceServer, forward, server_name
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import StoreError
from jego_desktop.store.logs import configure_logging
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.profile import Profile
from jego_desktop.store.secrets import SecretStore, keyring_status
from jego_desktop.ui.call_windows import CallWindows
from jego_desktop.ui.main_window import MainWindow
from jego_desktop.ui.resources import icon, resources_dir
from jego_desktop.ui.style import current_palette
from jego_desktop.ui.translations import choose_language, install_translators

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    profile_dir: Path | None
    verbose: bool = False
    command: tuple[str, ...] = ()  # e.g. ("call", "tel:…"); () just starts or shows the app


def run(options: Options) -> int:
    # PySide6 6.12's signal delivery and pjsua2's wrappers both drop references to True
    # and None they never took; on CPython < 3.12 the app would abort after a while.
    protect_singletons()
    profile = Profile.open(options.profile_dir)
    name = server_name(profile.root)
    reply = forward(name, list(options.command) or ["show"])
    if reply is not None:  # this profile's app is running: it did the work
        return print_reply(reply)
    if options.command[:1] in (("answer",), ("hangup",), ("message",), ("status",)):
        return print_reply(Reply(1, error="Jego Desktop is not running for this profile"))

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
    app.aboutToQuit.connect(instance.close)
    app.aboutToQuit.connect(services.stop)
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


def print_reply(reply: Reply) -> int:
    if reply.output:
        print(reply.output)
    if reply.error:
        print(f"jego-desktop: {reply.error}", file=sys.stderr)
    return reply.exit_code


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
            EngineConfig(bind_address=str(settings.value("network/bind_address", ""))),
            bridge,
            parent=window,
        )
        bridge.on_problem = lambda message: engine.audio_problem.emit(AudioProblem(message))
        engine.audio_problem.connect(
            lambda event: window.notices.set_notice("sound", event.message)
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
            recorder = CallLogRecorder(CallHistory(database), parent=window)
            engine.call_changed.connect(recorder.on_call_changed)
            window.call_history.set_source(CallHistory(database))
            recorder.call_logged.connect(window.call_history.on_call_logged)
        rings = RingControl(
            Ringer(),
            ringer_device=str(settings.value("audio/ringer", "")),
            output_device=str(settings.value("audio/output", "")),
            parent=window,
        )
        engine.call_changed.connect(rings.on_call_changed)

        engine.start()
        secrets = SecretStore(profile.keyring_service)
        bound = AccountBinding(engine, secrets, database, status)
        bound.reload()
        wire_call_views(window, engine, bound.accounts, status, profile)
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
) -> CallWindows:
    """The dial pad and the history dial through the first account; call windows follow."""

    def use_first_account() -> None:
        first = next(iter(accounts()), None)
        window.dial_pad.set_account(first.key if first else "", first.domain if first else None)

    use_first_account()
    status.changed.connect(lambda _: use_first_account())  # an account was added or removed
    window.dial_pad.call_requested.connect(engine.make_call)
    window.calls_page.call_back_requested.connect(engine.make_call)
    calls = CallsModel(parent=window)
    engine.call_changed.connect(calls.on_call_changed)
    engine.call_stats.connect(calls.on_call_stats)
    return CallWindows(
        engine,
        calls,
        current_palette(),
        window.dial_pad.uri_for,
        recordings_dir=profile.files_dir / "recordings",
        home_region=window.home_region,
        parent=window,
    )


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
