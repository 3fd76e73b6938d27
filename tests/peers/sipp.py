"""SIPp 3.6 runs on 127.0.0.1: bounded in calls (-m), rate (-r) and time, with parsed results.

Scenarios live in tests/peers/sipp/ (each file's header says which -s / -key values it
needs):

- message_flood.xml    one MESSAGE per call, digest auth on 401/407, expects 200
- malformed_message.xml broken MESSAGEs, then one valid MESSAGE that must get 200
- uas_message.xml      server side: answers every MESSAGE with 200 OK
- register.xml         REGISTER of any contact (e.g. a uas_message.xml SIPp) with digest
- uas_early_media.xml  callee: 183 with SDP and RTP from a file, 200 OK later, waits for BYE
- uas_early_media_to_sink.xml  the same without RTP; its SDP sends the caller's RTP to a
  socket of the test's (tests/peers/rtp_sink.py)
- uas_dtmf_info.xml    callee without telephone-event in its SDP: takes DTMF as SIP INFO
  (application/dtmf-relay), logs each Signal= digit, answers them 200
- uas_mailbox.xml      registrar and voicemail box: REGISTER, PUBLISH, a message-summary
  SUBSCRIBE answered with three NOTIFYs (2 new, read, none), the mailbox's INVITE
- uac_unsolicited_mwi.xml a stranger's message-summary NOTIFY outside any subscription
- uas_session_timer.xml callee that requires session timers (RFC 4028), logs each refresh

Each run gets its own directory under the work directory holding SIPp's output
(sipp.out), final screen (screen.log), statistics (stats.csv), unexpected messages
(errors.log) and the codes of unexpected responses (*_error_codes.csv).
"""

from __future__ import annotations

import ipaddress
import math
import re
import shutil
import socket
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.peers.ports import LOOPBACK, free_port_block
from tests.peers.process import ManagedProcess, PeerError

SCENARIO_DIR = Path(__file__).resolve().with_name("sipp")
MESSAGE_FLOOD = SCENARIO_DIR / "message_flood.xml"
MALFORMED_MESSAGE = SCENARIO_DIR / "malformed_message.xml"
UAS_MESSAGE = SCENARIO_DIR / "uas_message.xml"
REGISTER = SCENARIO_DIR / "register.xml"
UAS_EARLY_MEDIA = SCENARIO_DIR / "uas_early_media.xml"
UAS_EARLY_MEDIA_TO_SINK = SCENARIO_DIR / "uas_early_media_to_sink.xml"
UAS_DTMF_INFO = SCENARIO_DIR / "uas_dtmf_info.xml"
UAS_MAILBOX = SCENARIO_DIR / "uas_mailbox.xml"
UAC_UNSOLICITED_MWI = SCENARIO_DIR / "uac_unsolicited_mwi.xml"
UAS_SESSION_TIMER = SCENARIO_DIR / "uas_session_timer.xml"
REFRESH_LOG = "refresh.log"
DTMF_LOG = "dtmf.log"

# SIPp's own transport modes: one socket for all calls. Debian's SIPp has no TLS.
_TRANSPORT_MODES = {"udp": "u1", "tcp": "t1"}
# After SIPp's own -timeout, how long it may take to write its files and exit.
_EXIT_GRACE = 5.0


@dataclass(frozen=True)
class ScenarioStep:
    """One line of SIPp's scenario screen: a message sent or received, with its counters."""

    label: str  # method or status code, e.g. "MESSAGE", "407"
    sent: bool  # True when SIPp sends it, False when SIPp waits for it
    messages: int
    retransmissions: int = 0
    timeouts: int = 0
    unexpected: int = 0


@dataclass
class SippResult:
    """What one SIPp run did.

    `successful`/`failed` are SIPp's call counters (a call = one run of the scenario).
    `responses` counts the responses SIPp received by status code: those the scenario
    expected plus the unexpected ones (which fail their call); `sent_responses` those it
    sent (server scenarios). `log` holds the end of SIPp's output and the start of its
    error log, for assertion messages.

    SIPp's exit codes: 0 every call succeeded, 1 some failed, 97 its own -timeout hit,
    99 no call processed, 255/254 fatal error / could not bind; -9 (and `timed_out`)
    when it had to be killed after the timeout.
    """

    returncode: int
    successful: int
    failed: int
    created: int
    elapsed: float
    timed_out: bool
    responses: dict[int, int] = field(default_factory=dict)
    sent_responses: dict[int, int] = field(default_factory=dict)
    steps: list[ScenarioStep] = field(default_factory=list)
    stats: dict[str, str] = field(default_factory=dict)
    run_dir: Path | None = None
    log: str = ""

    @property
    def retransmissions(self) -> int:
        return _int(self.stats.get("Retransmissions(C)"))

    @property
    def out_of_call_messages(self) -> int:
        return _int(self.stats.get("OutOfCallMsgs(C)"))

    def summary(self) -> str:
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(self.responses.items()))
        return (
            f"rc={self.returncode} successful={self.successful} failed={self.failed} "
            f"created={self.created} elapsed={self.elapsed:.2f} s responses {{{codes}}}"
        )


