"""Kamailio as the test bench's SIP registrar and proxy, on 127.0.0.1 only.

The routing logic is the operators' reference config, packaging/kamailio/kamailio.cfg;
this module only gives it ports, a db_text user table, a TLS certificate signed by a CA
made at run time and a control socket, all inside one work directory.
"""

from __future__ import annotations

import shutil
import signal
import socket
import sqlite3
import subprocess
import time
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tests.peers.netns import NetNs
from tests.peers.ports import LOOPBACK, free_port_block
from tests.peers.process import ManagedProcess, PeerError

REFERENCE_CONFIG = Path(__file__).resolve().parents[2] / "packaging" / "kamailio" / "kamailio.cfg"

DEFAULT_USERS: Mapping[str, str] = {
    "alice": "secret-a",
    "bob": "secret-b",
    "carol": "secret-c",
    "+8613800138000": "secret-cn",
}

TRANSPORTS = ("udp", "tcp", "tls")

# Kamailio's own SQLite schemas (Debian kamailio-sqlite-modules): the registrations
# (usrloc) and the offline messages (msilo) live in one SQLite file.
SQLITE_SCHEMAS = Path("/usr/share/kamailio/db_sqlite")
STORE_TABLES = ("standard", "usrloc", "msilo")

# The presence server's db_text tables: name -> (schema version, header), as in
# /usr/share/kamailio/dbtext/kamailio (Kamailio 5.6); created empty at every start.
PRESENCE_TABLES: Mapping[str, tuple[int, str]] = {
    "presentity": (
        5,
        "id(int,auto) username(str) domain(str) event(str) etag(str) expires(int)"
        " received_time(int) body(str) sender(str) priority(int) ruid(str,null)",
    ),
    "active_watchers": (
        12,
        "id(int,auto) presentity_uri(str) watcher_username(str) watcher_domain(str)"
        " to_user(str) to_domain(str) event(str) event_id(str,null) to_tag(str)"
        " from_tag(str) callid(str) local_cseq(int) remote_cseq(int) contact(str)"
        " record_route(str,null) expires(int) status(int) reason(str,null) version(int)"
        " socket_info(str) local_contact(str) from_user(str) from_domain(str) updated(int)"
        " updated_winfo(int) flags(int) user_agent(str,null)",
    ),
    "watchers": (
        3,
        "id(int,auto) presentity_uri(str) watcher_username(str) watcher_domain(str)"
        " event(str) status(int) reason(str,null) inserted_time(int)",
    ),
    "xcap": (
        4,
        "id(int,auto) username(str) domain(str) doc(str) doc_type(int) etag(str)"
        " source(int) doc_uri(str) port(int)",
    ),
}


