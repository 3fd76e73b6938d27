"""Calls across simulated home routers (tests/peers/netns.py): Kamailio and coturn on the
"internet", phones in homes behind NAT (two port-preserving, one symmetric).

Shown by FFT of what each side hears: Jego (STUN + ICE) to baresip (STUN only: baresip
1.0.0's own ICE never completes against pjnath, so it never starts sending) and Jego to
Jego (STUN + ICE) across two port-preserving NATs; Jego to Jego across the symmetric NAT
through coturn (its own log counts the relayed bytes); and without the settings the same
Jego to Jego calls have one-way or no audio. Figures (call set-up time, RTCP round trip,
relayed bytes) are printed, never asserted on time.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jego_desktop.platform.address_watch import CHECK_INTERVAL_MS
from tests.integration.headless_client import HeadlessClient
from tests.peers.baresip import Baresip
from tests.peers.coturn import Coturn
from tests.peers.kamailio import DEFAULT_USERS, Kamailio
from tests.peers.netns import SERVERS_ADDRESS, Home, Lab, NatKind
from tests.peers.tones import assert_tone, tone_level_db

pytestmark = pytest.mark.peers

ALICE_TONE = 700.0
BOB_TONE = 1200.0
CAROL_TONE = 450.0
LISTEN_S = 3.0
SILENT_DB = -50.0  # a tone below this did not get through


@dataclass
class Internet:
    lab: Lab
    kamailio: Kamailio
    coturn: Coturn

    @property
    def cone_a(self) -> Home:
        return self.lab.homes[0]

    @property
    def cone_b(self) -> Home:
        return self.lab.homes[1]

    @property
    def symmetric(self) -> Home:
        return self.lab.homes[2]

    @property
    def tethering(self) -> Home:
        return self.lab.homes[3]

    @property
    def cafe(self) -> Home:
        return self.lab.homes[4]

    @property
    def stun(self) -> str:
        return f"{SERVERS_ADDRESS}:{self.coturn.port}"


@pytest.fixture(scope="module")
def internet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Internet]:
    why = Lab.unavailable()
    if why:
        pytest.skip(why)
    kinds = [NatKind.PORT_PRESERVING, NatKind.PORT_PRESERVING, NatKind.SYMMETRIC]
    # the last two: a phone's tethering, a café's Wi-Fi (where a laptop moves mid-call)
    lab = Lab([*kinds, NatKind.PORT_PRESERVING, NatKind.PORT_PRESERVING]).start()
    work = tmp_path_factory.mktemp("nat")
    kamailio = Kamailio(
        work / "kamailio", DEFAULT_USERS, host=SERVERS_ADDRESS, namespace=lab.internet
    )
    coturn = Coturn(work / "coturn", lab.internet, SERVERS_ADDRESS)
    try:
        kamailio.start()
        coturn.start()
        yield Internet(lab, kamailio, coturn)
    finally:
        coturn.stop()
        kamailio.stop()
        lab.stop()


class JegoInHome(HeadlessClient):
    """tests/integration/nat_peer.py inside a home's namespace."""

    def __init__(
        self, home: Home, log_dir: Path, number: str, server: str, *nat: str, bind: str = ""
    ) -> None:
        log_dir.mkdir(parents=True, exist_ok=True)
        password = DEFAULT_USERS[number]
        super().__init__(number, log_dir / f"{number}.db", number, password, server)
        self.argv = [
            *home.host.exec_prefix(), sys.executable, "-m", "tests.integration.nat_peer",
            "--bind", bind or home.address, "--number", number, "--password", password,
            "--server", server, "--tone", str(TONES[number]), *nat,
            # new ports for every call of the module: coturn and the routers still hold
            # state for the 5-tuples of the calls before
            "--rtp-port", str(random.randrange(20_000, 40_000, 2)),
        ]  # fmt: skip

    def heard(self, path: Path) -> Path:
        since = self.mark()
        self.command("heard", path=str(path))
        self.wait("heard", since=since)
        return path


TONES = {"alice": ALICE_TONE, "bob": BOB_TONE, "carol": CAROL_TONE}


