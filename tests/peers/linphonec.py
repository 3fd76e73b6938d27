"""Linphone's own engine as a far end: Debian's `linphonec` (linphone-cli 5.1) driven on stdin.

What linphonec 5.1.65 (Debian bookworm) gives us, as measured on the bench:

* Everything comes from its rc file (`-c RCFILE`, which it also rewrites): `[sip]`
  `bind_address=127.0.0.1`, `sip_port`, `sip_tcp_port=0`/`sip_tls_port=0` (0 = off;
  -1 would be a random port), `use_ipv6=0`, `contact`; `[rtp] audio_rtp_port`;
  the account in `[auth_info_0]` and `[proxy_0]`.
* It starts no SIP transport at all until its database folder
  (`$HOME/.local/share/linphone`) exists: the core stays in `LinphoneGlobalStartup` and
  every REGISTER fails with "No listening point". So HOME is a private folder, made first.
* Keep `[sip] auto_net_state_mon` at 1: with 0 the core thinks the network is down and
  queues every IMDN for ever (SIP itself still works). With it, bind_address and
  use_ipv6=0, everything it advertises (Contact, Via, SDP) stays on 127.0.0.1 (checked
  by `advertised_addresses()`). The RTP sockets are bound by mediastreamer2, whose bind
  address the rc file does not set; they are only advertised and reached on loopback.
* Commands are read from stdin (`chat URI TEXT`, `call URI`, `answer`, `terminate`,
  `soundcard use files`, `play FILE`, `record FILE`, `quit`); it prints events on
  stdout: `Message received from URI: TEXT`, `Receiving new incoming call from ...`,
  `Call N with ... connected.`, `Media streams established with ...`, `... ended (...)`.
* Its `chat` command sends plain `text/plain` (a "basic" chat room, no CPIM), so it
  never asks for receipts. A CPIM message asking for them gets a "delivered" IMDN; it
  has no command that marks a conversation read (what sends "displayed"), and none that
  sends is-composing. A received is-composing is answered 200 and not printed.
* Without a sound card (none here) it must run in file mode: `soundcard use files`,
  then `play` a WAV as its microphone and `record` what it hears into a WAV.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.peers.ports import LOOPBACK, free_port_block
from tests.peers.process import ManagedProcess, PeerError

LINPHONEC = "linphonec"
_RTP_BLOCK = 10

_MESSAGE_LINE = re.compile(r"Message received from (?P<peer>\S+): (?P<text>.*)$")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class LoopbackBindError(PeerError):
    """linphonec could not bind to its loopback address (tests skip on this)."""


@dataclass(frozen=True)
class Registration:
    """The account linphonec registers at a registrar (e.g. the test Kamailio)."""

    user: str
    password: str
    domain: str
    registrar_host: str
    registrar_port: int

    @property
    def aor(self) -> str:
        return f"sip:{self.user}@{self.domain}"


def loopback_usable(address: str = LOOPBACK) -> str | None:
    """None when a UDP socket binds to `address`, else the reason it does not."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((address, 0))
    except OSError as error:
        return f"cannot bind to {address}: {error}"
    return None


