"""A minimal org.freedesktop.Notifications server for tests (run as its own process).

Prints "ready", then one JSON line per call it receives (Notify, CloseNotification).
Reads commands on stdin: "invoke ID ACTION" emits ActionInvoked(ID, ACTION),
"closed ID" emits NotificationClosed(ID, 2). Capabilities come from argv[1:]; an
argument "hang=SECONDS" makes the server hang that long in Notify (after printing it),
as a stuck notification daemon does.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

from jego_desktop.engine.refcount_workaround import protect_singletons


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})  # type: ignore[call-arg]
class NotificationsAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    # C++ type names: D-Bus wants uint32 ("u"), which no Python type maps to.
    ActionInvoked = Signal("uint", str)  # type: ignore[arg-type]
    NotificationClosed = Signal("uint", "uint")  # type: ignore[arg-type]

    def __init__(self, parent: QObject, capabilities: list[str], hang_s: float) -> None:
        super().__init__(parent)
        self.capabilities = capabilities
        self.hang_s = hang_s
        self.last_id = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, Any],
        expire_timeout: int,
    ) -> int:
        notification_id = replaces_id or self.last_id + 1
        self.last_id = max(self.last_id, notification_id)
        record = {
            "call": "Notify",
            "id": notification_id,
            "app_name": app_name,
            "replaces_id": replaces_id,
            "app_icon": app_icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {key: str(value) for key, value in dict(hints).items()},
            "expire_timeout": expire_timeout,
        }
        print(json.dumps(record), flush=True)
        time.sleep(self.hang_s)
        return notification_id

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        print(json.dumps({"call": "CloseNotification", "id": notification_id}), flush=True)

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return self.capabilities

    @Slot(result=str)
    def GetServerInformation(self) -> str:
        return "jego-test-server"


def main() -> int:
    protect_singletons()
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    root = QObject()
    hang = [float(a.removeprefix("hang=")) for a in sys.argv[1:] if a.startswith("hang=")]
    capabilities = [a for a in sys.argv[1:] if not a.startswith("hang=")]
    adaptor = NotificationsAdaptor(root, capabilities, hang[0] if hang else 0.0)
    if not bus.registerObject(
        "/org/freedesktop/Notifications", root, QDBusConnection.RegisterOption.ExportAdaptors
    ) or not bus.registerService("org.freedesktop.Notifications"):
        print("cannot register: " + bus.lastError().message(), flush=True)
        return 1

    def on_command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        command, *arguments = line.split()
        if command == "invoke":
            adaptor.ActionInvoked.emit(int(arguments[0]), arguments[1])
        elif command == "closed":
            adaptor.NotificationClosed.emit(int(arguments[0]), 2)

    commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    commands.activated.connect(on_command)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