@pytest.fixture
def jego(internet: Internet, tmp_path: Path) -> Iterator[Callable[..., JegoInHome]]:
    made: list[JegoInHome] = []

    def start(home: Home, number: str, *nat: str, bind: str = "") -> JegoInHome:
        server = f"{SERVERS_ADDRESS}:{internet.kamailio.port('udp')}"
        peer = JegoInHome(home, tmp_path / number, number, server, *nat, bind=bind)
        made.append(peer)
        peer.start(timeout=20)
        return peer

    yield start
    for peer in made:
        peer.stop()


def stun_ice(internet: Internet) -> tuple[str, ...]:
    return ("--stun", internet.stun)


def turn(internet: Internet, transport: str = "udp") -> tuple[str, ...]:
    """STUN and TURN; with TURN over TCP no STUN (UDP cannot reach it there)."""
    coturn = internet.coturn
    relay = (
        *("--turn", internet.stun, "--turn-user", coturn.user),
        *("--turn-password", coturn.password, "--turn-transport", transport),
    )
    return relay if transport == "tcp" else (*stun_ice(internet), *relay)


NO_SETTINGS = ("--no-ice", "--no-rewrite")


@dataclass(frozen=True)
class CallFigures:
    setup_s: float
    rtt_ms: float


def call_and_listen(caller: JegoInHome, callee_aor: str) -> CallFigures:
    """Dial, wait until active, listen LISTEN_S seconds; the caller's figures."""
    since = caller.mark()
    caller.command("dial", uri=callee_aor)
    dialing = caller.wait("call", since=since, timeout=10)
    active = caller.wait("call", lambda e: e["state"] == "active", timeout=20, since=since)
    time.sleep(1.0)  # ICE checks and the first packets
    caller.command("clear")
    time.sleep(LISTEN_S)
    try:  # RTCP reports come every ~5 s: the first round trip may take that long
        rtt = caller.wait("stats", lambda e: e["rtt_ms"] > 0, timeout=8, since=since)["rtt_ms"]
    except AssertionError:
        rtt = float("nan")  # no RTCP came back: no round trip to report (the audio says why)
    return CallFigures(active["t"] - dialing["t"], rtt)


def report(case: str, figures: CallFigures) -> None:
    print(f"\n{case}: set-up {figures.setup_s * 1000:.0f} ms (dial to answered), "
          f"RTCP round trip {figures.rtt_ms:.1f} ms")  # fmt: skip


def hang_up(caller: JegoInHome) -> None:
    since = caller.mark()
    caller.command("hangup")
    caller.wait("call", lambda e: e["state"] == "ended", since=since, timeout=15)


def test_jego_with_ice_to_baresip_with_stun_across_two_nats(
    internet: Internet, jego: Callable[..., JegoInHome], tmp_path: Path, baresip_factory
) -> None:
    kamailio = internet.kamailio
    bob: Baresip = baresip_factory(
        "bob",
        tone_hz=BOB_TONE,
        namespace=internet.cone_b.host,
        address=internet.cone_b.address,
        modules=("stun.so",),
    )
    bob.add_account(
        kamailio.aor("bob"),
        password=DEFAULT_USERS["bob"],
        registrar=kamailio.uri("udp"),
        extra_params=f"medianat=stun;stunserver=stun:{internet.stun}",
    )
    bob.start(timeout=20)
    alice = jego(internet.cone_a, "alice", *stun_ice(internet))
    figures = call_and_listen(alice, kamailio.aor("bob"))
    heard = alice.heard(tmp_path / "alice-heard.wav")
    hang_up(alice)
    bob.wait_call_closed()
    report("Jego (STUN+ICE) → baresip (STUN), two port-preserving NATs", figures)
    assert_tone(heard, BOB_TONE, min_seconds=LISTEN_S - 1)
    assert_tone(bob.heard_wav(), ALICE_TONE, start_s=1.0)


def jego_to_jego(
    internet: Internet,
    jego: Callable[..., JegoInHome],
    tmp_path: Path,
    callee_home: Home,
    *nat: str,
) -> tuple[Path, Path, CallFigures]:
    """alice (first port-preserving home) calls carol in `callee_home`; what each heard."""
    carol = jego(callee_home, "carol", *nat)
    alice = jego(internet.cone_a, "alice", *nat)
    figures = call_and_listen(alice, internet.kamailio.aor("carol"))
    alice_heard = alice.heard(tmp_path / "alice-heard.wav")
    carol_heard = carol.heard(tmp_path / "carol-heard.wav")
    hang_up(alice)
    return alice_heard, carol_heard, figures


