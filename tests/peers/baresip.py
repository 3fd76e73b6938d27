"""A baresip user agent driven through its `ctrl_tcp` module, as a far end for call tests.

What baresip 1.0.0 (Debian) gives us, as measured on the bench:

* Commands are netstrings holding `{"command", "params", "token"}`; the answer is
  `{"response": true, "ok": bool, "data": "<text>", "token": ...}`.
* Events are `{"event": true, "type", "class", "accountaor", "direction",
  "peeruri", "id", "param"}` (some keys absent on some events):
  - class "call": CALL_INCOMING, CALL_RINGING, CALL_PROGRESS, CALL_ESTABLISHED,
    CALL_CLOSED (param = reason), CALL_DTMF_START (param = digit),
    CALL_DTMF_END (no param), CALL_RTCP (param "audio", plus "rtcp_stats");
  - class "other": CALL_RTPESTAB (param "audio"), CALL_LOCAL_SDP and
    CALL_REMOTE_SDP (param "offer" / "answer");
  - class "register": REGISTER_OK, REGISTER_FAIL (param = reason), UNREGISTERING
    (the first REGISTER_OK usually comes before ctrl_tcp is connected, so `start()`
    polls the `reginfo` command instead);
  - class "application": SHUTDOWN, EXIT.
  Each event collected here also gets "received_at" (time.monotonic() on arrival).
* No event for a received SIP MESSAGE: the `menu` module prints
  `<from-aor>: "<text>"` through the `stdio` UI, so it is read from the log.
  Sending a MESSAGE goes through the `contact` module ("message current contact").
* No hold event: a hold re-INVITE shows as CALL_REMOTE_SDP "offer" on an
  established call; the direction is read with `audio_status()` (the `audio_debug`
  command) or from the SIP trace (`received_requests("INVITE")`).
* `sndfile` writes `dump-<time>-enc.wav` (what this agent sends) and
  `dump-<time>-dec.wav` (what it hears). Limitation: the decoded-audio recording
  stops at the first re-INVITE of a call (hold/resume), because baresip 1.0.0
  rebuilds the receive filter chain without its filters; `audio_status()` RTP
  counters still show whether audio flows after it. File names have a one-second
  resolution: two calls of one agent started within the same second share them.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from tests.peers.netns import NetNs
from tests.peers.ports import LOOPBACK, free_port_block
from tests.peers.process import ManagedProcess, PeerError

BARESIP = "baresip"
MODULE_PATH = Path("/usr/lib/baresip/modules")
# Ports: SIP (UDP and TCP) at base, TLS at base + 1 (baresip always adds it), ctrl_tcp at base + 2.
_PORT_BLOCK = 4
_RTP_BLOCK = 16
# On the wire, baresip paces telephone-events at roughly this interval per digit.
DTMF_SECONDS_PER_DIGIT = 0.25

Event = dict[str, Any]

_MESSAGE_LINE = re.compile(r'^(?P<peer>sips?:[^\s"]+): "(?P<text>.*)"$')
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_REGINFO_LINE = re.compile(r"^[> ] (sips?:[^\s;>]+)\S*\s+(\S+)", re.MULTILINE)
_TRACE_BLOCK = re.compile(
    r"\x1b\[36;1m#\n(?P<transport>UDP|TCP|TLS|WS|WSS) (?P<src>\S+) -> (?P<dst>\S+)\n"
    r"(?P<text>.*?)\x1b\[;m",
    re.DOTALL,
)
_TOP_VIA_PORT = re.compile(
    r"^(?:Via|v):\s*SIP/2\.0/\w+\s+[^:;\s]+:(\d+)", re.MULTILINE | re.IGNORECASE
)


@dataclass(frozen=True)
class Account:
    """One line of baresip's `accounts` file."""

    aor: str
    password: str | None = None
    registrar: str | None = None
    transport: str = "udp"
    extra_params: str = ""

    @property
    def user(self) -> str:
        return self.aor.split(":", 1)[1].split("@", 1)[0]

    def line(self, auto_answer: bool) -> str:
        uri = self.aor if self.transport == "udp" else f"{self.aor};transport={self.transport}"
        params = [f"answermode={'auto' if auto_answer else 'manual'}"]
        if self.registrar is None:
            params.append("regint=0")
        else:
            params += ["regint=600", f'outbound1="{self.registrar}"']
        if self.password is not None:
            params += [f"auth_user={self.user}", f"auth_pass={self.password}"]
        if self.extra_params:
            params.append(self.extra_params.lstrip(";"))
        return f"<{uri}>;" + ";".join(params)