class Linphonec:
    """One linphonec process with its rc file, private HOME, stdout log and liblinphone log.

    Create, `register_at(...)` (optional), `start()`, drive it with the command
    methods, `stop()`. Every wait is bounded and fails with the log tail.
    """

    def __init__(self, workdir: Path, name: str, *, address: str = LOOPBACK) -> None:
        self.name = name
        self.address = address
        self.dir = workdir / name
        self.home = self.dir / "home"
        self.rc_path = self.dir / "linphonerc"
        self.out_path = self.dir / "linphonec.out"  # what linphonec prints (its events)
        self.log_path = self.dir / "liblinphone.log"  # liblinphone's own log, SIP included
        self.sip_port = free_port_block(1)
        self.rtp_port = free_port_block(_RTP_BLOCK)
        self.registration: Registration | None = None
        self._process: ManagedProcess | None = None

    # ----- set-up -------------------------------------------------------------------

    def register_at(
        self, user: str, password: str, *, domain: str, registrar_host: str, registrar_port: int
    ) -> None:
        """Register `sip:user@domain` over UDP at registrar_host:registrar_port; before start()."""
        if self._process is not None:
            raise PeerError("register_at() must come before start()")
        self.registration = Registration(user, password, domain, registrar_host, registrar_port)

    def start(self, timeout: float = 10.0) -> None:
        """Start linphonec; wait until it listens and, with an account, is registered."""
        if shutil.which(LINPHONEC) is None:
            raise PeerError("linphonec is not installed (Debian package linphone-cli)")
        # its database folder must exist, or no transport is ever started (see above)
        (self.home / ".local" / "share" / "linphone").mkdir(parents=True, exist_ok=True)
        self.rc_path.write_text(self._rc_text())
        env = dict(os.environ, HOME=str(self.home.resolve()), TERM="dumb")
        argv = [LINPHONEC, "-c", str(self.rc_path), "-d", "6", "-l", str(self.log_path)]
        self._process = ManagedProcess(
            f"linphonec {self.name}", argv, self.out_path, env=env, stdin_pipe=True
        )
        self._process.start()
        self.wait_for(
            lambda: f"sip:{self.address}:{self.sip_port};transport=UDP" in self.log_text(),
            timeout,
            f"a SIP listening point on {self.address}:{self.sip_port}",
        )
        self._check_bound()
        if self.registration is not None:
            self.wait_for(
                lambda: "to [LinphoneRegistrationOk]" in self.log_text(),
                timeout,
                f"registration of {self.registration.aor}",
            )

    def _check_bound(self) -> None:
        """belle-sip logs the failed bind() right after announcing the listening point."""
        failed = re.search(
            rf"udp bind\(\) failed for {re.escape(self.address)} port {self.sip_port}: (?P<why>.*)",
            self.log_text(),
        )
        if failed is None:
            return
        why = failed.group("why").strip()
        if "assign requested address" in why or "not supported" in why:
            raise LoopbackBindError(f"linphonec cannot bind to {self.address}: {why}")
        raise PeerError(f"linphonec {self.name}: bind to {self.address}:{self.sip_port}: {why}")

    def stop(self) -> None:
        """`quit`, then SIGTERM/SIGKILL if it lingers; the logs stay on disk."""
        process = self._process
        if process is None:
            return
        if process.is_running():
            with contextlib.suppress(PeerError):
                self.command("quit")
            deadline = time.monotonic() + 3.0
            while process.is_running() and time.monotonic() < deadline:
                time.sleep(0.05)
        process.stop(grace=2.0)

    def is_running(self) -> bool:
        return self._process is not None and self._process.is_running()

    def _rc_text(self) -> str:
        contact = f'"{self.name}" <sip:{self.name}@{self.address}>'
        sections: dict[str, dict[str, object]] = {
            "sip": {
                "sip_port": self.sip_port,
                "sip_tcp_port": 0,
                "sip_tls_port": 0,
                "bind_address": self.address,
                "use_ipv6": 0,
                "ipv6_migration_done": 1,
                "contact": contact,
                "guess_hostname": 0,
                "register_only_when_network_is_up": 0,
                "auto_net_state_mon": 1,
                "default_proxy": 0 if self.registration else -1,
                "send_imdn_delivered": 1,
                "send_imdn_displayed": 1,
            },
            "net": {"firewall_policy": 0},
            "rtp": {"audio_rtp_port": self.rtp_port, "video_rtp_port": self.rtp_port + 4},
            "video": {"capture": 0, "display": 0, "automatically_initiate": 0},
        }
        reg = self.registration
        if reg is not None:
            sections["auth_info_0"] = {
                "username": reg.user,
                "passwd": reg.password,
                "realm": reg.domain,
                "domain": reg.domain,
            }
            sections["proxy_0"] = {
                "reg_proxy": f"<sip:{reg.registrar_host}:{reg.registrar_port};transport=udp>",
                "reg_identity": f'"{reg.user}" <{reg.aor}>',
                "reg_expires": 600,
                "reg_sendregister": 1,
                "publish": 0,
                "cpim_in_basic_chat_rooms_enabled": 1,
            }
        lines: list[str] = []
        for section, values in sections.items():
            lines.append(f"[{section}]")
            lines += [f"{key}={value}" for key, value in values.items()]
            lines.append("")
        return "\n".join(lines)

    # ----- commands -----------------------------------------------------------------

    def command(self, line: str) -> None:
        """Write one command line to linphonec's stdin."""
        process = self._process
        if process is None or not process.is_running():
            raise PeerError(f"linphonec {self.name} is not running")
        if "\n" in line:
            raise PeerError(f"one line per command, not {line!r}")
        try:
            process.write_stdin(line.encode() + b"\n")
        except OSError as error:
            raise PeerError(f"linphonec {self.name}: stdin closed ({error})") from error

    def send_message(self, uri: str, text: str) -> None:
        """A SIP MESSAGE (text/plain) through the `chat` command; one line of text only."""
        self.command(f"chat {uri} {text}")

    def use_files(self, play: Path | None, record: Path) -> None:
        """File mode (no sound card): `play` is its microphone, what it hears goes to `record`."""
        self.command("soundcard use files")
        if play is not None:
            self.command(f"play {play}")
        self.command(f"record {record}")

    def call(self, uri: str) -> None:
        self.command(f"call {uri}")

    def answer(self) -> None:
        self.command("answer")

    def terminate(self) -> None:
        self.command("terminate")

    # ----- what it printed and logged -----------------------------------------------

    def output_text(self) -> str:
        try:
            return _ANSI.sub("", self.out_path.read_bytes().decode("utf-8", errors="replace"))
        except OSError:
            return ""

    def log_text(self) -> str:
        try:
            return self.log_path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            return ""

    def received_messages(self) -> list[tuple[str, str]]:
        """(from URI, text) of every MESSAGE linphonec printed as received."""
        found = []
        for line in re.split(r"[\r\n]+", self.output_text()):
            match = _MESSAGE_LINE.search(line)
            if match:
                found.append((match.group("peer"), match.group("text")))
        return found

    def wait_message(self, text: str, timeout: float = 10.0) -> tuple[str, str]:
        found: list[tuple[str, str]] = []

        def arrived() -> bool:
            found[:] = [m for m in self.received_messages() if m[1] == text]
            return bool(found)

        self.wait_for(arrived, timeout, f"MESSAGE {text!r}")
        return found[0]

    def wait_output(self, pattern: str, timeout: float = 10.0) -> re.Match[str]:
        """Wait until linphonec printed a line matching the regular expression `pattern`."""
        compiled = re.compile(pattern, re.MULTILINE)
        found: list[re.Match[str]] = []

        def printed() -> bool:
            match = compiled.search(self.output_text())
            if match:
                found.append(match)
            return match is not None

        self.wait_for(printed, timeout, f"output /{pattern}/")
        return found[0]

    def received_requests(self, method: str) -> list[str]:
        """SIP requests of `method` that liblinphone logged as received, whole."""
        return _received_blocks(self.log_text(), method)

    def sent_requests(self, method: str) -> list[str]:
        """SIP requests of `method` that liblinphone logged as sent, whole."""
        return _sent_blocks(self.log_text(), method)

    def advertised_addresses(self) -> set[str]:
        """IPv4/IPv6 hosts in the Via, Contact, c= and o= lines of everything it sent."""
        found: set[str] = set()
        for text in _sent_blocks(self.log_text(), ""):
            for line in text.splitlines():
                match = _SIP_HOST.match(line) or _SDP_HOST.match(line)
                if match:
                    found.add(match.groupdict().get("v6") or match.group("host"))
        return found

    def sent_responses(self) -> list[str]:
        """SIP responses that liblinphone logged as sent, whole."""
        return _sent_blocks(self.log_text(), "SIP/2.0 ")

    def wait_for(
        self, condition: Callable[[], bool], timeout: float = 10.0, what: str = "condition"
    ) -> None:
        """Poll `condition` while linphonec runs; PeerError with its output tail otherwise."""
        if self._process is None:
            raise PeerError(f"linphonec {self.name} is not started")
        self._process.wait_until(condition, timeout, what)


