"""The engine's start configuration, and what it follows from the system and reports."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QNetworkInformation

from jego_desktop.engine.config import EngineConfig
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.platform.address_watch import AddressWatch

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import EngineError
    from jego_desktop.engine.worker import CallEngine
    from jego_desktop.models.settings.settings_values import AppSettings
    from jego_desktop.models.settings.turn_password import TurnPassword
    from jego_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def engine_config(values: AppSettings, turn_password: TurnPassword | None = None) -> EngineConfig:
    """What the engine starts with from the settings (changes apply at the next start);
    the TURN password comes from the keyring, and only when a TURN server is set."""
    nat = values.nat_traversal()
    if nat.turn and turn_password is not None:
        nat = replace(nat, turn_password=turn_password.read())
    config = EngineConfig(
        bind_address=values.bind_address(), tls_verify_server=values.tls_verify(), nat=nat
    )
    return replace(config, tls_ca_file=values.tls_ca_file()) if values.tls_ca_file() else config


def follow_network_changes(engine: CallEngine, parent: QObject) -> AddressWatch:
    """Tell the engine when the network changes: reachability (Qt's backend, where there
    is one) and the computer's own addresses (a move between networks keeps it online)."""
    watch = AddressWatch(parent=parent)
    watch.changed.connect(engine.network_changed)
    watch.start()
    if not QNetworkInformation.loadDefaultBackend():
        return watch
    info = QNetworkInformation.instance()
    if info is not None:
        info.reachabilityChanged.connect(
            lambda _: engine.network_changed(), Qt.ConnectionType.QueuedConnection
        )
    return watch


def show_engine_error(window: MainWindow, event: EngineError) -> None:
    log.warning("engine: %s failed: %s", event.command, event.message)
    if event.command == "start":
        window.notices.set_notice("engine", lambda: engine_text(event.message))