def _binary(name: str) -> str:
    """A program from PATH or /usr/sbin (not always on a non-root PATH)."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
    if found is None:
        raise PeerError(f"{name} is not installed (Debian package kamailio)")
    return found


class Kamailio:
    """One Kamailio process: registrar + authenticating proxy over UDP, TCP and TLS.

    Ports are chosen when the object is made and kept across `restart()`. Users are
    username -> plain password; the SIP domain and the digest realm are both
    127.0.0.1 and user names may be E.164 numbers ("+8613800138000"). Registrations
    and offline messages live in an SQLite file in the work directory, made at the
    first start, so `restart()` keeps them.

    With `other_domains`, it also relays between its users and other domains, as an
    operator's proxy does (the test bench's stranger lives on 127.0.0.2).

    TLS uses a CA and server certificate (SAN IP:127.0.0.1) made with the openssl CLI
    at the first start, in `certificates` (default: workdir/tls); pass the same
    directory to several instances to make them once.
    """

    def __init__(
        self,
        workdir: Path,
        users: Mapping[str, str],
        *,
        certificates: Path | None = None,
        other_domains: bool = False,
        realm: str | None = None,
        host: str = LOOPBACK,
        namespace: NetNs | None = None,
    ) -> None:
        # `namespace`: run inside this network namespace (tests/peers/netns.py), on `host`
        self.namespace = namespace
        self.host = host
        self.domain = host
        self.realm = realm or host  # the digest realm; the domain's by default
        self.workdir = workdir
        self.other_domains = other_domains  # relay to and from other domains (cfg header)
        base = free_port_block(4)
        self.udp_port = base
        self.tcp_port = base + 1
        self.tls_port = base + 2
        self.ctl_port = base + 3
        self.log_path = workdir / "kamailio.log"
        self.certificates = certificates if certificates is not None else workdir / "tls"
        self.ca_cert = self.certificates / "ca.pem"
        self._users: dict[str, str] = {}
        self._process: ManagedProcess | None = None
        for username, password in users.items():
            self.add_user(username, password)

    # --- life cycle -------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        """Start Kamailio and return once it answers an OPTIONS over UDP."""
        if self.is_running():
            raise PeerError("kamailio is already running")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._write_users()
        self._make_store()
        self._write_tls_config()
        process = ManagedProcess(
            "kamailio", self._argv(), self.log_path, cwd=self.workdir, death_signal="TERM"
        )
        self._process = process
        process.start()
        try:
            process.wait_until(self._answers_options, timeout, "answer to OPTIONS")
        except BaseException:
            process.stop()
            raise

    def stop(self) -> None:
        """Stop Kamailio (idempotent); the log stays in the work directory.

        Kamailio's TCP main process now and then misses the SIGTERM that arrives with
        its siblings' and sleeps on while the main process waits for it; repeating the
        signal wakes it. SIGKILL (in ManagedProcess.stop) is the last resort.
        """
        process, self._process = self._process, None
        if process is None:
            return
        deadline = time.monotonic() + 2.0
        while process.is_running() and time.monotonic() < deadline:
            process.signal(signal.SIGTERM)
            _wait_for_exit(process, 0.25)
        process.stop()

    def restart(self) -> None:
        """Stop and start again on the same ports with the same users."""
        self.stop()
        self.start()

    def is_running(self) -> bool:
        return self._process is not None and self._process.is_running()

    # --- users and addresses ----------------------------------------------------------

    def add_user(self, username: str, password: str) -> None:
        """Add a subscriber; only before `start()` (or between `stop()` and `start()`)."""
        if self.is_running():
            raise PeerError("add_user() must come before start(): db_text is read at start")
        for value in (username, password):
            if not value or any(ord(char) < 0x20 for char in value):
                raise ValueError(f"unusable user name or password: {value!r}")
        self._users[username] = password

    @property
    def users(self) -> Mapping[str, str]:
        return dict(self._users)

    def port(self, transport: str = "udp") -> int:
        ports = {"udp": self.udp_port, "tcp": self.tcp_port, "tls": self.tls_port}
        try:
            return ports[transport.lower()]
        except KeyError:
            raise ValueError(f"unknown transport {transport!r}") from None

    def uri(self, transport: str = "udp") -> str:
        """The proxy's URI for one transport, e.g. "sip:127.0.0.1:20001;transport=tcp"."""
        transport = transport.lower()
        return f"sip:{self.host}:{self.port(transport)};transport={transport}"

    def aor(self, username: str) -> str:
        """Address of record of a user, e.g. "sip:alice@127.0.0.1"."""
        return f"sip:{username}@{self.domain}"

    def registered_contacts(self, username: str) -> list[str]:
        """Contact URIs currently registered for `username` (asked over the ctl socket)."""
        result = subprocess.run(
            [
                *(self.namespace.exec_prefix() if self.namespace else []),
                _binary("kamcmd"),
                "-s",
                f"tcp:{self.host}:{self.ctl_port}",
                "ul.lookup",
                "location",
                f"s:{username}",  # "s:" keeps "+8613800138000" a string
            ],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
        output = result.stdout + result.stderr
        if "AOR not found" in output:
            return []
        if result.returncode != 0:
            raise PeerError(f"kamcmd ul.lookup failed ({result.returncode}): {output}")
        return _parse_contacts(output)

    def stored_messages(self, username: str) -> list[tuple[str, str]]:
        """(content type, body) of the offline messages waiting for `username`, oldest first."""
        with sqlite3.connect(self._store_path) as connection:
            rows = connection.execute(
                "SELECT ctype, body FROM silo WHERE username = ? ORDER BY id", (username,)
            ).fetchall()
        return [(str(ctype), bytes(body or b"").decode()) for ctype, body in rows]

    # --- files and command line -------------------------------------------------------

    def _argv(self) -> list[str]:
        defines = {
            "LISTEN_IP": self.host,
            "UDP_PORT": str(self.udp_port),
            "TCP_PORT": str(self.tcp_port),
            "TLS_PORT": str(self.tls_port),
            "SIP_DOMAIN": _quoted(self.domain),
            "DBURL": _quoted(f"text://{self._db_dir}"),
            "CTL_SOCKET": _quoted(f"tcp:{self.host}:{self.ctl_port}"),
            "STORE_DBURL": _quoted(f"sqlite://{self._store_path}"),
            "SELF_URI": _quoted(f"sip:{self.host}:{self.udp_port};transport=udp"),
            "TLS_CONFIG": _quoted(str(self._tls_config)),
            "CHILDREN": "2",  # plenty for loopback tests; fewer processes start faster
        }
        argv = [*(self.namespace.exec_prefix() if self.namespace else [])]
        argv += [_binary("kamailio"), "-DD", "-E", "-f", str(REFERENCE_CONFIG)]
        argv += ["-Y", str(self.workdir), "-P", str(self.workdir / "kamailio.pid")]
        argv += ["-m", "64", "-M", "8", "-A", "WITH_TLS"]
        if self.other_domains:
            argv += ["-A", "WITH_OTHER_DOMAINS"]
        if self.realm != self.domain:
            argv += ["-A", f"AUTH_REALM={_quoted(self.realm)}"]
        for name, value in defines.items():
            argv += ["-A", f"{name}={value}"]
        return argv

    @property
    def _db_dir(self) -> Path:
        return self.workdir / "dbtext"

    @property
    def _store_path(self) -> Path:
        return self.workdir / "store.sqlite"

    def _make_store(self) -> None:
        """The SQLite file for registrations and offline messages, once (kept across restarts)."""
        if self._store_path.exists():
            return
        scripts = [SQLITE_SCHEMAS / f"{name}-create.sql" for name in STORE_TABLES]
        missing = [str(path) for path in scripts if not path.exists()]
        if missing:
            raise PeerError(f"{missing[0]} is missing (Debian package kamailio-sqlite-modules)")
        with sqlite3.connect(self._store_path) as connection:
            for script in scripts:
                connection.executescript(script.read_text())
            connection.execute("PRAGMA journal_mode=WAL")  # as packaging/kamailio/README.md

    @property
    def _tls_config(self) -> Path:
        return self.workdir / "tls.cfg"

    def _write_users(self) -> None:
        self._db_dir.mkdir(parents=True, exist_ok=True)
        versions = [
            "subscriber:7",
            *(f"{name}:{version}" for name, (version, _) in PRESENCE_TABLES.items()),
        ]
        (self._db_dir / "version").write_text(
            "table_name(str) table_version(int)\n" + "\n".join(versions) + "\n"
        )
        for name, (_, columns) in PRESENCE_TABLES.items():
            (self._db_dir / name).write_text(columns + "\n")
        rows = ["id(int,auto) username(str) domain(str) password(str) ha1(str,null) ha1b(str,null)"]
        for index, (username, password) in enumerate(self._users.items(), start=1):
            fields = [str(index), username, self.domain, password, "", ""]
            rows.append(":".join(_dbtext_escape(field) for field in fields))
        (self._db_dir / "subscriber").write_text("\n".join(rows) + "\n")

    def _write_tls_config(self) -> None:
        tls_dir = self.certificates
        if not (tls_dir / "server.pem").exists():
            make_test_certificates(tls_dir, self.host)
        self._tls_config.write_text(
            "[server:default]\n"
            "method = TLSv1.2+\n"
            "verify_certificate = no\n"
            "require_certificate = no\n"
            f"private_key = {tls_dir / 'server.key'}\n"
            f"certificate = {tls_dir / 'server.pem'}\n"
            "\n"
            "[client:default]\n"
            "method = TLSv1.2+\n"
            "verify_certificate = no\n"
            "require_certificate = no\n"
        )

    def _answers_options(self) -> bool:
        if self.namespace is None:
            return sip_options_ping(self.host, self.udp_port, wait=0.2)
        return self.namespace.inside(
            lambda: sip_options_ping(self.host, self.udp_port, 0.2, self.host)
        )


def _wait_for_exit(process: ManagedProcess, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while process.is_running() and time.monotonic() < deadline:
        time.sleep(0.01)


def _quoted(value: str) -> str:
    """A string define for `kamailio -A`: the quotes are part of the value."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _dbtext_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _parse_contacts(kamcmd_output: str) -> list[str]:
    """The "Address: <uri>" lines of `kamcmd ul.lookup` output."""
    contacts = []
    for line in kamcmd_output.splitlines():
        key, _, value = line.strip().partition(":")
        if key == "Address" and value.strip():
            contacts.append(value.strip())
    return contacts


def sip_options_ping(host: str, port: int, wait: float, source: str = LOOPBACK) -> bool:
    """True when an OPTIONS sent over UDP to host:port gets any SIP response in time."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((source, 0))
        local_port = sock.getsockname()[1]
        tag = uuid.uuid4().hex[:12]
        request = (
            f"OPTIONS sip:{host}:{port} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {source}:{local_port};branch=z9hG4bK{tag};rport\r\n"
            "Max-Forwards: 70\r\n"
            f"From: <sip:probe@{source}>;tag={tag}\r\n"
            f"To: <sip:{host}:{port}>\r\n"
            f"Call-ID: {tag}@probe\r\n"
            "CSeq: 1 OPTIONS\r\n"
            "Content-Length: 0\r\n\r\n"
        )
        sock.settimeout(wait)
        try:
            sock.sendto(request.encode(), (host, port))
            reply = sock.recv(65535)
        except OSError:  # timeout, or ICMP port unreachable while nothing listens yet
            return False
        return reply.startswith(b"SIP/2.0 ")


def make_test_certificates(directory: Path, ip: str) -> None:
    """ca.pem/ca.key and server.pem/server.key (SAN IP:`ip`, signed by the CA), via openssl."""
    directory.mkdir(parents=True, exist_ok=True)
    openssl = shutil.which("openssl") or "openssl"
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _run(
        [
            *(openssl, "req", "-x509", *ec, "-days", "7", "-subj", "/CN=Jego test CA"),
            *("-keyout", "ca.key", "-out", "ca.pem"),
            *("-addext", "basicConstraints=critical,CA:TRUE"),
            *("-addext", "keyUsage=critical,keyCertSign,cRLSign"),
        ],
        directory,
    )
    _run(
        [openssl, "req", *ec, "-subj", f"/CN={ip}", "-keyout", "server.key", "-out", "server.csr"],
        directory,
    )
    (directory / "server.ext").write_text(
        f"subjectAltName = IP:{ip}\n"
        "basicConstraints = critical,CA:FALSE\n"
        "keyUsage = critical,digitalSignature,keyAgreement\n"
        "extendedKeyUsage = serverAuth,clientAuth\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid,issuer\n"
    )
    _run(
        [
            *(openssl, "x509", "-req", "-in", "server.csr", "-days", "7", "-sha256"),
            *("-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial"),
            *("-extfile", "server.ext", "-out", "server.pem"),
        ],
        directory,
    )


def _run(argv: list[str], cwd: Path) -> None:
    result = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise PeerError(f"{' '.join(argv)} failed:\n{result.stderr}")


@pytest.fixture
def kamailio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kamailio]:
    """A running Kamailio with alice, bob, carol and +8613800138000; stopped at teardown.

    The TLS certificates are made once per test session (in the session's base temp).
    """
    certificates = tmp_path_factory.getbasetemp() / "kamailio-tls"
    server = Kamailio(tmp_path_factory.mktemp("kamailio"), DEFAULT_USERS, certificates=certificates)
    server.start()
    try:
        yield server
    finally:
        server.stop()