class Sipp:
    """One SIPp process running one scenario, as client (`target` given) or server.

    `count` bounds the calls (-m), `rate` the calls per second (-r), `timeout` the run
    time: SIPp stops itself then (-timeout) and is killed a few seconds later if it has
    not. Only loopback targets are accepted. SIPp listens on 127.0.0.1:`port` (chosen
    at construction); its control and media sockets get free ports too.

    `service` is -s (the user part in the scenarios), `auth` gives -au/-ap, `keys` the
    scenario's -key values, `extra_args` anything else (they come last).
    """

    def __init__(
        self,
        scenario: Path,
        workdir: Path,
        *,
        target: str | None = None,
        count: int,
        rate: float = 10.0,
        timeout: float = 30.0,
        service: str | None = None,
        auth: tuple[str, str] | None = None,
        keys: Mapping[str, str] | None = None,
        transport: str = "udp",
        extra_args: Sequence[str] = (),
    ) -> None:
        if not scenario.is_file():
            raise FileNotFoundError(scenario)
        if count < 1 or rate <= 0 or timeout <= 0:
            raise ValueError("count, rate and timeout must be positive")
        self.scenario = scenario
        self.workdir = workdir
        self.target = None if target is None else _loopback_target(target)
        self.count = count
        self.rate = rate
        self.timeout = timeout
        self.service = service
        self.auth = auth
        self.keys = dict(keys or {})
        self.transport = transport
        self.extra_args = list(extra_args)
        base = free_port_block(4)
        self.port = base
        self._media_port = base + 1  # SIPp binds it and media port + 2 (= base + 3)
        self._control_port = base + 2
        self.run_dir: Path | None = None
        self._process: ManagedProcess | None = None
        self._started = 0.0

    @property
    def address(self) -> str:
        """Where this SIPp listens, as host:port."""
        return f"{LOOPBACK}:{self.port}"

    def argv(self) -> list[str]:
        """The full SIPp command line (files relative to the run directory)."""
        sipp = shutil.which("sipp")
        if sipp is None:
            raise PeerError("sipp is not installed (Debian package sip-tester)")
        argv = [sipp] if self.target is None else [sipp, self.target]
        argv += ["-sf", str(self.scenario), "-i", LOOPBACK, "-p", str(self.port)]
        argv += ["-cp", str(self._control_port), "-mp", str(self._media_port)]
        argv += ["-t", _transport_mode(self.transport), "-nostdin"]
        argv += ["-m", str(self.count), "-r", f"{self.rate:g}", "-rp", "1000"]
        argv += ["-timeout", f"{math.ceil(self.timeout)}s"]
        argv += ["-default_behaviors", "all,-bye"]  # no BYE after a failed MESSAGE
        argv += ["-trace_stat", "-stf", "stats.csv", "-fd", "1"]
        argv += ["-trace_screen", "-screen_file", "screen.log"]
        argv += ["-trace_err", "-error_file", "errors.log", "-trace_error_codes"]
        if self.service is not None:
            argv += ["-s", self.service]
        if self.auth is not None:
            argv += ["-au", self.auth[0], "-ap", self.auth[1]]
        for name, value in self.keys.items():
            argv += ["-key", name, value]
        return argv + self.extra_args

    def start(self, ready_timeout: float = 5.0) -> None:
        """Start SIPp; a server-mode SIPp is waited for until its SIP port is bound."""
        if self._process is not None:
            raise PeerError("this Sipp was already started")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.run_dir = Path(tempfile.mkdtemp(prefix=f"{self.scenario.stem}-", dir=self.workdir))
        name = f"sipp {self.scenario.stem}"
        process = ManagedProcess(name, self.argv(), self.run_dir / "sipp.out", cwd=self.run_dir)
        self._process = process
        self._started = time.monotonic()
        process.start()
        if self.target is None:
            try:
                process.wait_until(self._port_bound, ready_timeout, "SIP port bound")
            except BaseException:
                process.stop()
                raise

    def wait(self) -> SippResult:
        """Wait until SIPp exits (killing it past its timeout) and read its results."""
        process = self._require_started()
        deadline = self._started + self.timeout + _EXIT_GRACE
        while process.is_running() and time.monotonic() < deadline:
            time.sleep(0.05)
        killed = process.is_running()
        elapsed = time.monotonic() - self._started
        returncode = process.stop()
        return self._result(-1 if returncode is None else returncode, elapsed, killed)

    def stop(self) -> SippResult:
        """Stop SIPp now (SIGTERM, then SIGKILL) and read what it wrote."""
        process = self._require_started()
        elapsed = time.monotonic() - self._started
        returncode = process.stop()
        return self._result(-1 if returncode is None else returncode, elapsed, False)

    def _require_started(self) -> ManagedProcess:
        if self._process is None:
            raise PeerError("Sipp.start() was not called")
        return self._process

    def _port_bound(self) -> bool:
        kind = socket.SOCK_DGRAM if self.transport == "udp" else socket.SOCK_STREAM
        with socket.socket(socket.AF_INET, kind) as probe:
            try:
                probe.bind((LOOPBACK, self.port))
            except OSError:
                return True
        return False

    def _result(self, returncode: int, elapsed: float, timed_out: bool) -> SippResult:
        assert self.run_dir is not None
        stats = parse_stats(self.run_dir / "stats.csv")
        steps = parse_screen(_read(self.run_dir / "screen.log"))
        received: Counter[int] = Counter()
        sent: Counter[int] = Counter()
        for step in steps:
            if step.label.isdigit():
                (sent if step.sent else received)[int(step.label)] += step.messages
        received.update(parse_error_codes(self.run_dir))
        log = _tail(_read(self.run_dir / "sipp.out"), 3000)
        errors = _read(self.run_dir / "errors.log")[:3000]
        return SippResult(
            returncode=returncode,
            successful=_int(stats.get("SuccessfulCall(C)")),
            failed=_int(stats.get("FailedCall(C)")),
            created=_int(stats.get("TotalCallCreated")),
            elapsed=elapsed,
            timed_out=timed_out,
            responses=_nonzero(received),
            sent_responses=_nonzero(sent),
            steps=steps,
            stats=stats,
            run_dir=self.run_dir,
            log=f"{log}\n--- errors.log ---\n{errors}" if errors else log,
        )


