"""Says in the window what the system lacks (sound, keyring, network) at start."""

from __future__ import annotations

import logging
from functools import partial

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
    """Say in the window what the system lacks, instead of failing later. Sound, the
    keyring and the network are looked at after the first paint when `after_paint` is
    given (PortAudio's start opens every ALSA plugin, ~0.1 s; keyring imports ~70 modules
    and asks the Secret Service over D-Bus; Qt's network backend loads a plugin that asks
    NetworkManager)."""
    checks = (report_missing_sound, report_missing_keyring, report_missing_network)
    for check in checks:
        if after_paint is None:
            check(window)
        else:
            after_paint.later(partial(check, window))


def report_missing_sound(window: MainWindow) -> None:
    if sound_system_seen():  # PortAudio (~25 MB) waits for the first sound
        return
    sound = audio_status()
    if not sound.usable:
        problem = sound.problem
        window.notices.set_notice("sound", lambda: sound_notice(problem))
        log.warning("sound: %s", sound.problem)


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
