"""Says in the window what the system lacks (sound, keyring, network) at start."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QNetworkInformation

from jego_desktop.app.after_paint import AfterFirstPaint
from jego_desktop.media.devices import audio_status, sound_system_seen
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.models.window.sound_notice import sound_notice
from jego_desktop.store.secrets import keyring_status
from jego_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def report_missing_capabilities(
    window: MainWindow, after_paint: AfterFirstPaint | None = None
) -> None:
    """Say in the window what the system lacks, instead of failing later. The keyring and
    the network are looked at after the first paint when `after_paint` is given (keyring
    imports ~70 modules and asks the Secret Service over D-Bus; Qt's network backend
    loads a plugin that asks NetworkManager)."""
    # PortAudio (~25 MB) waits for the first sound where a server or card is seen.
    sound = None if sound_system_seen() else audio_status()
    if sound is not None and not sound.usable:
        problem = sound.problem
        window.notices.set_notice("sound", lambda: sound_notice(problem))
        log.warning("sound: %s", sound.problem)
    if after_paint is None:
        report_missing_keyring(window)
        report_missing_network(window)
    else:
        after_paint.later(lambda: report_missing_keyring(window))
        after_paint.later(lambda: report_missing_network(window))


def report_missing_network(window: MainWindow) -> None:
    if QNetworkInformation.loadDefaultBackend():
        info = QNetworkInformation.instance()
        if (
            info is not None
            and info.reachability() == QNetworkInformation.Reachability.Disconnected
        ):
            window.notices.set_notice(
                "network", lambda: QCoreApplication.translate("Notices", "No network connection.")
            )


def report_missing_keyring(window: MainWindow) -> None:
    secrets = keyring_status()
    if not secrets.usable:
        reason = secrets.reason
        window.notices.set_notice(
            "keyring",
            lambda: (
                QCoreApplication.translate(
                    "Notices",
                    "No keyring: %s. Passwords cannot be saved; you will be asked each time.",
                )
                % engine_text(reason)
            ),
        )
        log.warning("keyring: %s (%s)", secrets.reason, secrets.backend)
