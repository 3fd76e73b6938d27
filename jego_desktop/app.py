"""Composition root: builds the profile, store, engine and windows, and wires them."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication

from jego_desktop import APP_ID, APP_NAME, __version__
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.events import AudioProblem, EngineError
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.devices import audio_status
from jego_desktop.media.echo import VoiceSettings
from jego_desktop.media.ringer import Ringer
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.models.call_log import CallLogRecorder
from jego_desktop.models.registration_status import RegistrationStatus
from jego_desktop.models.ring_control import RingControl
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database
from jego_desktop.store.errors import StoreError
from jego_desktop.store.logs import configure_logging
from jego_desktop.store.profile import Profile
from jego_desktop.store.secrets import SecretStore, keyring_status
from jego_desktop.ui.main_window import MainWindow
from jego_desktop.ui.resources import icon

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    profile_dir: Path | None
    verbose: bool = False


def run(options: Options) -> int:
    profile = Profile.open(options.profile_dir)
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
    window = MainWindow(settings)
    report_missing_capabilities(window)
    services = Services.start(profile, settings, window)
    app.aboutToQuit.connect(services.stop)
    window.show()
    log.info("main window shown")
    return app.exec()


class Services:
    """The store, the engine and what connects them to the window; stopped at quit."""

    def __init__(self, database: Database | None, engine: CallEngine) -> None:
        self.database = database
        self.engine = engine

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

        accounts = AccountStore(database).all() if database else []
        status = RegistrationStatus({a.key: a.number for a in accounts}, parent=window)
        status.changed.connect(window.set_account_state)
        engine.registration_changed.connect(status.on_registration_changed)
        window.set_account_state(status.summary())
        if database is not None:
            recorder = CallLogRecorder(CallHistory(database), parent=window)
            engine.call_changed.connect(recorder.on_call_changed)
        rings = RingControl(
            Ringer(),
            ringer_device=str(settings.value("audio/ringer", "")),
            output_device=str(settings.value("audio/output", "")),
            parent=window,
        )
        engine.call_changed.connect(rings.on_call_changed)

        engine.start()
        secrets = SecretStore(profile.keyring_service)
        for account in accounts:
            engine.add_account(account, partial(secrets.password, account.key))
        follow_network_changes(engine)
        return cls(database, engine)

    def stop(self) -> None:
        self.engine.stop()
        if self.database is not None:
            self.database.close()


def open_database(profile: Profile, window: MainWindow) -> Database | None:
    try:
        database = Database.open(profile.database_path)
    except (StoreError, OSError) as error:
        log.error("cannot open the database: %s", error)
        window.notices.set_notice(
            "database", window.tr("Your history cannot be opened: %s") % error
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
            window.tr("No sound: %s. Calls still connect, without audio.") % sound.problem,
        )
        log.warning("sound: %s", sound.problem)
    secrets = keyring_status()
    if not secrets.usable:
        window.notices.set_notice(
            "keyring",
            window.tr("No keyring: %s. Passwords cannot be saved; you will be asked each time.")
            % secrets.reason,
        )
        log.warning("keyring: %s (%s)", secrets.reason, secrets.backend)
    if QNetworkInformation.loadDefaultBackend():
        info = QNetworkInformation.instance()
        if (
            info is not None
            and info.reachability() == QNetworkInformation.Reachability.Disconnected
        ):
            window.notices.set_notice("network", window.tr("No network connection."))
