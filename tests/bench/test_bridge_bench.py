"""Figures of the real sound path (SoundBridge on the virtual PulseAudio devices).

Run: .venv/bin/pytest tests/bench/test_bridge_bench.py -s -m bench
JEGO_BENCH_CALL_S sets each measured call's length (default 10 s; the README's figures
are of 20 s). Nothing here asserts a time: the figures are printed, next to the targets
(a call under 4 % of a core and under twice PortAudio's floor measured in the same run,
idle under 0.3 %, under 60 ms of added round trip).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sounddevice as sd

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.calls import CallState
from jego_desktop.media.echo import VoiceSettings
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.media.sound_check import SoundCheck
from tests.integration.engine_probe import EngineProbe
from tests.integration.test_pulse import RoundTripProbe
from tests.peers.baresip import Baresip
from tests.peers.pulse import VirtualAudio
from tests.peers.tones import write_tone_wav

pytestmark = [pytest.mark.bench, pytest.mark.peers, pytest.mark.timeout(240)]

CALL_S = float(os.environ.get("JEGO_BENCH_CALL_S", "10"))
IDLE_S = 4.0
FLOOR_S = 4.0
CALL_FLOOR_S = 8.0  # the floor that the call test compares with, measured twice
PROCESSING_S = 5.0
TICK = os.sysconf("SC_CLK_TCK")


@pytest.fixture(scope="module")
def sound(virtual_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    virtual_audio.apply_to_this_process()
    yield virtual_audio
    virtual_audio.restore_this_process()


def cpu_seconds(pid: int | str = "self", task: str | None = None) -> float:
    path = f"/proc/{pid}/task/{task}/stat" if task else f"/proc/{pid}/stat"
    with open(path, encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def threads_cpu() -> dict[str, float]:
    """CPU seconds of this process's threads, summed by thread name."""
    totals: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            totals[name] = totals.get(name, 0.0) + cpu_seconds("self", task.name)
        except OSError:
            continue  # the thread ended meanwhile
    return totals


def percent(seconds: float, wall: float) -> str:
    return f"{100 * seconds / wall:5.2f} % of a core"


def print_threads(before: dict[str, float], after: dict[str, float], wall: float) -> None:
    """Per-thread-name CPU. Python threads and PortAudio's keep the process name ("pytest");
    "clock" is pjmedia's clock thread (call_frame/play_frame run there), "threaded-ml"
    libpulse's main loop inside the ALSA pulse plugin, "media" pjmedia's RTP worker."""
    busy = {name: after[name] - before.get(name, 0.0) for name in after}
    for name, used in sorted(busy.items(), key=lambda item: -item[1]):
        if used > 0:
            print(f"    thread {name!r:20} {percent(used, wall)}")