def run_sipp(
    scenario: Path,
    target: str | None,
    workdir: Path,
    count: int,
    rate: float,
    timeout: float,
    extra_args: Sequence[str] = (),
    auth: tuple[str, str] | None = None,
    keys: Mapping[str, str] | None = None,
    service: str | None = None,
    transport: str = "udp",
) -> SippResult:
    """Run one scenario to its end (at most `timeout` s, plus a few to exit) and parse it.

    `target` is "127.0.0.1:PORT" (or a sip: URI on 127.0.0.1, e.g. Kamailio.uri());
    None runs SIPp as a server.
    """
    sipp = Sipp(
        scenario,
        workdir,
        target=target,
        count=count,
        rate=rate,
        timeout=timeout,
        service=service,
        auth=auth,
        keys=keys,
        transport=transport,
        extra_args=extra_args,
    )
    sipp.start()
    return sipp.wait()


def message_flood(
    target: str,
    workdir: Path,
    *,
    sender: tuple[str, str],
    recipient: str,
    count: int,
    rate: float,
    timeout: float,
    domain: str = LOOPBACK,
) -> SippResult:
    """`count` MESSAGEs at `rate`/s from `sender` (user, password) to `recipient`."""
    return run_sipp(
        MESSAGE_FLOOD,
        target,
        workdir,
        count=count,
        rate=rate,
        timeout=timeout,
        auth=sender,
        service=recipient,
        keys={"from_user": sender[0], "domain": domain},
    )


def malformed_messages(port: int, workdir: Path, timeout: float = 20) -> SippResult:
    """The malformed-MESSAGE scenario sent straight to a user agent on 127.0.0.1:`port`."""
    return run_sipp(
        MALFORMED_MESSAGE,
        f"{LOOPBACK}:{port}",
        workdir,
        count=1,
        rate=1,
        timeout=timeout,
        service="jego",
        keys={"from_user": "mallory", "domain": LOOPBACK},
    )


