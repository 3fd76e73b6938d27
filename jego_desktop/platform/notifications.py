"""Desktop notifications: freedesktop.org D-Bus notifications with actions, else tray balloons.

The freedesktop protocol (org.freedesktop.Notifications) gives buttons ("Answer",
"Decline") and tells which one was pressed; the tray balloon only says it was clicked.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DEFAULT_ACTION = "default"  # the spec's key for a click on the notification itself
CALL_TIMEOUT_MS = 2000  # a notification server answers at once; never hang the GUI long
BALLOON_MS = 8000


class DesktopNotifier(QObject):
    """Shows notifications identified by a key of ours ("call:c1", "chat:…").

    A new notification with the key of a shown one replaces it. `withdraw` takes one
    away (a call that stopped ringing). Without a notification server on the session
    bus, and with a tray icon, notifications become tray balloons (no buttons).

    Signals:
        activated(str, str): key, action ("default" for a click on the notification).
    """

    activated = Signal(str, str)

    def __init__(
        self,
        app_name: str,
        icon_path: str = "",
        *,
        desktop_entry: str = "",
        tray: QSystemTrayIcon | None = None,
        bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon_path
        self._desktop_entry = desktop_entry
        self._tray = tray
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._server: QDBusInterface | None = None
        self._capabilities: set[str] = set()
        self._looked_up = False
        self._ids: dict[str, int] = {}  # our key -> the server's id
        self._balloon_key = ""
        if tray is not None:
            tray.messageClicked.connect(self._on_balloon_clicked)

    # ----- showing --------------------------------------------------------------------

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        category: str = "",
    ) -> bool:
        """Show (or replace) the notification `key`. `actions` are (action, label)
        pairs. Returns False when there is no way to show it."""
        server = self._server_interface()
        if server is not None and self._send(server, key, title, body, actions, category):
            return True
        return self._balloon(key, title, body)

    def withdraw(self, key: str) -> None:
        notification_id = self._ids.pop(key, None)
        server = self._server
        if notification_id is None or server is None:
            return
        QMetaObject.invokeMethod(
            server,
            "CloseNotification",
            Qt.ConnectionType.DirectConnection,
            Q_ARG("uint", notification_id),
        )

    @property
    def supports_actions(self) -> bool:
        return self._server_interface() is not None and "actions" in self._capabilities

    @property
    def uses_dbus(self) -> bool:
        return self._server_interface() is not None

    def _send(
        self,
        server: QDBusInterface,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        category: str,
    ) -> bool:
        flat: list[str] = []
        if "actions" in self._capabilities:
            flat = [DEFAULT_ACTION, ""]
            for action, label in actions:
                flat += [action, label]
        hints: dict[str, object] = {}
        if category:
            hints["category"] = category
        if self._desktop_entry:
            hints["desktop-entry"] = self._desktop_entry
        # Servers with "body-markup" read the body as markup: message text stays text.
        shown = escape(body, quote=False) if "body-markup" in self._capabilities else body
        try:
            notification_id = QMetaObject.invokeMethod(
                server,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, self._app_name),
                Q_ARG("uint", self._ids.get(key, 0)),
                Q_ARG(str, self._icon),
                Q_ARG(str, title),
                Q_ARG(str, shown),
                Q_ARG("QStringList", flat),
                Q_ARG("QVariantMap", hints),
                Q_ARG(int, -1),
            )
        except RuntimeError as error:
            log.warning("notification not shown: %s", error)
            return False
        if not isinstance(notification_id, int) or not notification_id:
            problem = server.lastError().message() or "no id returned"
            log.warning("notification not shown: %s", problem)
            return False
        self._ids[key] = notification_id
        return True

    def _balloon(self, key: str, title: str, body: str) -> bool:
        tray = self._tray
        if tray is None or not tray.isVisible() or not tray.supportsMessages():
            return False
        self._balloon_key = key
        tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS)
        return True

    # ----- the server -----------------------------------------------------------------

    def _server_interface(self) -> QDBusInterface | None:
        if self._looked_up:
            return self._server
        self._looked_up = True
        if not self._bus.isConnected():
            return None
        bus_interface = self._bus.interface()
        if bus_interface is None or not bus_interface.isServiceRegistered(SERVICE).value():
            return None
        server = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus, self)
        if not server.isValid():
            log.info("no notification server: %s", server.lastError().message())
            return None
        server.setTimeout(CALL_TIMEOUT_MS)
        reply = server.call("GetCapabilities")
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self._capabilities = {str(c) for c in reply.arguments()[0]}
        for signal, slot in (
            ("ActionInvoked", "on_action_invoked"),
            ("NotificationClosed", "on_notification_closed"),
        ):
            # PySide6 takes the SLOT() string form here (its stubs say bytes; bytes fail).
            self._bus.connect(  # type: ignore[call-overload]
                SERVICE, PATH, INTERFACE, signal, self, f"1{slot}(QDBusMessage)"
            )
        self._server = server
        return server

    @Slot(QDBusMessage)
    def on_action_invoked(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) != 2:
            return
        key = self._key_of(int(arguments[0]))
        if key is not None:
            self.activated.emit(key, str(arguments[1]))

    @Slot(QDBusMessage)
    def on_notification_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        key = self._key_of(int(arguments[0])) if arguments else None
        if key is not None:
            del self._ids[key]

    def _key_of(self, notification_id: int) -> str | None:
        for key, shown_id in self._ids.items():
            if shown_id == notification_id:
                return key
        return None  # another application's notification

    def _on_balloon_clicked(self) -> None:
        if self._balloon_key:
            self.activated.emit(self._balloon_key, DEFAULT_ACTION)