def test_jego_to_jego_across_two_nats_with_stun_and_ice(internet, jego, tmp_path) -> None:
    alice_heard, carol_heard, figures = jego_to_jego(
        internet, jego, tmp_path, internet.cone_b, *stun_ice(internet)
    )
    report("Jego → Jego, STUN+ICE, two port-preserving NATs", figures)
    assert_tone(alice_heard, CAROL_TONE, min_seconds=LISTEN_S - 1)
    assert_tone(carol_heard, ALICE_TONE, min_seconds=LISTEN_S - 1)


def test_jego_to_jego_across_the_symmetric_nat_through_turn(internet, jego, tmp_path) -> None:
    before = internet.coturn.allocations()
    alice_heard, carol_heard, figures = jego_to_jego(
        internet, jego, tmp_path, internet.symmetric, *turn(internet)
    )
    # one allocation per component (RTP, RTCP) on each side; counted as each one closes
    sessions = internet.coturn.wait_closed(internet.coturn.allocations() - before)
    relayed = sum(s.received_bytes + s.sent_bytes for s in sessions)
    report("Jego → Jego, symmetric NAT, through TURN", figures)
    print(f"coturn relayed {relayed} bytes in {len(sessions)} allocations")
    assert_tone(alice_heard, CAROL_TONE, min_seconds=LISTEN_S - 1)
    assert_tone(carol_heard, ALICE_TONE, min_seconds=LISTEN_S - 1)
    # G.722 at 50 packets/s is 8 kB/s each way: several seconds of both directions
    assert relayed > 8_000 * LISTEN_S


def test_jego_to_jego_through_turn_over_tcp_when_udp_to_the_relay_is_blocked(
    internet: Internet, jego, tmp_path
) -> None:
    """Both homes' routers drop every UDP packet to coturn (its port and relay range): the
    sound crosses the symmetric NAT inside the two TURN-over-TCP connections. No STUN
    server is set: over UDP it cannot answer here, and pjsua then waited ~8 s for it
    before answering the call (measured: the caller gave up first)."""
    coturn = internet.coturn
    homes = [internet.cone_a, internet.symmetric]
    with internet.lab.udp_blocked(homes, SERVERS_ADDRESS, coturn.udp_ports()):
        before = coturn.allocations()
        alice_heard, carol_heard, figures = jego_to_jego(
            internet, jego, tmp_path, internet.symmetric, *turn(internet, "tcp")
        )
        sessions = coturn.wait_closed(coturn.allocations() - before)
    relayed = sum(s.received_bytes + s.sent_bytes for s in sessions)
    report("Jego → Jego, symmetric NAT, through TURN over TCP (UDP to coturn dropped)", figures)
    print(f"coturn relayed {relayed} bytes over TCP in {len(sessions)} allocations")
    assert_tone(alice_heard, CAROL_TONE, min_seconds=LISTEN_S - 1)
    assert_tone(carol_heard, ALICE_TONE, min_seconds=LISTEN_S - 1)
    assert relayed > 8_000 * LISTEN_S


def test_jego_to_jego_through_turn_over_tls(internet: Internet, jego, tmp_path) -> None:
    """TURN over TLS (coturn with a certificate from a test CA). pjsua2 2.15's Python
    account settings have no TURN TLS settings (no turnTlsSetting), and pjnath does not
    check the relay's certificate: the test CA is trusted nowhere, and the call works."""
    coturn = internet.coturn
    before = coturn.allocations()
    tls = (
        *("--turn", f"{SERVERS_ADDRESS}:{coturn.tls_port}", "--turn-user", coturn.user),
        *("--turn-password", coturn.password, "--turn-transport", "tls"),
    )
    alice_heard, carol_heard, figures = jego_to_jego(
        internet, jego, tmp_path, internet.symmetric, *tls
    )
    sessions = coturn.wait_closed(coturn.allocations() - before)
    relayed = sum(s.received_bytes + s.sent_bytes for s in sessions)
    report("Jego → Jego, symmetric NAT, through TURN over TLS", figures)
    print(f"coturn relayed {relayed} bytes over TLS in {len(sessions)} allocations")
    assert {s.session for s in sessions} <= coturn.over_tls()
    assert_tone(alice_heard, CAROL_TONE, min_seconds=LISTEN_S - 1)
    assert_tone(carol_heard, ALICE_TONE, min_seconds=LISTEN_S - 1)


