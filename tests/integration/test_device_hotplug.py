"""Sound devices appearing and disappearing while the app runs, through real PortAudio.

This machine has no sound card (no /dev/snd), so a "headset" is made the way PortAudio
sees devices here: a PulseAudio null sink plus an ALSA PCM for it in the ALSA
configuration PortAudio reads at each (re-)initialisation. Plugging it in adds both;
unplugging removes both. The watcher's Linux trigger (a change in /dev/snd) cannot
happen here, so the tests give it a trigger that watches the ALSA configuration file:
what is real is the re-scan of PortAudio, the new device list, and a running call that
stood in on the default moving to the chosen device as soon as it appears.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from jego_desktop.domain.audio import FRAME_SAMPLES, SAMPLE_RATE
from jego_desktop.media import devices
from jego_desktop.media.device_watcher import DevicesChanged, DeviceWatcher
from jego_desktop.media.sound_bridge import SoundBridge
from tests.peers.pulse import VirtualAudio
from tests.peers.tones import assert_tone, tone_level_db

pytestmark = [pytest.mark.peers, pytest.mark.timeout(60)]

HEADSET = "jego_headset"  # the ALSA PCM name, which PortAudio uses as the device name
HEADSET_SINK = "jego_headset_sink"
TONE = 880.0


class Headset:
    def __init__(self, sound: VirtualAudio) -> None:
        self.sound = sound
        self.config = Path(sound.env["ALSA_CONFIG_PATH"])
        self._original = self.config.read_text()
        self._module = ""
        self._loopback = ""

    def plug(self) -> None:
        self._module = self.sound.pactl(
            "load-module",
            "module-null-sink",
            f"sink_name={HEADSET_SINK}",
            f"rate={SAMPLE_RATE}",
            "channels=1",
            "channel_map=mono",
        )[0].strip()
        # as tests/peers/pulse.py does for its sinks: a 10 ms consumer, and a restart of
        # the render loop, or the new sink renders its first 2 s in one block
        self._loopback = self.sound.pactl(
            "load-module",
            "module-loopback",
            f"source={HEADSET_SINK}.monitor",
            "sink=jego_drain",
            "latency_msec=10",
            "source_dont_move=true",
            "sink_dont_move=true",
        )[0].strip()
        for state in ("1", "0"):
            self.sound.pactl("suspend-sink", HEADSET_SINK, state)
        self.config.write_text(
            self._original + f'pcm.{HEADSET} {{ type pulse device "{HEADSET_SINK}" }}\n'
        )

    def unplug(self) -> None:
        self.config.write_text(self._original)
        for module in (self._loopback, self._module):
            if module:
                self.sound.pactl("unload-module", module)
        self._module = self._loopback = ""

    def signature(self) -> int:
        return self.config.stat().st_mtime_ns


@pytest.fixture
def headset(virtual_audio: VirtualAudio) -> Iterator[Headset]:
    virtual_audio.apply_to_this_process()
    made = Headset(virtual_audio)
    try:
        yield made
    finally:
        made.unplug()
        devices.rescan_devices()
        virtual_audio.restore_this_process()


def wait_change(watcher: DeviceWatcher, timeout: float = 5.0) -> DevicesChanged:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        change = watcher.poll()
        if change is not None:
            return change
        time.sleep(0.05)
    raise AssertionError("no device change noticed")


class ToneFeeder:
    """Plays a tone through the bridge the way the engine does: a frame every 20 ms."""

    def __init__(self, bridge: SoundBridge) -> None:
        self._bridge = bridge
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ToneFeeder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        n = 0
        next_at = time.monotonic()
        while not self._stop.is_set():
            t = (np.arange(FRAME_SAMPLES) + n * FRAME_SAMPLES) / SAMPLE_RATE
            frame = (0.3 * 32767 * np.sin(2 * np.pi * TONE * t)).astype("<i2").tobytes()
            self._bridge.play_frame(frame)
            self._bridge.capture_frame()
            n += 1
            next_at += 0.02
            time.sleep(max(0.0, next_at - time.monotonic()))


def record(sound: VirtualAudio, source: str, wav: Path, seconds: float) -> Path:
    recording = sound.start_recording(source, wav)
    sound.wait_for_recorder(recording)
    time.sleep(seconds)
    return recording.stop()


def test_a_device_plugged_in_and_out_while_idle_is_announced(headset: Headset) -> None:
    bridge = SoundBridge()
    seen: list[DevicesChanged] = []
    watcher = DeviceWatcher(bridge, seen.append, signature=headset.signature)
    assert HEADSET not in {d.name for d in devices.audio_status().outputs}
    headset.plug()
    change = wait_change(watcher)
    assert HEADSET in change.added
    assert HEADSET in {d.name for d in change.status.outputs}
    headset.unplug()
    gone = wait_change(watcher)
    assert HEADSET in gone.removed and seen == [change, gone]


def test_a_call_moves_to_its_headset_when_plugged_in_and_goes_on_when_pulled(
    headset: Headset, virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    problems: list[str] = []
    bridge = SoundBridge("", HEADSET, on_problem=problems.append)
    watcher = DeviceWatcher(bridge, lambda change: None, signature=headset.signature)
    bridge.open()  # the call starts before the headset is there
    try:
        assert bridge.active_output != HEADSET and "not connected" in bridge.problem
        with ToneFeeder(bridge):
            headset.plug()
            assert HEADSET in wait_change(watcher).added
            assert bridge.active_output == HEADSET and bridge.problem == ""
            heard = record(virtual_audio, f"{HEADSET_SINK}.monitor", tmp_path / "h.wav", 1.5)
            assert_tone(heard, TONE, start_s=0.3)
            speaker = record(virtual_audio, virtual_audio.speaker_monitor, tmp_path / "s.wav", 1.0)
            assert tone_level_db(speaker, TONE, start_s=0.2) < -40  # no longer there

            # Pulled mid-call: PulseAudio moves the stream to its default sink by itself
            # (a real ALSA card would end the stream instead: the unit tests cover that),
            # so the call goes on, on the speaker, and the re-scan waits for the call's end.
            headset.unplug()
            time.sleep(0.3)
            assert watcher.poll() is None
            speaker = record(virtual_audio, virtual_audio.speaker_monitor, tmp_path / "s2.wav", 1.5)
            assert_tone(speaker, TONE, start_s=0.3)
        bridge.close()
        gone = wait_change(watcher)
        assert HEADSET in gone.removed
        bridge.open()  # the next call: on the default, saying why
        assert bridge.active_output not in ("", HEADSET) and "not connected" in bridge.problem
    finally:
        bridge.close()
