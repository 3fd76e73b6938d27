"""DesktopNotifier over a real D-Bus: a private dbus-daemon and a small notification
server in another process (tests/unit/platform/notification_server.py)."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.platform.notifications import DesktopNotifier

ROOT = Path(__file__).resolve().parents[3]
SERVER = Path(__file__).with_name("notification_server.py")
CALL_ACTIONS = [("answer", "Answer"), ("decline", "Decline")]
Maker = Callable[..., DesktopNotifier]


@pytest.fixture(autouse=True)
def _shield_singletons() -> None:
    protect_singletons()  # as the app does: PySide6 drops references to True it never took


class SessionBus:
    """A private `dbus-daemon --session`; stopped at the end of the test."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        assert self.address.startswith("unix:"), self.address

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        assert self.process.stdout is not None
        self.process.stdout.close()


class NotificationServer:
    """The test server process: what it was asked (`calls`), and commands for it."""

    def __init__(self, address: str, capabilities: list[str]) -> None:
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, PYTHONPATH=str(ROOT))
        env["QT_QPA_PLATFORM"] = "offscreen"
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), *capabilities],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self._lines.get(timeout=20) == "ready"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())

    def next_call(self, qtbot: QtBot, timeout: float = 10) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                record: dict[str, Any] = json.loads(self._lines.get(timeout=0.05))
                return record
            except queue.Empty:
                qtbot.wait(10)
        raise AssertionError("the notification server received nothing")

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def bus() -> Iterator[SessionBus]:
    daemon = SessionBus()
    yield daemon
    daemon.stop()


def connect(address: str, name: str) -> QDBusConnection:
    connection = QDBusConnection.connectToBus(address, name)
    assert connection.isConnected(), connection.lastError().message()
    return connection


@pytest.fixture
def notifiers(qtbot: QtBot) -> Iterator[list[DesktopNotifier]]:
    """Made by `make`; their D-Bus threads are stopped at the end of the test."""
    made: list[DesktopNotifier] = []
    yield made
    for notifier in made:
        notifier.shutdown()


@pytest.fixture
def make(qtbot: QtBot, bus: SessionBus, notifiers: list[DesktopNotifier]) -> Maker:
    """A notifier on the test's bus, once it has looked for the notification server."""

    def made(name: str, *args: Any, **kwargs: Any) -> DesktopNotifier:
        notifier = DesktopNotifier(*args, bus=connect(bus.address, name), **kwargs)
        notifiers.append(notifier)
        with qtbot.waitSignal(notifier.looked_up, timeout=20_000):
            pass  # delivered queued: it cannot come before this wait
        return notifier

    return made


@pytest.fixture
def server(bus: SessionBus) -> Iterator[NotificationServer]:
    process = NotificationServer(bus.address, ["actions", "body", "body-markup"])
    yield process
    process.stop()


def test_a_call_notification_has_buttons_and_reports_the_one_pressed(
    qtbot: QtBot, make: Maker, server: NotificationServer
) -> None:
    notifier = make("a", "Jego", "/icons/jego.svg", desktop_entry="jego-desktop")
    assert notifier.supports_actions

    assert notifier.notify(
        "call:c1", "Incoming call", "Camille Martin", CALL_ACTIONS, category="call.incoming"
    )
    call = server.next_call(qtbot)
    assert call["call"] == "Notify"
    assert (call["app_name"], call["app_icon"], call["replaces_id"]) == (
        "Jego",
        "/icons/jego.svg",
        0,
    )
    assert (call["summary"], call["body"]) == ("Incoming call", "Camille Martin")
    assert call["actions"] == ["default", "", "answer", "Answer", "decline", "Decline"]
    assert call["hints"] == {"category": "call.incoming", "desktop-entry": "jego-desktop"}

    with qtbot.waitSignal(notifier.activated, timeout=10_000) as pressed:
        server.send(f"invoke {call['id']} answer")
    assert pressed.args == ["call:c1", "answer"]


def test_a_click_on_a_message_notification_names_its_conversation(
    qtbot: QtBot, make: Maker, server: NotificationServer
) -> None:
    notifier = make("b", "Jego")
    notifier.notify("chat:7", "Camille", "first")
    first = server.next_call(qtbot)
    notifier.notify("chat:9", "Bob", "hello")
    other = server.next_call(qtbot)

    with qtbot.waitSignal(notifier.activated, timeout=10_000) as clicked:
        server.send(f"invoke {first['id']} default")
    assert clicked.args == ["chat:7", "default"]
    with qtbot.waitSignal(notifier.activated, timeout=10_000) as clicked:
        server.send(f"invoke {other['id']} default")
    assert clicked.args == ["chat:9", "default"]


