"""Simulated home networks: Linux network namespaces, veth pairs, nftables masquerade.

    internet namespace   198.18.0.1 on its loopback (the servers: Kamailio, coturn)
       |  198.18.N.1/24  <->  198.18.N.2/24  (the router's WAN, its public address)
    router namespace     NAT: masquerade (port-preserving) or masquerade
       |                      random,fully-random (symmetric: a new port per destination)
       |  100.64.N.1/24  <->  100.64.N.2/24
    home namespace       the phone (Jego or baresip), default route via its router

Only 198.18.0.0/15 and 100.64.0.0/10 are used, only inside namespaces made here; the
machine's own interfaces are never touched. The internet sends 100.64/10 nowhere (a link
into an empty namespace), so a home is reached only through its router's NAT, as on a real
network. Needs root (CAP_NET_ADMIN) and `ip` (iproute2) and `nft` (nftables);
`Lab.unavailable()` says why not otherwise.

A test process can open a socket inside a namespace (`NetNs.socket`): a short-lived thread
enters the namespace and makes it; a socket stays in the namespace it was made in.
"""

from __future__ import annotations

import contextlib
import ctypes
import enum
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import TypeVar

import pytest

SERVERS_ADDRESS = "198.18.0.1"
_CLONE_NEWNET = 0x40000000
_T = TypeVar("_T")
_serial = count(1)


class NatKind(enum.Enum):
    PORT_PRESERVING = "port-preserving"  # keeps the inside port: STUN's answer is usable
    SYMMETRIC = "symmetric"  # a random port per destination: only a relay (TURN) works


class LabError(RuntimeError):
    pass


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if found is None:
        raise LabError(f"{name} is not installed")
    return found


def _run(argv: Sequence[str], timeout: float = 10.0, stdin: str | None = None) -> str:
    result = subprocess.run(
        list(argv), capture_output=True, text=True, timeout=timeout, input=stdin
    )
    if result.returncode != 0:
        raise LabError(f"{' '.join(argv)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


@dataclass
class NetNs:
    name: str

    def exec_prefix(self) -> list[str]:
        return [_tool("ip"), "netns", "exec", self.name]

    def run(self, *argv: str, timeout: float = 10.0) -> str:
        return _run([*self.exec_prefix(), *argv], timeout)

    def inside(self, action: Callable[[], _T]) -> _T:
        """`action()` run on a thread that has entered this namespace."""
        outcome: dict[str, object] = {}

        def enter_and_run() -> None:
            try:
                libc = ctypes.CDLL(None, use_errno=True)
                with open(f"/run/netns/{self.name}", "rb") as handle:
                    if libc.setns(handle.fileno(), _CLONE_NEWNET) != 0:
                        raise OSError(ctypes.get_errno(), "setns failed")
                outcome["value"] = action()
            except BaseException as error:  # handed to the caller's thread
                outcome["error"] = error

        thread = threading.Thread(target=enter_and_run, name=f"netns-{self.name}")
        thread.start()
        thread.join()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]

    def socket(self, kind: int = socket.SOCK_STREAM) -> socket.socket:
        return self.inside(lambda: socket.socket(socket.AF_INET, kind))


@dataclass
class Home:
    """One home: the phone's namespace behind its router's NAT."""

    index: int
    kind: NatKind
    host: NetNs
    router: NetNs
    address: str  # the phone's, 100.64.N.2
    public_address: str  # the router's WAN, 198.18.N.2
    link: str = "eth0"  # the phone's link to its router (eth1 after a move, then eth0...)