def measure_call(
    engine_factory: Callable[..., EngineProbe],
    baresip_factory: Callable[..., Baresip],
    sound: VirtualAudio,
    tmp_path: Path,
    voice: VoiceSettings,
    label: str,
    pair: tuple[Baresip, Baresip] | None = None,
) -> float:
    """One call engine -> baresip on the real sound path; prints the process's CPU and
    returns it (CPU seconds per second)."""
    slug = "-".join(label.split()[:2])
    feed = write_tone_wav(tmp_path / f"mic-{slug}.wav", 1000, CALL_S + 8, rate=48000)
    feeder = sound.start_playing_into_microphone(feed)
    peer = baresip_factory(f"peer-{slug}", tone_hz=1200.0, sip_trace=False)
    peer.start()
    bridge = SoundBridge(voice=voice)
    probe = engine_factory(audio=bridge)
    try:
        call_id = probe.engine.make_call(peer.uri(), DIRECT_ACCOUNT_KEY)
        probe.wait_call(call_id, CallState.ACTIVE)
        time.sleep(1.0)  # past set-up and the devices' start
        pair_pids = [agent._process.pid for agent in pair or () if agent._process is not None]
        pair_before = [cpu_seconds(pid) for pid in pair_pids]
        threads_before = threads_cpu()
        wall, cpu = time.monotonic(), time.process_time()
        time.sleep(CALL_S)  # no Qt pumping: only the engine, pjmedia and PortAudio work
        cpu, wall = time.process_time() - cpu, time.monotonic() - wall
        threads_after = threads_cpu()
        pair_used = [
            cpu_seconds(pid) - before for pid, before in zip(pair_pids, pair_before, strict=False)
        ]
        stats = bridge.stats()
        probe.engine.hangup(call_id)
        probe.wait_call(call_id, CallState.ENDED)
    finally:
        feeder.stop()
        probe.stop()
        bridge.close()
    print(f"\n[{label}] {wall:.1f} s call, engine + SoundBridge: {percent(cpu, wall)}")
    print_threads(threads_before, threads_after, wall)
    print(
        f"    {'one duplex stream' if stats.duplex else 'two streams'};"
        f" queues: captured {stats.captured}, speaker {stats.speaker};"
        f" devices in {stats.input_rate} Hz / out {stats.output_rate} Hz,"
        f" PortAudio latency in {stats.input_latency_s * 1000:.0f} ms"
        f" / out {stats.output_latency_s * 1000:.0f} ms"
    )
    for agent, used in zip(pair or (), pair_used, strict=False):
        print(
            f"    meanwhile baresip {agent.name} in a baresip->baresip call: {percent(used, wall)}"
        )
    return cpu / wall


def empty_streams(block_ms: int = 20, duplex: bool = False) -> list[Any]:
    """PortAudio's floor: the streams SoundBridge opens (default devices, 16 kHz mono
    int16, `block_ms` blocks, "low" latency; one input and one output stream, or one
    duplex stream) with callbacks that do nothing."""

    def take(indata: Any, frames: int, when: Any, status: Any) -> None:
        pass

    def give(outdata: Any, frames: int, when: Any, status: Any) -> None:
        outdata[:] = bytes(len(outdata))

    def both(indata: Any, outdata: Any, frames: int, when: Any, status: Any) -> None:
        outdata[:] = bytes(len(outdata))

    common: dict[str, Any] = dict(
        samplerate=16000, blocksize=16 * block_ms, channels=1, dtype="int16", latency="low"
    )
    if duplex:
        return [sd.RawStream(callback=both, **common)]
    return [sd.RawInputStream(callback=take, **common), sd.RawOutputStream(callback=give, **common)]


def floors() -> dict[str, tuple[float, float]]:
    """(CPU seconds, wall seconds) of PortAudio's floor, as two streams and as one."""
    return {
        "two empty streams": floor_of(empty_streams(), CALL_FLOOR_S),
        "one empty duplex stream": floor_of(empty_streams(duplex=True), CALL_FLOOR_S),
    }


def test_cpu_of_a_call_on_the_real_sound_path(
    sound: VirtualAudio,
    tmp_path: Path,
    engine_factory: Callable[..., EngineProbe],
    baresip_factory: Callable[..., Baresip],
) -> None:
    alice = baresip_factory("alice", tone_hz=700.0, sip_trace=False)
    bob = baresip_factory("bob", tone_hz=900.0, sip_trace=False)
    for agent in (alice, bob):  # G.722, as in the engine's calls
        agent.add_account(f"sip:{agent.name}@127.0.0.1", extra_params="audio_codecs=G722/16000/1")
        agent.start()
    alice.dial(bob.uri())
    alice.wait_call_established()
    before = floors()
    plain = measure_call(
        engine_factory,
        baresip_factory,
        sound,
        tmp_path,
        VoiceSettings(echo_cancellation=False, noise_suppression=False),
        "no echo cancellation",
        pair=(alice, bob),
    )
    alice.hangup()
    processed = measure_call(
        engine_factory,
        baresip_factory,
        sound,
        tmp_path,
        VoiceSettings(echo_cancellation=True, noise_suppression=True),
        "echo cancellation + noise suppression",
    )
    after = floors()
    print(
        "\n[call vs floor] PortAudio's floor in this run: the bridge's devices, rate, 20 ms"
        " blocks and latency, empty callbacks, no engine; before and after the calls."
        " The issue's floor is two streams; the bridge now opens one duplex stream when"
        " microphone and speaker are one device (as here)."
    )
    for name in before:
        cpu = before[name][0] + after[name][0]
        floor = cpu / (before[name][1] + after[name][1])
        print(
            f"    {name}: {percent(floor, 1.0)}; call without processing"
            f" {plain / floor:.1f} x, with echo cancellation + noise suppression"
            f" {processed / floor:.1f} x"
        )
    print("    targets: under 4 % of a core, and under 2 x the floor, in a call")