def test_the_same_key_replaces_and_withdraw_closes(
    qtbot: QtBot, make: Maker, server: NotificationServer
) -> None:
    notifier = make("c", "Jego")
    notifier.notify("chat:7", "Camille", "one")
    first = server.next_call(qtbot)
    notifier.notify("chat:7", "Camille", "two")
    second = server.next_call(qtbot)
    assert second["replaces_id"] == first["id"] and second["body"] == "two"

    notifier.withdraw("chat:7")
    assert server.next_call(qtbot) == {"call": "CloseNotification", "id": first["id"]}


def test_message_text_is_not_markup(qtbot: QtBot, make: Maker, server: NotificationServer) -> None:
    notifier = make("d", "Jego")
    notifier.notify("chat:1", "Eve", '<img src="http://x/y.png"> & <b>bold</b>')
    assert server.next_call(qtbot)["body"] == (
        '&lt;img src="http://x/y.png"&gt; &amp; &lt;b&gt;bold&lt;/b&gt;'
    )


def test_a_closed_notification_is_forgotten(
    qtbot: QtBot, make: Maker, server: NotificationServer
) -> None:
    notifier = make("e", "Jego")
    with qtbot.waitSignal(notifier.settled, timeout=10_000):
        notifier.notify("call:c1", "Incoming call", "Bob", CALL_ACTIONS)
    call = server.next_call(qtbot)
    server.send(f"closed {call['id']}")
    qtbot.waitUntil(lambda: not notifier._side._ids, timeout=10_000)
    notifier.notify("call:c1", "Incoming call", "Bob", CALL_ACTIONS)
    assert server.next_call(qtbot)["replaces_id"] == 0


def test_without_a_server_and_a_tray_nothing_is_shown(make: Maker) -> None:
    notifier = make("f", "Jego")

    assert notifier.uses_dbus is False
    assert not notifier.notify("chat:1", "Eve", "hello")


def ticking() -> tuple[QTimer, list[int]]:
    """A timer and its ticks: the GUI thread handles events as long as the list grows."""
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return timer, ticks


def test_a_slow_server_never_freezes_the_window_and_its_late_answer_counts(
    qtbot: QtBot, make: Maker, bus: SessionBus
) -> None:
    slow = NotificationServer(bus.address, ["actions", "hang=1.5"])
    try:
        notifier = make("g", "Jego", timeout_ms=20_000)
        outcomes: list[tuple[str, bool]] = []
        notifier.settled.connect(lambda key, shown: outcomes.append((key, shown)))
        assert notifier.notify("chat:1", "Eve", "hello")
        _timer, ticks = ticking()
        call = slow.next_call(qtbot)  # received: the server now hangs before answering
        ticks.clear()
        qtbot.waitUntil(lambda: len(ticks) >= 2 or bool(outcomes), timeout=20_000)
        assert len(ticks) >= 2 and outcomes == []  # events go on while the call waits

        qtbot.waitUntil(lambda: bool(outcomes), timeout=20_000)
        assert outcomes == [("chat:1", True)]
        with qtbot.waitSignal(notifier.activated, timeout=10_000) as clicked:
            slow.send(f"invoke {call['id']} default")
        assert clicked.args == ["chat:1", "default"]
    finally:
        slow.stop()


def test_a_server_that_never_answers_is_given_up_without_freezing_the_window(
    qtbot: QtBot, make: Maker, bus: SessionBus
) -> None:
    stuck = NotificationServer(bus.address, ["actions", "hang=2"])
    try:
        notifier = make("h", "Jego", timeout_ms=1000)
        outcomes: list[tuple[str, bool]] = []
        notifier.settled.connect(lambda key, shown: outcomes.append((key, shown)))
        assert notifier.notify("chat:1", "Eve", "hello")
        _timer, ticks = ticking()
        stuck.next_call(qtbot)
        ticks.clear()
        qtbot.waitUntil(lambda: len(ticks) >= 2 or bool(outcomes), timeout=20_000)
        assert len(ticks) >= 2 and outcomes == []

        qtbot.waitUntil(lambda: bool(outcomes), timeout=20_000)
        assert outcomes == [("chat:1", False)]  # timed out; no tray to fall back on
    finally:
        stuck.stop()
