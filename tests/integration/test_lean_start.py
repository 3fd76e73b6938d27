"""The heavy libraries wait for the feature that needs them: a started app, window shown,
engine running, has not imported the video stack, numpy, vobject or phonenumbers'
geocoder (issue #15: they cost ~170 MB and ~0.8 s at every start before any call), nor
PortAudio on a desktop with a sound server (its start opens every ALSA plugin: ~25 MB),
nor the modules of the pages, windows and dialogs the first screen does not show."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from jego_desktop.media.devices import sound_system_seen

ROOT = Path(__file__).resolve().parents[2]

HEAVY = (
    "av",
    "aiortc",
    "cryptography",
    "numpy",
    "vobject",
    "phonenumbers.geodata",
    "sounddevice",
    # The pages the first screen does not show are built, and their modules imported,
    # when first shown (~30 ms and ~4 MB for the settings alone).
    "jego_desktop.ui.settings.settings_page",
    "jego_desktop.ui.contacts.contacts_page",
    "jego_desktop.ui.calls.dial_pad_page",
    "jego_desktop.ui.calls.calls_page",
    # The call windows are made at the first call; the password dialog at the first
    # account with no password anywhere.
    "jego_desktop.ui.calls.call_windows",
    "jego_desktop.ui.calls.in_call_window",
    "jego_desktop.ui.video.video_view",
    "jego_desktop.ui.settings.password_prompt",
    # The chats' dialogs and the emoji picker, at their first opening.
    "jego_desktop.ui.chats.new_chat_dialog",
    "jego_desktop.ui.chats.forward_dialog",
    "jego_desktop.ui.chats.new_group_dialog",
    "jego_desktop.ui.chats.group_members_dialog",
    "jego_desktop.ui.chats.emoji_picker",
    # asyncio waits for the video loop; xml.sax.saxutils (which imports urllib.request,
    # http.client and email) for the first message document built.
    "asyncio",
    "xml.sax.saxutils",
    # fractions (and decimal) wait for the first resampler, made with the first sound.
    "fractions",
    "decimal",
)

# Imported only after the window's first paint, by what the first screen does not show
# while no account is bound: the keyring check (keyring, importlib_metadata, and the
# urllib.request, http.client and email its jaraco.context imports); the file transfers'
# http.client and ssl wait for the first transfer.
AFTER_PAINT = (
    "keyring",
    "importlib_metadata",
    "urllib.request",
    "http.client",
    "email.message",
    "jego_desktop.store.http_transfer",
    # ssl (OpenSSL) waits for the library versions' log lines, written after the paint.
    "ssl",
    # The desktop notifications (QtDBus, the session bus, the notifier's thread).
    "jego_desktop.platform.notifications",
    "PySide6.QtDBus",
    # ElementTree and expat wait for the first message document or file description parsed.
    "xml.etree.ElementTree",
    # phonenumbers (~16 ms) waits for the first number parsed or shown (none on this screen).
    "phonenumbers",
    # The engine's events (~15 ms of dataclasses) load with the first event, and the
    # incoming messages' parsers with the engine or the first stored message.
    "jego_desktop.domain.engine_events",
    "jego_desktop.domain.incoming_messages",
    # The conversation pane (~40 ms) waits for the first paint or the first conversation.
    "jego_desktop.ui.chats.conversation_view",
    "jego_desktop.ui.chats.message_delegate",
    "jego_desktop.ui.chats.composer",
    # Files and voice messages are wired after the paint, before the engine starts.
    "jego_desktop.app.attachments",
    "jego_desktop.models.chats.attachments",
)

# The engine (pjsua2 and the engine's modules below its queue) is imported on its thread
# once the window has painted; the accounts are bound (the keyring read) then too.
ENGINE = ("pjsua2", "jego_desktop.engine.core", "jego_desktop.engine.calls")

# The real app (run()) on a fresh profile; it reports what it had imported at the first
# paint of its window (PAINTED) and 4 s after start (LOADED).
DRIVER = r"""
import gc, json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from jego_desktop.__main__ import main  # the entry point people start

watched = json.loads(sys.argv[2])

def loaded():
    return json.dumps(sorted(m for m in watched if m in sys.modules))

class FirstPaint(QObject):
    done = False
    def eventFilter(self, target, event):
        window = getattr(target, "isWindow", None)
        if not self.done and event.type() == QEvent.Type.Paint and window and window():
            self.done = True
            print("PAINTED " + loaded(), flush=True)
        return False