def register(
    target: str,
    workdir: Path,
    *,
    user: tuple[str, str],
    contact: str,
    expires: int = 300,
    domain: str = LOOPBACK,
    timeout: float = 10.0,
) -> SippResult:
    """REGISTER `contact` for `user` (user, password); expires=0 removes it."""
    return run_sipp(
        REGISTER,
        target,
        workdir,
        count=1,
        rate=1,
        timeout=timeout,
        auth=user,
        service=user[0],
        keys={"domain": domain, "contact": contact, "expires": str(expires)},
    )


def early_media_callee(
    workdir: Path, alaw_audio: Path, early_ms: int, timeout: float = 30.0
) -> Sipp:
    """A started SIPp callee playing `alaw_audio` (raw A-law) as early media for `early_ms`.

    Call it at sip:early@<its address>; it answers 200 OK after the early media.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(alaw_audio, workdir / "early_media.al")  # where the scenario looks
    sipp = Sipp(
        UAS_EARLY_MEDIA, workdir, count=1, timeout=timeout, extra_args=["-d", str(early_ms)]
    )
    sipp.start()
    return sipp


def early_media_callee_to_sink(
    workdir: Path, sink_port: int, early_ms: int, timeout: float = 30.0
) -> Sipp:
    """A started SIPp callee in early media for `early_ms` whose SDP sends the caller's
    RTP to 127.0.0.1:`sink_port` (a socket of the test's); 200 OK afterwards."""
    sipp = Sipp(
        UAS_EARLY_MEDIA_TO_SINK,
        workdir,
        count=1,
        timeout=timeout,
        keys={"rtp_sink_port": str(sink_port)},
        extra_args=["-d", str(early_ms)],
    )
    sipp.start()
    return sipp


def dtmf_info_callee(workdir: Path, info_code: int = 200, timeout: float = 30.0) -> Sipp:
    """A started SIPp callee whose SDP has no telephone-event; it answers each DTMF INFO
    `info_code` and logs its digit (read them with `info_digits`). Call sip:dtmf@<address>."""
    if not 200 <= info_code <= 699:
        raise ValueError(f"{info_code} is not a final response code")
    workdir.mkdir(parents=True, exist_ok=True)
    scenario = UAS_DTMF_INFO
    if info_code != 200:  # SIPp reads response codes at load time, not from -key values
        text = scenario.read_text().replace(_INFO_TAKEN, f"SIP/2.0 {info_code} INFO refused")
        scenario = workdir / f"uas_dtmf_info_{info_code}.xml"
        scenario.write_text(text)
    sipp = Sipp(
        scenario,
        workdir,
        count=1,
        timeout=timeout,
        extra_args=["-trace_logs", "-log_file", DTMF_LOG],
    )
    sipp.start()
    return sipp


def session_timer_callee(workdir: Path, session_expires: str, timeout: float = 90.0) -> Sipp:
    """A started SIPp callee that requires session timers, answering with
    `Session-Expires: <session_expires>` (e.g. "90;refresher=uac"); read the refreshes it
    received with `refreshes`. Call sip:timer@<address>."""
    sipp = Sipp(
        UAS_SESSION_TIMER,
        workdir,
        count=1,
        timeout=timeout,
        keys={"session_expires": session_expires},
        extra_args=["-trace_logs", "-log_file", REFRESH_LOG],
    )
    sipp.start()
    return sipp


def refreshes(sipp: Sipp) -> list[str]:
    """The session refreshes (UPDATE or INVITE) a session_timer_callee received so far."""
    if sipp.run_dir is None:
        return []
    lines = _read(sipp.run_dir / REFRESH_LOG).splitlines()
    return [line.split()[1] for line in lines if line.startswith("REFRESH ")]


def mailbox(workdir: Path, notify_gap_ms: int, calls: int = 4, timeout: float = 60.0) -> Sipp:
    """A started SIPp registrar with a voicemail box (uas_mailbox.xml): register an
    account at its address and it sends three message-summary NOTIFYs, `notify_gap_ms`
    apart; its Message-Account, sip:voicemail@<address>, answers calls. It exits after
    `calls` dialogs (REGISTER, PUBLISH, SUBSCRIBE and one call to the mailbox: 4)."""
    sipp = Sipp(
        UAS_MAILBOX, workdir, count=calls, timeout=timeout, extra_args=["-d", str(notify_gap_ms)]
    )
    sipp.start()
    return sipp


def info_digits(result: SippResult) -> str:
    """The Signal= digits a uas_dtmf_info.xml run received, in the order they came."""
    if result.run_dir is None:
        return ""
    lines = _read(result.run_dir / DTMF_LOG).splitlines()
    return "".join(m.group(1) for m in map(_LOGGED_DIGIT.search, lines) if m)


_INFO_TAKEN = "SIP/2.0 200 INFO taken"
_LOGGED_DIGIT = re.compile(r"^DTMF ([0-9*#A-Da-d]) in ")


# --- parsing SIPp's files -------------------------------------------------------------

_ARROW = r"(?:-{10}>|<-{10})"
_STEP_LABEL_FIRST = re.compile(rf"^\s*(?P<label>\S+) (?P<arrow>{_ARROW})(?P<rest>.*)$")
_STEP_ARROW_FIRST = re.compile(rf"^\s*(?P<arrow>{_ARROW}) (?P<label>\S+)(?P<rest>.*)$")
_COLUMNS = ("Messages", "Retrans", "Timeout", "Unexpected-Msg")


def parse_screen(screen: str) -> list[ScenarioStep]:
    """The message steps of the first scenario screen in a -trace_screen file.

    Client screens read "MESSAGE ---------->" (sent) and "407 <----------" (received);
    server screens "----------> MESSAGE" (received) and "<---------- 200" (sent).
    Counters are matched to the column headers by position.
    """
    steps: list[ScenarioStep] = []
    columns: list[tuple[int, str]] = []
    for line in screen.splitlines():
        if columns and ("Statistics Screen" in line or line.startswith("-------")):
            break
        if "Messages" in line and "Retrans" in line:
            columns = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
            continue
        if not columns:
            continue
        step = _parse_step(line, columns)
        if step is not None:
            steps.append(step)
    return steps


def _parse_step(line: str, columns: list[tuple[int, str]]) -> ScenarioStep | None:
    match = _STEP_LABEL_FIRST.match(line)
    if match:
        sent = match.group("arrow").endswith(">")
    else:
        match = _STEP_ARROW_FIRST.match(line)
        if not match:
            return None
        sent = match.group("arrow").startswith("<")
    values: dict[str, int] = {}
    offset = match.start("rest")
    for number in re.finditer(r"\d+", match.group("rest")):
        position = offset + number.start()
        _, column = min(columns, key=lambda c: abs(c[0] - position))
        values[column] = int(number.group())
    counts = [values.get(name, 0) for name in _COLUMNS]
    return ScenarioStep(match.group("label"), sent, *counts)


def parse_stats(path: Path) -> dict[str, str]:
    """The last row of a -trace_stat CSV (';'-separated), keyed by the header's names."""
    lines = [line for line in _read(path).splitlines() if line.strip()]
    if len(lines) < 2:
        return {}
    names = lines[0].split(";")
    return dict(zip(names, lines[-1].split(";"), strict=False))


def parse_error_codes(run_dir: Path) -> Counter[int]:
    """Status codes of unexpected responses, from SIPp's -trace_error_codes file(s)."""
    codes: Counter[int] = Counter()
    for path in run_dir.glob("*_error_codes.csv"):
        for line in _read(path).splitlines():
            fields = line.split(";")
            if len(fields) >= 3:
                codes.update(int(c) for c in fields[2].split(",") if c.strip().isdigit())
    return codes


def _loopback_target(target: str) -> str:
    """host:port from "127.0.0.1:5060" or "sip:127.0.0.1:5060;transport=udp"; loopback only."""
    match = re.fullmatch(r"(?:sips?:)?(?:[^@;]+@)?([^:;]+):(\d+)(?:;.*)?", target.strip())
    if match is None:
        raise ValueError(f"SIPp target must be host:port, got {target!r}")
    host, port = match.groups()
    if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"SIPp may only target loopback addresses, not {host}")
    return f"{host}:{port}"


def _transport_mode(transport: str) -> str:
    try:
        return _TRANSPORT_MODES[transport.lower()]
    except KeyError:
        raise ValueError(f"SIPp transport must be udp or tcp, not {transport!r}") from None


def _nonzero(counts: Counter[int]) -> dict[int, int]:
    return {code: n for code, n in sorted(counts.items()) if n}


def _int(value: str | None) -> int:
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return ""


def _tail(text: str, size: int) -> str:
    return text if len(text) <= size else text[-size:]