def floor_of(streams: list[Any], seconds: float = FLOOR_S) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of `seconds` with these streams running."""
    try:
        for stream in streams:
            stream.start()
        time.sleep(0.5)
        wall, cpu = time.monotonic(), time.process_time()
        time.sleep(seconds)
        return time.process_time() - cpu, time.monotonic() - wall
    finally:
        for stream in streams:
            stream.close()


def test_cpu_floor_of_portaudio_streams(sound: VirtualAudio) -> None:
    """What an input and an output stream cost with callbacks that do nothing.

    The bridge's latency ("low") is asked for, as the bridge does. `one duplex stream`:
    the same in + out as one PortAudio stream (one callback per block, one ALSA thread),
    what the bridge opens when microphone and speaker are one device.
    """

    print()
    for block_ms in (20, 10):
        cpu, wall = floor_of(empty_streams(block_ms))
        print(
            f"[floor] PortAudio (ALSA -> PulseAudio) in + out at 16 kHz, {block_ms} ms blocks,"
            f" empty callbacks: {percent(cpu, wall)}"
        )
        cpu, wall = floor_of(empty_streams(block_ms, duplex=True))
        print(f"[floor]   the same as one duplex stream: {percent(cpu, wall)}")
    bridge = SoundBridge(voice=VoiceSettings(echo_cancellation=False, noise_suppression=False))
    bridge.open()  # the bridge's own streams and callbacks; nobody takes or gives frames
    try:
        kind = "one duplex stream" if bridge.stats().duplex else "two streams"
        time.sleep(0.5)
        wall, cpu = time.monotonic(), time.process_time()
        time.sleep(FLOOR_S)
        cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    finally:
        bridge.close()
    print(f"[floor] the bridge's streams ({kind}), 20 ms blocks, no call: {percent(cpu, wall)}")


def test_idle_cpu_of_an_engine_with_a_sound_bridge(
    sound: VirtualAudio, engine_factory: Callable[..., EngineProbe]
) -> None:
    bridge = SoundBridge()
    engine_factory(audio=bridge)
    time.sleep(1.0)
    threads_before = threads_cpu()
    wall, cpu = time.monotonic(), time.process_time()
    time.sleep(IDLE_S)
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    threads_after = threads_cpu()
    assert not bridge.is_open
    print(f"\n[idle] engine running, no call, devices closed: {percent(cpu, wall)}")
    print_threads(threads_before, threads_after, wall)
    print("    target: under 0.3 % of a core")


def copy_input_to_output(indata: Any, outdata: Any, frames: int, time: Any, status: Any) -> None:
    outdata[:] = indata


def minimal_loop(sound: VirtualAudio, blocksize: int) -> float:
    """Round trip through a duplex stream that copies microphone to speaker in its callback."""
    with sd.Stream(
        samplerate=48000,
        blocksize=blocksize,
        channels=1,
        dtype="float32",
        device=(sound.alsa_microphone, sound.alsa_speaker),
        latency="low",
        callback=copy_input_to_output,
    ):
        return RoundTripProbe().measure(sound.alsa_speaker_monitor, sound.alsa_feed_microphone)


def bridge_loop(sound: VirtualAudio, bridge: SoundBridge) -> float:
    check = SoundCheck(bridge)
    check.start_loopback()
    try:
        time.sleep(1.0)  # let the queues settle
        return RoundTripProbe().measure(sound.alsa_speaker_monitor, sound.alsa_feed_microphone)
    finally:
        check.stop()


def test_round_trip_latency_added_by_the_bridge(sound: VirtualAudio) -> None:
    """A burst goes into the virtual microphone and is timed on the speaker's monitor.

    `direct`: speaker -> monitor only (the probe's own path). `minimal loop`: one PortAudio
    duplex stream copying microphone to speaker in its callback: what PulseAudio and
    PortAudio cost anyway at that block size (0 = PortAudio's choice). `bridge loop`:
    SoundCheck's loopback, i.e. capture stream -> queue -> capture_frame (echo/noise
    processing) -> play_frame -> queue -> playback stream: the path of a call minus
    pjmedia and the network. What the bridge adds is (bridge loop - minimal loop).
    """
    direct = RoundTripProbe().measure(sound.alsa_speaker_monitor, sound.alsa_speaker)
    minimal = {blocks: minimal_loop(sound, blocks) for blocks in (0, 480, 960)}
    off = VoiceSettings(echo_cancellation=False, noise_suppression=False)
    looped = {
        "20 ms blocks, processing off": bridge_loop(sound, SoundBridge(voice=off)),
        "20 ms blocks, echo + noise processing": bridge_loop(sound, SoundBridge()),
        "10 ms blocks, processing off": bridge_loop(sound, SoundBridge(voice=off, block_ms=10)),
    }
    print(f"\n[latency] direct (speaker -> monitor): {direct * 1000:.0f} ms")
    for blocks, value in minimal.items():
        label = f"{blocks * 1000 // 48000} ms blocks" if blocks else "PortAudio's block size"
        print(f"    minimal duplex loop, {label}: {value * 1000:.0f} ms")
    for label, value in looped.items():
        same = minimal[480 if label.startswith("10") else 960]
        print(
            f"    bridge loop, {label}: {value * 1000:.0f} ms; added over the minimal loop:"
            f" {(value - minimal[0]) * 1000:.0f} ms"
            f" (same block size: {(value - same) * 1000:.0f} ms)"
        )
    print("    target: under 60 ms added round trip")


def test_cpu_of_the_voice_processing_alone() -> None:
    """WebRTC's processing on its own, fed paced 20 ms frames as the clock thread feeds it.

    Paced, not in a tight loop: between frames its state leaves the CPU's caches, which
    costs ~30 % more per frame. The Python around it (queues, frombuffer, tobytes) and the
    port's frame copies take a few microseconds a frame; the processing is what a call
    with echo cancellation adds on pjmedia's clock thread.
    """
    np = pytest.importorskip("numpy")
    pytest.importorskip("pywebrtc_audio")
    from jego_desktop.media.echo import VoiceProcessor

    rng = np.random.default_rng(1)
    frames = [(rng.standard_normal(320) * 3000).astype(np.int16) for _ in range(50)]
    print()
    for label, settings in (
        ("echo cancellation + noise suppression", VoiceSettings(True, True)),
        ("echo cancellation only", VoiceSettings(True, False)),
        ("noise suppression only", VoiceSettings(False, True)),
    ):
        processor = VoiceProcessor(settings, stream_delay_ms=80)
        used, count = 0.0, int(PROCESSING_S * 50)
        for index in range(count):
            started = time.thread_time()
            processor.process(frames[index % 50], frames[(index + 7) % 50])
            used += time.thread_time() - started
            time.sleep(0.02)
        print(
            f"[processing] {label}: {used / count * 1e6:.0f} us a frame,"
            f" {percent(used, count * 0.02)}"
        )