def test_without_the_settings_the_same_calls_lose_audio(internet, jego, tmp_path) -> None:
    for callee_home in (internet.cone_b, internet.symmetric):
        folder = tmp_path / callee_home.kind.value
        folder.mkdir()
        alice_heard, carol_heard, _ = jego_to_jego(
            internet, jego, folder, callee_home, *NO_SETTINGS
        )
        levels = (
            tone_level_db(alice_heard, CAROL_TONE),
            tone_level_db(carol_heard, ALICE_TONE),
        )
        print(f"\nwithout settings, to a {callee_home.kind.value} NAT: alice hears "
              f"{levels[0]:.0f} dB, carol hears {levels[1]:.0f} dB")  # fmt: skip
        assert min(levels) < SILENT_DB, levels  # one way at least is silent


def both_hear_again(alice: JegoInHome, carol: JegoInHome, folder: Path, until: float) -> float:
    """When both first hear each other's tone again, in 0.5 s slices (inf: not by `until`)."""
    slice_s = 0.5
    while time.monotonic() < until:
        start = time.monotonic()
        alice.command("clear")
        carol.command("clear")
        time.sleep(slice_s)
        # the slice's end only: packet loss concealment carries a tone on for a while
        end = slice_s - 0.2
        heard = (
            tone_level_db(alice.heard(folder / "slice-alice.wav"), CAROL_TONE, start_s=end),
            tone_level_db(carol.heard(folder / "slice-carol.wav"), ALICE_TONE, start_s=end),
        )
        if min(heard) > -30.0:
            return start
    return float("inf")


def test_a_call_survives_the_address_changing(internet, jego, tmp_path) -> None:
    """alice's laptop leaves its home router for a phone's tethering mid-call; the app's
    AddressWatch notices the new address (no one tells it) and the engine registers again
    and re-INVITEs with new ICE candidates: 5 s after the change audio flows both ways.
    Her engine listens on every address of its namespace, as the app does by default."""
    move_during_a_call(internet, jego, tmp_path, internet.tethering, route_after_s=0.0)


def test_a_call_survives_an_address_that_comes_before_its_route(internet, jego, tmp_path) -> None:
    """The same move, but the default route comes ROUTE_LATE_S after the new address (a
    DHCP client adds the address, then the route): the watch sees the address while
    nothing can leave, so registering and re-INVITing then fail; once the route is there
    the engine tries again, and audio flows both ways 5 s after the route came."""
    move_during_a_call(internet, jego, tmp_path, internet.cafe, route_after_s=ROUTE_LATE_S)


# longer than the watch's interval: it surely sees the new address before the route
ROUTE_LATE_S = CHECK_INTERVAL_MS / 1000 + 1.0


def move_during_a_call(
    internet: Internet, jego, tmp_path: Path, to: Home, route_after_s: float
) -> None:
    """alice (on every address of her namespace) calls carol, then her laptop moves to
    `to`'s network; what each hears 5 s after the move is done must be the other's tone."""
    carol = jego(internet.cone_b, "carol", *stun_ice(internet))
    alice = jego(internet.cone_a, "alice", *stun_ice(internet), bind="0.0.0.0")
    call_and_listen(alice, internet.kamailio.aor("carol"))
    assert_tone(alice.heard(tmp_path / "before.wav"), CAROL_TONE, min_seconds=LISTEN_S - 1)

    since = alice.mark()
    internet.lab.move(internet.cone_a, to, route_after_s=route_after_s)
    moved = time.monotonic()
    noticed = alice.wait("address_changed", timeout=5, since=since)  # no command: the app's watch
    registered = alice.wait(
        "registration", lambda e: e["state"] == "registered", timeout=10, since=since
    )
    recovered = both_hear_again(alice, carol, tmp_path, until=moved + 5.0)
    time.sleep(max(0.0, moved + 5.0 - time.monotonic()))  # what flows 5 s after the change
    alice.command("clear")
    carol.command("clear")
    time.sleep(2.0)
    alice_heard = alice.heard(tmp_path / "after-alice.wav")
    carol_heard = carol.heard(tmp_path / "after-carol.wav")
    print(f"\naddress change (route {route_after_s:.1f} s after the address): noticed after "
          f"{noticed['t'] - moved:.2f} s, registered again after {registered['t'] - moved:.2f} "
          f"s, audio both ways again in the 0.5 s slice starting {recovered - moved:.2f} s "
          "after it")  # fmt: skip
    hang_up(alice)
    assert_tone(alice_heard, CAROL_TONE, min_seconds=1.5)
    assert_tone(carol_heard, ALICE_TONE, min_seconds=1.5)