@dataclass(frozen=True)
class AudioStatus:
    """Parsed output of baresip's `audio_debug` command for the current call."""

    direction: str  # sendrecv, sendonly, recvonly or inactive, as negotiated locally
    rx_packets: int  # RTP packets received from the far end
    tx_packets: int  # RTP packets sent
    text: str


@dataclass(frozen=True)
class SipPacket:
    """One SIP message from baresip's SIP trace (`-s`)."""

    transport: str
    source: str
    destination: str
    text: str

    @property
    def first_line(self) -> str:
        return self.text.split("\r\n", 1)[0]


class Baresip:
    """One baresip process with its accounts, a ctrl_tcp connection and an event log.

    Create, `add_account(...)` (a direct `sip:<name>@127.0.0.1` account is added if
    none), `start()`, drive it, `stop()`. Audio source is a sine of `tone_hz`
    (`ausine`), or `audio_file` (`aufile`, which hangs up at the end of the file).
    """

    def __init__(
        self,
        workdir: Path,
        name: str,
        *,
        tone_hz: float | None = 700.0,
        auto_answer: bool = True,
        audio_file: Path | None = None,
        sip_trace: bool = True,
        presence: bool = False,
        contacts: Sequence[str] = (),
        namespace: NetNs | None = None,
        address: str = LOOPBACK,
        modules: Sequence[str] = (),
    ) -> None:
        self.name = name
        # `namespace`: run inside this network namespace (tests/peers/netns.py), on
        # `address` there; `modules`: more modules to load (e.g. "stun.so", "ice.so")
        self.namespace = namespace
        self.address = address
        self.extra_modules = list(modules)
        # `presence`: load the presence module (PUBLISH every account's status to its
        # registrar, SUBSCRIBE to every contact); `contacts`: SIP URIs of the contacts file
        self.presence = presence
        self.contacts = list(contacts)
        self.dir = workdir / name
        self.record_dir = self.dir / "recordings"
        self.log_path = self.dir / "baresip.log"
        self.sip_port = free_port_block(_PORT_BLOCK)
        self.ctrl_port = self.sip_port + 2
        self._rtp_base = free_port_block(_RTP_BLOCK)
        self.tone_hz = tone_hz
        self.auto_answer = auto_answer
        self.audio_file = audio_file
        self.trace_sip = sip_trace
        self.accounts: list[Account] = []
        self._process: ManagedProcess | None = None
        self._sock: socket.socket | None = None
        self._reader: threading.Thread | None = None
        self._changed = threading.Condition()
        self._events: list[Event] = []
        self._responses: dict[str, Event] = {}
        self._tokens = count(1)
        self._message_target: str | None = None

    # ----- set-up -------------------------------------------------------------------

    def add_account(
        self,
        aor: str,
        *,
        password: str | None = None,
        registrar: str | None = None,
        transport: str = "udp",
        extra_params: str = "",
    ) -> None:
        """Add an account before `start()`.

        Without `registrar` the account is direct (`regint=0`): call it at `uri()`.
        With `registrar` (e.g. "sip:127.0.0.1:5060;transport=tcp") it is used as the
        outbound proxy for every request and the agent registers there, answering the
        digest challenge with the AoR's user name and `password`. `extra_params` are
        more account parameters, e.g. "audio_codecs=G722/16000/1" to offer only G.722.
        """
        if self._process is not None:
            raise PeerError("add_account() must come before start()")
        self.accounts.append(Account(aor, password, registrar, transport, extra_params))

    def start(self, timeout: float = 10.0) -> None:
        """Start baresip; wait for ctrl_tcp and until every account with a registrar is registered.

        Raises PeerError when baresip exits, a registration fails or time runs out.
        """
        if shutil.which(BARESIP) is None:
            raise PeerError("baresip is not installed")
        if not self.accounts:
            self.add_account(f"sip:{self.name}@{self.address}")
        self._write_config()
        argv = [*(self.namespace.exec_prefix() if self.namespace else []), BARESIP]
        argv += ["-f", str(self.dir)]
        argv += ["-s"] if self.trace_sip else []
        self._process = ManagedProcess(f"baresip {self.name}", argv, self.log_path, stdin_pipe=True)
        self._process.start()
        self._process.wait_until(self._connect, timeout, "ctrl_tcp connection")
        deadline = time.monotonic() + timeout
        for account in self.accounts:
            if account.registrar is not None:
                self._wait_registered(account, deadline - time.monotonic())

    def stop(self) -> None:
        """Stop the process (SIGTERM, then SIGKILL), close the connection, join the reader."""
        if self._process is not None:
            self._process.stop(grace=2.0)
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
        if self._reader is not None:
            self._reader.join(timeout=5.0)
            self._reader = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    @property
    def pid(self) -> int:
        if self._process is None:
            raise PeerError(f"{self.name} is not started")
        return self._process.pid

    def is_running(self) -> bool:
        return self._process is not None and self._process.is_running()

    def _write_config(self) -> None:
        self.record_dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "config").write_text(self._config_text())
        lines = [account.line(self.auto_answer) for account in self.accounts]
        (self.dir / "accounts").write_text("\n".join(lines) + "\n")
        # baresip's presence module subscribes only to contacts marked presence=p2p; the
        # SUBSCRIBE still goes out through the outbound proxy
        (self.dir / "contacts").write_text(
            "".join(f"<{uri}>;presence=p2p\n" for uri in self.contacts)
        )

    def _config_text(self) -> str:
        source_module, source, rate, channels = self._audio_source()
        settings = [
            ("poll_method", "epoll"),
            ("sip_listen", f"{self.address}:{self.sip_port}"),
            ("net_interface", self.address),
            ("call_max_calls", "4"),
            ("audio_source", source),
            ("ausrc_srate", str(rate)),
            ("ausrc_channels", str(channels)),
            ("rtp_ports", f"{self._rtp_base}-{self._rtp_base + _RTP_BLOCK - 1}"),
            ("module_path", str(MODULE_PATH)),
            ("module", "stdio.so"),  # the UI through which received MESSAGEs are printed
            ("module", "g711.so"),
            ("module", "g722.so"),
            ("module", "srtp.so"),  # SDES-SRTP, for ;mediaenc=srtp and srtp-mand accounts
            ("module", source_module),
            ("module", "sndfile.so"),
            *(("module", module) for module in self.extra_modules),
            ("module_app", "account.so"),
            ("module_app", "contact.so"),  # outgoing MESSAGE ("message current contact")
            ("module_app", "menu.so"),
            ("module_app", "ctrl_tcp.so"),
            *([("module_app", "presence.so")] if self.presence else []),
            ("ctrl_tcp_listen", f"{self.address}:{self.ctrl_port}"),
            ("snd_path", str(self.record_dir)),
            ("statmode_default", "off"),
            ("menu_bell", "no"),
            ("ringback_disabled", "yes"),
        ]
        return "".join(f"{key}\t\t{value}\n" for key, value in settings)

    def _audio_source(self) -> tuple[str, str, int, int]:
        """Module, `audio_source` value, sample rate and channels of the source."""
        if self.audio_file is not None:
            rate, channels = _wav_rate_channels(self.audio_file)
            return "aufile.so", f"aufile,{self.audio_file}", rate, channels
        if self.tone_hz is None:
            raise PeerError("give tone_hz or audio_file")
        freq = round(self.tone_hz)
        if not 10 <= freq <= 20000:
            raise PeerError(f"ausine takes 10..20000 Hz, not {self.tone_hz}")
        return "ausine.so", f"ausine,{freq}", 48000, 2  # ausine wants 48 kHz stereo

    def _wait_registered(self, account: Account, timeout: float) -> None:
        """Poll `reginfo`: REGISTER_OK may come before the ctrl_tcp connection is up."""

        def registered() -> bool:
            state = self.registration_status().get(account.aor, "")
            if state == "ERR":
                raise PeerError(f"{self.name}: registration of {account.aor} failed (reginfo ERR)")
            return state == "OK"

        self.wait_for(registered, max(timeout, 0.1), f"registration of {account.aor}")

    def registration_status(self) -> dict[str, str]:
        """AoR -> state shown by `reginfo` ("OK", "ERR", ... ; "zzz" when not registering)."""
        text = _ANSI.sub("", str(self._ok("reginfo").get("data", "")))
        return {m.group(1): m.group(2) for m in _REGINFO_LINE.finditer(text)}

    # ----- ctrl_tcp connection ------------------------------------------------------

    def _connect(self) -> bool:
        try:
            sock = self._ctrl_socket()
        except OSError:
            return False
        sock.settimeout(None)
        self._sock = sock
        self._reader = threading.Thread(
            target=self._read_loop, name=f"baresip-{self.name}", daemon=True
        )
        self._reader.start()
        return True

    def _ctrl_socket(self) -> socket.socket:
        if self.namespace is None:
            return socket.create_connection((LOOPBACK, self.ctrl_port), timeout=1.0)
        sock = self.namespace.socket()
        sock.settimeout(1.0)
        try:
            sock.connect((self.address, self.ctrl_port))
        except OSError:
            sock.close()
            raise
        return sock

    def _read_loop(self) -> None:
        assert self._sock is not None
        buffer = b""
        while True:
            try:
                chunk = self._sock.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            payloads, buffer = _split_netstrings(buffer)
            for payload in payloads:
                self._dispatch(json.loads(payload.decode("utf-8", errors="replace")))

    def _dispatch(self, message: Event) -> None:
        with self._changed:
            if message.get("response"):
                self._responses[str(message.get("token"))] = message
            elif message.get("event"):
                message["received_at"] = time.monotonic()
                self._events.append(message)
            self._changed.notify_all()

    def command(self, command: str, params: str = "", timeout: float = 5.0) -> Event:
        """Send one ctrl_tcp command (a menu command such as "dial"); return its response."""
        if self._sock is None:
            raise PeerError(f"{self.name} is not started")
        token = f"{self.name}-{next(self._tokens)}"
        body = json.dumps(
            {"command": command, "params": params, "token": token}, ensure_ascii=False
        ).encode()
        self._sock.sendall(str(len(body)).encode() + b":" + body + b",")
        deadline = time.monotonic() + timeout
        with self._changed:
            while token not in self._responses:
                self._check_alive(f"the response to {command!r}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise PeerError(f"{self.name}: no response to {command!r} within {timeout} s")
                self._changed.wait(min(left, 0.1))
            return self._responses.pop(token)

    def _ok(self, command: str, params: str = "") -> Event:
        response = self.command(command, params)
        if not response.get("ok"):
            raise PeerError(f"{self.name}: {command} {params!r} failed: {response.get('data')!r}")
        return response

    def _check_alive(self, what: str) -> None:
        if self._process is None or not self._process.is_running():
            tail = self._process.log_tail() if self._process else ""
            raise PeerError(f"{self.name} is not running while waiting for {what}:\n{tail}")

    # ----- events -------------------------------------------------------------------

    @property
    def events(self) -> list[Event]:
        """A copy of every event received so far, oldest first."""
        with self._changed:
            return list(self._events)

    def mark(self) -> int:
        """Index of the next event; pass it as `since=` to only match later events."""
        with self._changed:
            return len(self._events)

    def wait_event(
        self,
        predicate: Callable[[Event], bool],
        timeout: float = 10.0,
        *,
        since: int = 0,
        what: str = "event",
    ) -> Event:
        """First event matching `predicate` from index `since` on (earlier arrivals included)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            index = since
            while True:
                for event in self._events[index:]:
                    if predicate(event):
                        return event
                index = max(index, len(self._events))
                self._check_alive(what)
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [e.get("type") for e in self._events[since:]]
                    raise PeerError(f"{self.name}: no {what} within {timeout} s; events: {seen}")
                self._changed.wait(min(left, 0.1))

    def wait_type(self, event_type: str, timeout: float = 10.0, *, since: int = 0) -> Event:
        def wanted(event: Event) -> bool:
            return event.get("type") == event_type

        return self.wait_event(wanted, timeout, since=since, what=event_type)

    def wait_incoming_call(self, timeout: float = 10.0, *, since: int = 0) -> Event:
        return self.wait_type("CALL_INCOMING", timeout, since=since)

    def wait_call_established(self, timeout: float = 10.0, *, since: int = 0) -> Event:
        return self.wait_type("CALL_ESTABLISHED", timeout, since=since)

    def wait_call_closed(self, timeout: float = 10.0, *, since: int = 0) -> Event:
        return self.wait_type("CALL_CLOSED", timeout, since=since)

    def wait_for(
        self, condition: Callable[[], bool], timeout: float = 10.0, what: str = "condition"
    ) -> None:
        """Poll `condition` (e.g. on `audio_status()` or the SIP trace) while baresip runs."""
        assert self._process is not None
        self._process.wait_until(condition, timeout, what)

    def dtmf_received(self, *, since: int = 0) -> str:
        """Digits reported by CALL_DTMF_START events (RFC 4733 telephone-events)."""
        starts = [e for e in self.events[since:] if e.get("type") == "CALL_DTMF_START"]
        return "".join(str(e.get("param", "")) for e in starts)

    # ----- calls --------------------------------------------------------------------

    def uri(self, account: int = 0) -> str:
        """Direct contact URI of an account, to call it without a registrar."""
        acc = self.accounts[account]
        suffix = "" if acc.transport == "udp" else f";transport={acc.transport}"
        return f"sip:{acc.user}@{self.address}:{self.sip_port}{suffix}"

    def use_account(self, aor: str) -> None:
        """Make `aor` the current user agent (the one that dials and sends MESSAGEs)."""
        self._ok("uafind", aor)

    def dial(self, uri: str) -> None:
        self._ok("dial", uri)

    def hangup(self) -> None:
        self._ok("hangup")

    def answer(self) -> None:
        """Accept the ringing incoming call (for `auto_answer=False`)."""
        self._ok("accept")

    def hold(self) -> None:
        self._ok("hold")

    def resume(self) -> None:
        self._ok("resume")

    def send_dtmf(self, digits: str) -> None:
        """Queue RFC 4733 digits on the current call; each takes DTMF_SECONDS_PER_DIGIT to send."""
        self._ok("sndcode", digits)

    def audio_status(self) -> AudioStatus:
        """Direction and RTP counters of the current call's audio stream."""
        text = str(self._ok("audio_debug").get("data", ""))
        direction = re.search(r"audio dir=(\w+)", text)
        received = re.search(r"rcvd=(\d+)", text)
        sent = re.search(r"TX: packets=(\d+)", text)
        return AudioStatus(
            direction=direction.group(1) if direction else "",
            rx_packets=int(received.group(1)) if received else 0,
            tx_packets=int(sent.group(1)) if sent else 0,
            text=text,
        )

    # ----- messages -----------------------------------------------------------------

    def send_message(self, uri: str, text: str) -> None:
        """Send a SIP MESSAGE (text/plain) from the current account to `uri`."""
        if self._message_target != uri:
            # The contact module sends to its "current contact", read from its files at load.
            (self.dir / "contacts").write_text(f"<{uri}>\n")
            (self.dir / "current_contact").write_text(uri)
            self._ok("rmmod", "contact")
            self._ok("insmod", "contact")
            self._message_target = uri
        self._ok("message", text)

    def received_messages(self) -> list[tuple[str, str]]:
        """(from AoR, text) of every SIP MESSAGE received, as printed by the menu module.

        A text containing a newline cannot be told apart reliably and is not listed.
        """
        found = []
        for line in re.split(r"[\r\n]+", self.log_text()):
            match = _MESSAGE_LINE.match(line)
            if match:
                found.append((match.group("peer"), match.group("text")))
        return found

    def wait_message(self, text: str, timeout: float = 10.0) -> tuple[str, str]:
        """Wait until a MESSAGE with exactly `text` was received; returns (from, text)."""
        found: list[tuple[str, str]] = []

        def arrived() -> bool:
            found[:] = [m for m in self.received_messages() if m[1] == text]
            return bool(found)

        self.wait_for(arrived, timeout, f"MESSAGE {text!r}")
        return found[0]

    # ----- logs, SIP trace, recordings ---------------------------------------------

    def log_text(self) -> str:
        try:
            return self.log_path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            return ""

    def sip_trace(self) -> list[SipPacket]:
        """Every SIP message sent or received, from the `-s` trace in the log."""
        return [
            SipPacket(m.group("transport"), m.group("src"), m.group("dst"), m.group("text"))
            for m in _TRACE_BLOCK.finditer(self.log_text())
        ]

    def received_requests(self, method: str | None = None) -> list[SipPacket]:
        """SIP requests received (their top Via is not this agent's), optionally of one method."""
        received = []
        for packet in self.sip_trace():
            if packet.first_line.startswith("SIP/2.0"):
                continue
            if method is not None and not packet.first_line.startswith(f"{method} "):
                continue
            via = _TOP_VIA_PORT.search(packet.text)
            if via is None or int(via.group(1)) != self.sip_port:
                received.append(packet)
        return received

    def recordings(self) -> list[Path]:
        """WAV files written by sndfile, oldest first (one -enc and one -dec per call)."""
        return sorted(self.record_dir.glob("*.wav"), key=lambda p: (p.stat().st_mtime, p.name))

    def heard_wav(self, settle: float = 2.0) -> Path:
        """Latest recording of the decoded far-end audio (what this agent heard)."""
        return self._latest("-dec.wav", settle)

    def sent_wav(self, settle: float = 2.0) -> Path:
        """Latest recording of the audio this agent sent (before encoding)."""
        return self._latest("-enc.wav", settle)

    def _latest(self, suffix: str, settle: float) -> Path:
        """Newest file ending in `suffix`; waits up to `settle` s for its header to be final."""
        deadline = time.monotonic() + settle
        while True:
            files = [p for p in self.recordings() if p.name.endswith(suffix)]
            if files and (_wav_finalised(files[-1]) or time.monotonic() >= deadline):
                return files[-1]
            if not files and time.monotonic() >= deadline:
                raise PeerError(f"{self.name}: no *{suffix} in {self.record_dir}")
            time.sleep(0.05)


def _split_netstrings(buffer: bytes) -> tuple[list[bytes], bytes]:
    """Complete netstring payloads in `buffer`, and the incomplete rest."""
    payloads: list[bytes] = []
    while True:
        colon = buffer.find(b":")
        if colon < 0:
            return payloads, buffer
        length = int(buffer[:colon])
        end = colon + 1 + length
        if len(buffer) < end + 1:
            return payloads, buffer
        if buffer[end : end + 1] != b",":
            raise PeerError(f"bad netstring from ctrl_tcp: {buffer[:80]!r}")
        payloads.append(buffer[colon + 1 : end])
        buffer = buffer[end + 1 :]


def _wav_rate_channels(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:64]
    at = head.find(b"fmt ")
    if at < 0:
        raise PeerError(f"{path}: not a WAV file")
    channels, rate = struct.unpack_from("<HI", head, at + 10)
    return rate, channels


def _wav_finalised(path: Path) -> bool:
    """True once the RIFF size in the header matches the file (sndfile closed it)."""
    try:
        blob = path.read_bytes()
    except OSError:
        return False
    return len(blob) >= 44 and struct.unpack_from("<I", blob, 4)[0] == len(blob) - 8


@pytest.fixture
def baresip_factory(tmp_path: Path) -> Iterator[Callable[..., Baresip]]:
    """Make (not started) Baresip agents under tmp_path; all are stopped at teardown."""
    # A missing peer fails the test: `packaging/setup.sh test` installs it.
    if shutil.which(BARESIP) is None:
        raise PeerError("baresip is not installed (Debian package baresip)")
    made: list[Baresip] = []

    def make(name: str = "ua", **kwargs: Any) -> Baresip:
        unique = name if all(ua.name != name for ua in made) else f"{name}{len(made)}"
        agent = Baresip(tmp_path / "baresip", unique, **kwargs)
        made.append(agent)
        return agent

    yield make
    for agent in reversed(made):
        agent.stop()