@dataclass
class Lab:
    """The internet and its homes; `start()` makes them, `stop()` deletes every namespace."""

    kinds: Sequence[NatKind]
    prefix: str = field(default_factory=lambda: f"jg{os.getpid() % 100000}x{next(_serial)}")
    homes: list[Home] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.internet = NetNs(f"{self.prefix}-inet")
        self._made: list[NetNs] = []

    @staticmethod
    def unavailable() -> str:
        """Why namespaces cannot be made here ("" when they can)."""
        if os.geteuid() != 0:
            return "network namespaces need root"
        for tool in ("ip", "nft"):
            if shutil.which(tool) is None and shutil.which(tool, path="/usr/sbin:/sbin") is None:
                return (
                    f"{tool} is not installed (Debian {'iproute2' if tool == 'ip' else 'nftables'})"
                )
        probe = NetNs(f"jgprobe{os.getpid() % 100000}")
        try:
            _run([_tool("ip"), "netns", "add", probe.name])
        except (LabError, OSError) as error:
            return f"cannot make a network namespace: {error}"
        try:
            probe.run("nft", "add", "table", "ip", "probe")
        except LabError as error:
            return f"nftables does not work in a namespace: {error}"
        finally:
            subprocess.run([_tool("ip"), "netns", "del", probe.name], capture_output=True)
        return ""

    def start(self) -> Lab:
        try:
            self._make()
        except BaseException:
            self.stop()
            raise
        return self

    def _namespace(self, name: str) -> NetNs:
        ns = NetNs(name)
        _run([_tool("ip"), "netns", "add", name])
        self._made.append(ns)
        ns.run("ip", "link", "set", "lo", "up")
        return ns

    def _make(self) -> None:
        inet = self._namespace(self.internet.name)
        inet.run("ip", "addr", "add", f"{SERVERS_ADDRESS}/32", "dev", "lo")
        inet.run("sysctl", "-q", "-w", "net.ipv4.ip_forward=1")
        ip = _tool("ip")
        # Homes' private addresses lead nowhere on the internet, silently, as on a real one:
        # without a route, coturn's relay got ENETUNREACH sending an ICE check to a peer's
        # host candidate and closed the whole allocation (measured: the call lost its relay).
        # (A link into an empty namespace and a fixed neighbour: no dummy links in
        # containers, and no ARP that could fail back to the sender.)
        sink = self._namespace(f"{self.prefix}-void")
        _run([ip, "link", "add", "void", "netns", inet.name, "type", "veth",
              "peer", "name", "sink", "netns", sink.name])  # fmt: skip
        sink.run("ip", "link", "set", "sink", "up")
        inet.run("ip", "link", "set", "void", "up")
        inet.run("ip", "neigh", "add", "198.19.255.254", "lladdr", "02:00:00:00:00:01",
                 "dev", "void", "nud", "permanent")  # fmt: skip
        inet.run("ip", "route", "add", "198.19.255.254/32", "dev", "void")
        inet.run("ip", "route", "add", "100.64.0.0/10", "via", "198.19.255.254", "dev", "void")
        for index, kind in enumerate(self.kinds, start=1):
            router = self._namespace(f"{self.prefix}-r{index}")
            host = self._namespace(f"{self.prefix}-h{index}")
            wan, lan = f"198.18.{index}", f"100.64.{index}"
            _run([ip, "link", "add", "wan", "netns", router.name, "type", "veth",
                  "peer", "name", f"home{index}", "netns", inet.name])  # fmt: skip
            _run([ip, "link", "add", "lan", "netns", router.name, "type", "veth",
                  "peer", "name", "eth0", "netns", host.name])  # fmt: skip
            inet.run("ip", "addr", "add", f"{wan}.1/24", "dev", f"home{index}")
            inet.run("ip", "link", "set", f"home{index}", "up")
            router.run("ip", "addr", "add", f"{wan}.2/24", "dev", "wan")
            router.run("ip", "addr", "add", f"{lan}.1/24", "dev", "lan")
            router.run("ip", "link", "set", "wan", "up")
            router.run("ip", "link", "set", "lan", "up")
            router.run("ip", "route", "add", "default", "via", f"{wan}.1")
            router.run("sysctl", "-q", "-w", "net.ipv4.ip_forward=1")
            host.run("ip", "addr", "add", f"{lan}.2/24", "dev", "eth0")
            host.run("ip", "link", "set", "eth0", "up")
            host.run("ip", "route", "add", "default", "via", f"{lan}.1")
            masquerade = (
                "masquerade"
                if kind is NatKind.PORT_PRESERVING
                else ("masquerade random,fully-random")
            )
            # The input chain is a home router's firewall: nothing new from the internet
            # reaches the router itself. Without it, a peer's early hole-punching packet
            # leaves a conntrack entry that makes the NAT change the port of our own
            # later packet to that peer (Linux avoids the clashing tuple).
            rules = (
                "table ip nat {\n"
                "  chain post { type nat hook postrouting priority 100; "
                f'oifname "wan" {masquerade}; }}\n'
                "}\n"
                "table ip filter {\n"
                "  chain input { type filter hook input priority 0; "
                'iifname "wan" ct state new drop; }\n'
                "}\n"
            )
            _run([*router.exec_prefix(), "nft", "-f", "-"], stdin=rules)
            self.homes.append(Home(index, kind, host, router, f"{lan}.2", f"{wan}.2"))

    def move(self, home: Home, to: Home, route_after_s: float = 0.0) -> str:
        """`home`'s phone leaves its router for `to`'s (Wi-Fi to tethering): a new link and
        address behind that router, then the old link goes; its default route comes
        `route_after_s` later (a DHCP client or network manager adds it after the address).
        Returns the new address."""
        ip = _tool("ip")
        address = f"100.64.{to.index}.{10 + home.index}"
        link = f"lan{home.index}"
        new_link = "eth1" if home.link == "eth0" else "eth0"
        _run([ip, "link", "add", link, "netns", to.router.name, "type", "veth",
              "peer", "name", new_link, "netns", home.host.name])  # fmt: skip
        to.router.run("ip", "link", "set", link, "up")
        # the router answers ARP for its LAN address on any link (arp_ignore=0)
        to.router.run("ip", "route", "add", f"{address}/32", "dev", link)
        home.host.run("ip", "addr", "add", f"{address}/24", "dev", new_link)
        home.host.run("ip", "link", "set", new_link, "up")
        home.host.run("ip", "link", "del", home.link)  # its address and route go with it
        time.sleep(route_after_s)
        home.host.run("ip", "route", "add", "default", "via", f"100.64.{to.index}.1")
        home.link = new_link
        home.address, home.router = address, to.router
        return address

    @contextlib.contextmanager
    def udp_blocked(self, homes: Sequence[Home], address: str, ports: str) -> Iterator[None]:
        """The homes' routers drop UDP to `address` on `ports` (nftables' form: "3478,
        49200-49400") while the block lasts, as some carriers and office firewalls do."""
        rules = (
            "table ip udpblock {\n"
            "  chain forward { type filter hook forward priority 0; "
            f"ip daddr {address} udp dport {{ {ports} }} drop; }}\n"
            "}\n"
        )
        routers = [home.router for home in homes]
        try:
            for router in routers:
                _run([*router.exec_prefix(), "nft", "-f", "-"], stdin=rules)
            yield
        finally:
            for router in routers:
                subprocess.run(
                    [*router.exec_prefix(), "nft", "delete", "table", "ip", "udpblock"],
                    capture_output=True,
                )

    def stop(self) -> None:
        for ns in reversed(self._made):
            subprocess.run([_tool("ip"), "netns", "del", ns.name], capture_output=True)
        self._made.clear()


@pytest.fixture
def lab_factory() -> Iterator[Callable[..., Lab]]:
    """Make labs with the NAT kinds given (one home each); skipped where namespaces cannot
    be made, with the reason."""
    why = Lab.unavailable()
    if why:
        pytest.skip(why)
    made: list[Lab] = []

    def make(*kinds: NatKind) -> Lab:
        lab = Lab(kinds)
        made.append(lab)
        return lab.start()

    yield make
    for lab in made:
        lab.stop()