def frames_read(peer: JegoInHome, since: int) -> list[int]:
    """The distinct frame numbers `peer` read from the pictures it received."""
    return sorted({e["n"] for e in peer.events("frame")[since:] if e["n"] is not None})


def video_call(
    internet: Internet, jego: Callable[..., JegoInHome], *nat: str
) -> tuple[JegoInHome, JegoInHome]:
    """alice (port-preserving NAT) calls carol (symmetric NAT), both with video; alice
    starts it once the call is up."""
    carol = jego(internet.symmetric, "carol", *nat, "--video")
    alice = jego(internet.cone_a, "alice", *nat, "--video")
    since = alice.mark()
    alice.command("dial", uri=internet.kamailio.aor("carol"))
    alice.wait("call", lambda e: e["state"] == "active", timeout=20, since=since)
    alice.command("start_video")
    return alice, carol


def test_video_both_ways_across_the_symmetric_nat_through_turn(internet, jego) -> None:
    """The pictures cross only through coturn: without TURN none do (the next test)."""
    before = internet.coturn.allocations()
    alice, carol = video_call(internet, jego, *turn(internet))
    started = time.monotonic()
    first = alice.wait("frame", timeout=30)["t"] - started
    for peer in (alice, carol):  # 15 pictures a second: 20 distinct numbers, in order
        peer.wait("frame", lambda e: e["n"] is not None and e["n"] >= 20, timeout=30)
    both = time.monotonic() - started
    time.sleep(LISTEN_S)  # more pictures for coturn to count
    read = (len(frames_read(alice, 0)), len(frames_read(carol, 0)))
    hang_up(alice)
    # audio: RTP and RTCP on each side; video: one (rtcp-mux) on each side
    sessions = internet.coturn.wait_closed(internet.coturn.allocations() - before)
    relayed = sum(s.received_bytes + s.sent_bytes for s in sessions)
    print(f"\nvideo through TURN: alice's first picture {first:.1f} s and frame 20 on both "
          f"sides {both:.1f} s after video was started; alice read {read[0]}, carol "
          f"{read[1]} distinct pictures; coturn relayed "
          f"{relayed} bytes in {len(sessions)} allocations (sound and video): "
          f"{sorted(s.received_bytes + s.sent_bytes for s in sessions)}")  # fmt: skip
    assert min(read) >= 20
    # the sound's four allocations and the video's own two (rtcp-mux) relayed the call
    assert len(sessions) >= 6 and relayed > 8_000 * LISTEN_S


def test_without_turn_no_video_crosses_the_symmetric_nat(internet, jego) -> None:
    """The same call with STUN and ICE but no TURN: the offer and answer cross (SIP goes
    through Kamailio), the pictures cannot. Watched for NO_PICTURES_S: through TURN the
    first picture comes within ~1 s of starting video."""
    alice, carol = video_call(internet, jego, *stun_ice(internet))
    alice.wait("video", lambda e: e["state"] == "connecting", timeout=15)
    carol.wait("video", lambda e: e["state"] == "connecting", timeout=15)
    time.sleep(NO_PICTURES_S)
    hang_up(alice)
    assert frames_read(alice, 0) == [] and frames_read(carol, 0) == []


NO_PICTURES_S = 5.0
