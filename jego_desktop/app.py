"""Composition root: builds the profile, logging, checks and windows, and wires them."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication

from jego_desktop import APP_ID, APP_NAME, __version__
from jego_desktop.media.devices import audio_status
from jego_desktop.store.logs import configure_logging
from jego_desktop.store.profile import Profile
from jego_desktop.store.secrets import keyring_status
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
    window.show()
    log.info("main window shown")
    return app.exec()


def report_missing_capabilities(window: MainWindow) -> None:
    """Say in the window what the system lacks, instead of failing later."""
    sound = audio_status()
    if not sound.usable:
        window.notices.set_notice(
            "sound", window.tr("No sound: %s. Calls still connect, without audio.") % sound.problem
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
