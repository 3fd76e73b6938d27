"""coturn (Debian `coturn`) as the test bench's STUN and TURN server, inside the lab's
internet namespace (tests/peers/netns.py), on its own ports and configuration.

What it relayed is read from its own log: at the end of each TURN session coturn writes
"usage: realm=<...>, username=<...>, rp=N, rb=N, sp=N, sb=N" (packets and bytes
received and sent on the client side of the relay).
"""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from tests.peers.kamailio import make_test_certificates
from tests.peers.netns import NetNs
from tests.peers.process import ManagedProcess, PeerError

REALM = "lab.example"
_USAGE = re.compile(r"session (?P<session>\d+): usage: realm=<[^>]*>, username=<(?P<user>[^>]*)>, "
                    r"rp=(?P<rp>\d+), rb=(?P<rb>\d+), sp=(?P<sp>\d+), sb=(?P<sb>\d+)")  # fmt: skip
_NEW = re.compile(r"session (?P<session>\d+): new, realm=[^\n]*")


@dataclass(frozen=True)
class RelayUsage:
    """One closed TURN session: what coturn received from and sent to its client."""

    session: str
    user: str
    received_packets: int
    received_bytes: int
    sent_packets: int
    sent_bytes: int


class Coturn:
    """turnserver with long-term credentials `user`/`password`, UDP and TCP on `port`, TLS
    on `tls_port` (a certificate for `address` signed by a test CA, made at start), relay
    ports `relay_ports` on the same address; no DTLS, no CLI."""

    def __init__(
        self,
        workdir: Path,
        namespace: NetNs,
        address: str,
        *,
        user: str = "jego",
        password: str = "relay-secret",
        port: int = 3478,
        relay_ports: tuple[int, int] = (49200, 49400),
        tls_port: int = 5349,
    ) -> None:
        self.workdir = workdir
        self.namespace = namespace
        self.address = address
        self.user = user
        self.password = password
        self.port = port
        self.relay_ports = relay_ports
        self.tls_port = tls_port  # TURN over TLS, with a certificate made at start
        self.log_path = workdir / "turnserver.out"  # its stdout, buffered
        self.turn_log = workdir / "turnserver.log"  # its own log, written at once
        self._process: ManagedProcess | None = None

    def start(self, timeout: float = 10.0) -> None:
        program = shutil.which("turnserver")
        if program is None:
            raise PeerError("turnserver is not installed (Debian coturn)")
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "tls").mkdir(exist_ok=True)
        make_test_certificates(self.workdir / "tls", self.address)
        low, high = self.relay_ports
        argv = [
            *self.namespace.exec_prefix(),
            program,
            "-n",  # no configuration file: everything is here
            f"--listening-ip={self.address}",
            f"--relay-ip={self.address}",
            f"--listening-port={self.port}",
            f"--min-port={low}",
            f"--max-port={high}",
            f"--realm={REALM}",
            f"--user={self.user}:{self.password}",
            "--lt-cred-mech",
            "--fingerprint",
            f"--tls-listening-port={self.tls_port}",
            f"--cert={self.workdir / 'tls' / 'server.pem'}",
            f"--pkey={self.workdir / 'tls' / 'server.key'}",
            "--no-dtls",
            "--no-cli",
            "--no-multicast-peers",
            "--allow-loopback-peers",  # nothing is loopback here; harmless
            f"--log-file={self.turn_log}",
            "--simple-log",  # that very file name, no date added
            "--verbose",
            f"--pidfile={self.workdir / 'turnserver.pid'}",
        ]
        self._process = ManagedProcess("coturn", argv, self.log_path, cwd=self.workdir)
        self._process.start()
        self._process.wait_until(self._listening, timeout, "coturn listening")

    def udp_ports(self) -> str:
        """Its UDP ports in nftables' form: the listening port and the relay range."""
        low, high = self.relay_ports
        return f"{self.port}, {low}-{high}"

    def _listening(self) -> bool:
        text = self.log_text()
        return "Total General servers" in text or "IPv4. UDP listener opened on" in text

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.stop()

    def log_text(self) -> str:
        try:
            return self.turn_log.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def usage(self, user: str | None = None) -> list[RelayUsage]:
        """Every closed session so far (of `user`'s allocations only, when given), as coturn
        counted it; STUN-only sessions have no user."""
        found = [
            RelayUsage(
                m.group("session"),
                m.group("user"),
                int(m.group("rp")),
                int(m.group("rb")),
                int(m.group("sp")),
                int(m.group("sb")),
            )
            for m in _USAGE.finditer(self.log_text())
        ]
        return [u for u in found if user is None or u.user == user]

    def allocations(self) -> set[str]:
        """The session ids of every allocation made so far, closed or not."""
        return {m.group("session") for m in _NEW.finditer(self.log_text())}

    def over_tls(self) -> set[str]:
        """The session ids of the allocations made over TLS."""
        return {m.group("session") for m in _NEW.finditer(self.log_text()) if "method=TLS" in m[0]}

    def wait_closed(self, sessions: set[str], timeout: float = 15.0) -> list[RelayUsage]:
        """What `sessions` relayed, once each has closed (its usage is written then)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [u for u in self.usage() if u.session in sessions]
            if len(found) >= len(sessions):
                return found
            time.sleep(0.2)
        raise PeerError(f"coturn closed {len(found)} of {len(sessions)} allocations")