_RECEIVED = re.compile(
    r"received \[\d+\] new bytes from \[[^\]]*\]:\n(?P<text>.*?)(?=\n\d{4}-\d\d-\d\d \d\d:)",
    re.DOTALL,
)
_SENT = re.compile(
    r"message sent to \[[^\]]*\], size: \[\d+\] bytes\n(?P<text>.*?)(?=\n\d{4}-\d\d-\d\d \d\d:)",
    re.DOTALL,
)


# hosts in what it sends: SIP headers (bracketed IPv6 or up to the port) and SDP lines
_SIP_HOST = re.compile(
    r"^(?:(?:Via|v):\s*SIP/2\.0/\w+\s+|(?:Contact|m):[^@]*@)"
    r"(?:\[(?P<v6>[^\]]+)\]|(?P<host>[^\s:;>]+))",
    re.IGNORECASE,
)
_SDP_HOST = re.compile(r"^(?:c=IN IP[46] |o=\S+ \d+ \d+ IN IP[46] )(?P<host>\S+)")


def _received_blocks(log: str, method: str) -> list[str]:
    return [m.group("text") for m in _RECEIVED.finditer(log) if m.group("text").startswith(method)]


def _sent_blocks(log: str, method: str) -> list[str]:
    return [m.group("text") for m in _SENT.finditer(log) if m.group("text").startswith(method)]


@pytest.fixture
def linphonec_factory(tmp_path: Path) -> Iterator[Callable[..., Linphonec]]:
    """Make (not started) linphonec agents under tmp_path; all are stopped at teardown.

    Skips, with the reason, when linphonec is not installed or loopback cannot be bound.
    """
    if shutil.which(LINPHONEC) is None:
        pytest.skip("linphonec is not installed (Debian package linphone-cli)")
    reason = loopback_usable()
    if reason is not None:
        pytest.skip(f"linphonec must stay on loopback, but {reason}")
    made: list[Linphonec] = []

    def make(name: str = "lina", **kwargs: Any) -> Linphonec:
        agent = Linphonec(tmp_path / "linphonec", name, **kwargs)
        made.append(agent)
        return agent

    yield make
    for agent in reversed(made):
        agent.stop()
