"""Two real apps (two profiles, two processes) on their own Xvfb displays, driven by real
keyboard input through xdotool, talking through Kamailio: a call from the dial pad that
rings, is answered and hung up, and a message typed in one composer that arrives in the
other's conversation."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.integration.app_process import AppProcess
from tests.peers.kamailio import Kamailio
from tests.peers.x_input import XInput
from tests.peers.xvfb import Xvfb

pytestmark = pytest.mark.peers

MAIN_TITLE = "^Jego Desktop$"


class Desk:
    """One user at one screen: an app process, its display and its keyboard."""

    def __init__(self, name: str, tmp_path: Path, kamailio: Kamailio) -> None:
        self.name = name
        self.screen = Xvfb(tmp_path, width=1100, height=760)
        self.screen.start()
        self.app = AppProcess(
            tmp_path / name, tmp_path / f"{name}-keyring.json", display=self.screen.display
        )
        added = self.app.cli(
            "account",
            "add",
            "--number",
            name,
            "--server",
            f"127.0.0.1:{kamailio.udp_port}",
            "--transport",
            "udp",
            "--password-stdin",
            stdin=f"secret-{name}\n",
        )
        assert added.returncode == 0, added.stderr
        self.keys = XInput(self.screen.display)

    def start(self) -> None:
        self.app.start()
        self.app.wait_status(
            lambda s: bool(s["accounts"]) and s["accounts"][0]["registered"], timeout=20
        )

    @property
    def pid(self) -> int:
        return self.app.pid

    def focus(self, title: str) -> None:
        self.keys.focus(self.keys.wait_window(self.pid, title))

    def screenshot(self, target: Path) -> Path:
        return self.screen.screenshot(target)

    def stop(self) -> None:
        self.app.stop()
        self.screen.stop()


@pytest.fixture
def desks(tmp_path: Path, kamailio: Kamailio) -> Iterator[tuple[Desk, Desk]]:
    kamailio.stop()
    kamailio.add_user("alice", "secret-alice")
    kamailio.add_user("bob", "secret-bob")
    kamailio.start()
    alice = Desk("alice", tmp_path, kamailio)
    bob = Desk("bob", tmp_path, kamailio)
    try:
        alice.start()
        bob.start()
        yield alice, bob
    finally:
        alice.stop()
        bob.stop()


def call_states(desk: Desk) -> list[str]:
    return [call["state"] for call in desk.app.status()["calls"]]


def wait(condition: Callable[[], bool], what: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def test_call_from_the_dial_pad_rings_is_answered_and_hung_up(
    desks: tuple[Desk, Desk], kamailio: Kamailio, tmp_path: Path
) -> None:
    alice, bob = desks
    alice.focus(MAIN_TITLE)
    alice.keys.key("ctrl+3")  # the dial pad
    alice.keys.type(kamailio.aor("bob"))
    alice.keys.key("Return")

    bob.app.wait_status(lambda s: [c["state"] for c in s["calls"]] == ["ringing_in"])
    bob.focus("^Incoming call$")
    bob.screenshot(tmp_path / "bob-ringing.png")
    bob.keys.key("ctrl+shift+a")
    wait(lambda: call_states(alice) == ["active"], "alice's call to be active")
    wait(lambda: call_states(bob) == ["active"], "bob's call to be active")

    alice.focus("^Call with ")
    alice.screenshot(tmp_path / "alice-in-call.png")
    alice.keys.key("ctrl+shift+h")
    wait(lambda: call_states(bob) == [], "bob to see the hang-up")
    wait(lambda: call_states(alice) == [], "alice's call to end")

    history = sqlite3.connect(f"file:{bob.app.profile / 'jego.sqlite3'}?mode=ro", uri=True)
    try:
        rows = history.execute("SELECT direction, answered_at IS NOT NULL FROM calls").fetchall()
    finally:
        history.close()
    assert rows == [("incoming", 1)]


def stored_messages(desk: Desk) -> list[tuple[str, str, str]]:
    database = sqlite3.connect(f"file:{desk.app.profile / 'jego.sqlite3'}?mode=ro", uri=True)
    try:
        rows = database.execute(
            "SELECT direction, body, state FROM messages ORDER BY id"
        ).fetchall()
    finally:
        database.close()
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def test_a_message_typed_in_one_composer_appears_in_the_other_conversation(
    desks: tuple[Desk, Desk], kamailio: Kamailio, tmp_path: Path
) -> None:
    alice, bob = desks
    text = "Bonjour Bob, ca va ? <b>not bold</b>"
    # Bob writes first, from the command line: plain text (Alice is unknown to him), whose
    # User-Agent tells Alice that Bob reads CPIM, so her message asks for receipts.
    assert bob.app.cli("message", kamailio.aor("alice"), "Salut Alice").returncode == 0
    wait(lambda: ("incoming", "Salut Alice", "received") in stored_messages(alice), "hello")
    alice.focus(MAIN_TITLE)
    alice.keys.key("ctrl+1")  # the chats
    alice.keys.key("ctrl+n")
    alice.focus("^New chat$")
    alice.keys.type(kamailio.aor("bob"))
    alice.keys.key("Return")
    alice.focus(MAIN_TITLE)  # the composer of the new conversation has the focus
    alice.keys.type(text)
    alice.keys.key("Return")

    wait(lambda: ("incoming", text, "received") in stored_messages(bob), "bob to store it")
    bob.app.wait_status(lambda s: s["unread"] == 1)
    wait(
        lambda: any(
            d == "outgoing" and b == text and s in ("delivered", "displayed")
            for d, b, s in stored_messages(alice)
        ),
        "alice to see it delivered",
    )
    # Bob opens the conversation in his window: it is read, and Alice is told so.
    bob.focus(MAIN_TITLE)
    bob.keys.key("ctrl+1")
    bob.keys.key("Down")  # the conversation list has the focus: take the first chat
    bob.keys.key("Return")
    bob.app.wait_status(lambda s: s["unread"] == 0)
    wait(
        lambda: ("outgoing", text, "displayed") in stored_messages(alice),
        "alice to get the read receipt",
    )
    bob.screenshot(tmp_path / "bob-conversation.png")