first_paint = FirstPaint()
app.installEventFilter(first_paint)

def report():
    print("LOADED " + loaded(), flush=True)
    print(f"COLLECTING {gc.isenabled()}", flush=True)
    app.removeEventFilter(first_paint)
    app.quit()

QTimer.singleShot(4000, report)
sys.exit(main(["--profile", sys.argv[1]]))
"""


def start_app(
    tmp_path: Path, registrar: int = 0, sound_server: bool = True
) -> tuple[list[str], list[str], str]:
    """What the app had imported at its first paint and 4 s after start (when the garbage
    collector, off while the app starts, must be on again), and its log;
    with a `registrar` port, a number bound there first (its password in the keyring)."""
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "settings.ini").write_text("[network]\nbind_address=127.0.0.1\n")
    environment = dict(
        os.environ,
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / "share"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
        JEGO_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
        PYTHONPATH=str(ROOT),
        # A desktop's sound server, as people have (nothing answers there: not needed).
        PULSE_SERVER=f"unix:{tmp_path / 'pulse-native'}",
    )
    if not sound_server:
        del environment["PULSE_SERVER"]
        environment.pop("XDG_RUNTIME_DIR", None)
    if registrar:
        added = subprocess.run(
            [sys.executable, "-m", "jego_desktop", "--profile", str(profile), "account", "add",
             "--number", "alice", "--server", f"127.0.0.1:{registrar}", "--password-stdin"],
            input="secret\n", capture_output=True, text=True, timeout=60, env=environment,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    watched = HEAVY + AFTER_PAINT + ENGINE
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(profile), json.dumps(watched)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=ROOT,
    )
    reports = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "PAINTED" in reports and "LOADED" in reports, (
        result.stdout[-2000:] + result.stderr[-3000:]
    )
    assert reports.get("COLLECTING") == "True"
    log = (profile / "logs" / "jego.log").read_text(encoding="utf-8")
    assert "main window shown" in log  # the report came from a started app
    return json.loads(reports["PAINTED"]), json.loads(reports["LOADED"]), log


def test_a_started_app_has_not_loaded_what_only_calls_video_and_vcards_need(
    tmp_path: Path,
) -> None:
    painted, loaded, log = start_app(tmp_path)
    assert painted == [], f"imported before the first paint: {painted}"
    heavy = [name for name in loaded if name in HEAVY]
    assert heavy == [], f"imported at start, before its use: {heavy}"
    # The work put off until after the paint was done all the same.
    assert "keyring" in loaded
    assert "pjsua2" in loaded
    assert "jego_desktop.domain.engine_events" in loaded  # the engine published its start
    assert "jego_desktop.platform.notifications" in loaded  # calls and messages notify
    assert "jego_desktop.ui.chats.conversation_view" in loaded  # ready to open a chat
    assert "jego_desktop.models.chats.attachments" in loaded  # files can come
    assert "SIP UDP transport listening on 127.0.0.1" in log  # the engine started
    assert any((tmp_path / "home" / "share" / "icons" / "hicolor").rglob("*.png"))


def test_with_a_bound_number_the_engine_and_the_keyring_wait_for_the_first_paint(
    tmp_path: Path,
) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as registrar:
        registrar.bind(("127.0.0.1", 0))  # hears the REGISTERs, answers none
        painted, loaded, log = start_app(tmp_path, registrar.getsockname()[1])
        registrar.setblocking(False)
        heard = registrar.recv(65536)
    assert painted == [], f"imported before the first paint: {painted}"
    assert "keyring" in loaded and "pjsua2" in loaded
    # The account was bound (its password read from the keyring) and registered.
    assert "waits for its password" not in log
    assert heard.startswith(b"REGISTER sip:127.0.0.1")


def test_where_no_sound_is_seen_portaudio_is_asked_after_the_first_paint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No sound server and no card: PortAudio is started (~0.1 s) to say why there is no
    sound, after the first paint."""
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    if sound_system_seen():
        pytest.skip("this machine has a sound card (/dev/snd) or a system-wide sound server")
    painted, loaded, log = start_app(tmp_path, sound_server=False)
    assert painted == [], f"imported before the first paint: {painted}"
    assert "sounddevice" in loaded
    assert "capabilities: sound: " in log  # why there is no sound, in the window and the log
