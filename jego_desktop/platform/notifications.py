"""Desktop notifications: freedesktop.org D-Bus notifications with actions, else tray balloons.

The freedesktop protocol (org.freedesktop.Notifications) gives buttons ("Answer",
"Decline") and tells which one was pressed; the tray balloon only says it was clicked.

Every D-Bus call to the notification server runs on a thread of its own: a server that
hangs blocks that thread until the call times out, never the window.
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DEFAULT_ACTION = "default"  # the spec's key for a click on the notification itself
CALL_TIMEOUT_MS = 2000  # a notification server answers at once; a hung one is given up
BALLOON_MS = 8000

# Threads are kept here, not parented: a running QThread that is destroyed (its notifier
# deleted with a window) aborts the process. They stop at quit, or at exit at the latest.
_threads: list[tuple[QThread, int]] = []


def _stop(thread: QThread, timeout_ms: int) -> None:
    if thread.isRunning():
        thread.quit()
        if not thread.wait(timeout_ms + 1000):
            log.warning("the notification thread did not stop")


@atexit.register
def _stop_all() -> None:
    while _threads:
        _stop(*_threads.pop())


class DesktopNotifier(QObject):
    """Shows notifications identified by a key of ours ("call:c1", "chat:…").

    A new notification with the key of a shown one replaces it. `withdraw` takes one
    away (a call that stopped ringing). Without a notification server on the session
    bus, and with a tray icon, notifications become tray balloons (no buttons).
    `shutdown()` stops the D-Bus thread (also done when the application quits).

    Signals:
        activated(str, str): key, action ("default" for a click on the notification).
        settled(str, bool): the request to show `key` has its outcome (False: neither
            the server nor a balloon showed it).
        looked_up(bool): whether a notification server was found on the bus.
    """

    activated = Signal(str, str)
    settled = Signal(str, bool)
    looked_up = Signal(bool)
    _ask_look_up = Signal()
    _ask_notify = Signal(str, str, str, object, str)
    _ask_withdraw = Signal(str)

    def __init__(
        self,
        app_name: str,
        icon_path: str = "",
        *,
        desktop_entry: str = "",
        tray: QSystemTrayIcon | None = None,
        bus: QDBusConnection | None = None,
        timeout_ms: int = CALL_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._timeout_ms = timeout_ms
        self._server_found: bool | None = None  # None: not known yet
        self._capabilities: frozenset[str] = frozenset()
        self._balloon_key = ""
        self._thread = QThread()
        self._thread.setObjectName("jego-notifications")
        _threads.append((self._thread, timeout_ms))
        self._side = _BusSide(self._bus, app_name, icon_path, desktop_entry, timeout_ms)
        self._side.moveToThread(self._thread)
        self._thread.finished.connect(self._side.deleteLater)
        self._ask_look_up.connect(self._side.look_up)
        self._ask_notify.connect(self._side.notify)
        self._ask_withdraw.connect(self._side.withdraw)
        self._side.found.connect(self._on_found)
        self._side.answered.connect(self._on_answered)
        self._side.activated.connect(self.activated)
        if tray is not None:
            tray.messageClicked.connect(self._on_balloon_clicked)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if self._bus.isConnected():
            self._thread.start()
            self._ask_look_up.emit()
        else:
            self._server_found = False

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
        pairs. Returns False when there is no way to show it; True when it is shown
        or on its way to the notification server (`settled` tells the outcome)."""
        if self._server_found is False or not self._thread.isRunning():
            shown = self._balloon(key, title, body)
            self.settled.emit(key, shown)
            return shown
        self._ask_notify.emit(key, title, body, tuple(actions), category)
        return True

    def withdraw(self, key: str) -> None:
        if self._thread.isRunning():
            self._ask_withdraw.emit(key)

    @property
    def supports_actions(self) -> bool:
        """Known once `looked_up` came (False before)."""
        return bool(self._server_found) and "actions" in self._capabilities

    @property
    def uses_dbus(self) -> bool | None:
        """Whether a notification server is used (None until `looked_up`)."""
        return self._server_found

    def shutdown(self) -> None:
        """Stop the D-Bus thread; waits at most for the call in progress to time out."""
        _stop(self._thread, self._timeout_ms)

    @Slot(bool, object)
    def _on_found(self, found: bool, capabilities: frozenset[str]) -> None:
        self._server_found = found
        self._capabilities = capabilities
        self.looked_up.emit(found)

    @Slot(str, bool, str, str)
    def _on_answered(self, key: str, shown: bool, title: str, body: str) -> None:
        if not shown:
            shown = self._balloon(key, title, body)
        self.settled.emit(key, shown)

    def _balloon(self, key: str, title: str, body: str) -> bool:
        tray = self._tray
        if tray is None or not tray.isVisible() or not tray.supportsMessages():
            return False
        self._balloon_key = key
        tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS)
        return True

    def _on_balloon_clicked(self) -> None:
        if self._balloon_key:
            self.activated.emit(self._balloon_key, DEFAULT_ACTION)


class _BusSide(QObject):
    """The notifier's D-Bus half; lives on the notifier's thread, where its blocking
    calls may wait for a slow server. Knows which server id each key has.

    Signals (delivered queued to the notifier on the GUI thread):
        found(bool, frozenset[str]): a server is there, and its capabilities.
        answered(str, bool, str, str): key, shown by the server, title, body.
        activated(str, str): key, action.
    """

    found = Signal(bool, object)
    answered = Signal(str, bool, str, str)
    activated = Signal(str, str)

    def __init__(
        self,
        bus: QDBusConnection,
        app_name: str,
        icon_path: str,
        desktop_entry: str,
        timeout_ms: int,
    ) -> None:
        super().__init__()
        self._bus = bus
        self._app_name = app_name
        self._icon = icon_path
        self._desktop_entry = desktop_entry
        self._timeout_ms = timeout_ms
        self._server: QDBusInterface | None = None
        self._capabilities: set[str] = set()
        self._looked_up = False
        self._ids: dict[str, int] = {}  # our key -> the server's id

    @Slot()
    def look_up(self) -> None:
        self.found.emit(self._server_interface() is not None, frozenset(self._capabilities))

    @Slot(str, str, str, object, str)
    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        category: str,
    ) -> None:
        server = self._server_interface()
        shown = server is not None and self._send(server, key, title, body, actions, category)
        self.answered.emit(key, shown, title, body)

    @Slot(str)
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
        server.setTimeout(self._timeout_ms)
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
