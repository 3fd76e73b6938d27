"""SoundBridge without devices: queues, resampling, device choice, failures, echo cancellation.

A fake `sounddevice` (tests/unit/fake_sounddevice.py) stands in for PortAudio; the test
plays both PortAudio (calling the stream callbacks) and pjmedia's clock (calling
capture_frame / play_frame).
"""

from __future__ import annotations

import threading
import time

import numpy as np
import numpy.typing as npt
import pytest

from jego_desktop.domain.audio import FRAME_BYTES, FRAME_SAMPLES, SAMPLE_RATE, SILENCE
from jego_desktop.media import devices
from jego_desktop.media.echo import VoiceSettings, create_processor
from jego_desktop.media.frame_queue import FrameQueue
from jego_desktop.media.resample import BlockResampler
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.media.sound_check import SoundBusyError, SoundCheck
from tests.peers.tones import assert_tone, dominant_frequency, tone_level_db
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd

__all__ = ["fake_sd"]

Samples = npt.NDArray[np.float64]
NO_PROCESSING = VoiceSettings(echo_cancellation=False, noise_suppression=False)


def sine(freq: float, seconds: float, rate: int, amplitude: float = 0.5) -> Samples:
    t = np.arange(round(seconds * rate)) / rate
    return amplitude * np.sin(2 * np.pi * freq * t)


def pcm(samples: Samples) -> npt.NDArray[np.int16]:
    return np.clip(np.round(samples * 32767), -32768, 32767).astype(np.int16)


def frames_of(samples: Samples, block: int) -> list[bytes]:
    data = pcm(samples)
    return [data[i : i + block].tobytes() for i in range(0, len(data) - block + 1, block)]


def as_float(blob: bytes) -> Samples:
    return np.frombuffer(blob, dtype=np.int16) / 32768.0


def frame(value: int) -> bytes:
    return np.full(FRAME_SAMPLES, value, dtype=np.int16).tobytes()


# ----- FrameQueue -------------------------------------------------------------------------


def test_queue_is_bounded_and_drops_the_oldest_frame() -> None:
    queue: FrameQueue[int] = FrameQueue(capacity=3)
    for value in range(5):
        queue.put(value)
    assert len(queue) == 3 and queue.stats.overflows == 2
    assert [queue.get(), queue.get(), queue.get(), queue.get()] == [2, 3, 4, None]
    assert queue.stats.underruns == 1


def test_queue_trims_a_frame_after_a_second_at_depth_two() -> None:
    queue: FrameQueue[int] = FrameQueue(capacity=8)
    produced = iter(range(1000))
    queue.put(next(produced))  # one frame of standing latency, then lock-step
    depths = []
    for _ in range(120):
        queue.put(next(produced))
        depths.append(len(queue))
        queue.get()
    assert queue.stats.trimmed == 1
    assert depths[:50] == [2] * 50 and set(depths[51:]) == {1}


def test_queue_keeps_frames_when_depth_only_touches_two() -> None:
    queue: FrameQueue[int] = FrameQueue(capacity=8)
    for tick in range(500):  # jitter: sometimes two frames arrive between reads
        queue.put(tick)
        if tick % 7 == 3:
            queue.put(-tick)
        queue.get()
        if tick % 7 == 3:
            queue.get()
    assert queue.stats.trimmed == 0 and queue.stats.overflows == 0


def test_queue_does_not_grow_when_the_producer_is_faster() -> None:
    queue: FrameQueue[int] = FrameQueue(capacity=8)
    for tick in range(50 * 60):  # a minute; the producer's clock runs 0.5 % fast
        queue.put(tick)
        if tick % 200 == 0:
            queue.put(-tick)
        queue.get()
        assert len(queue) <= 2
    assert queue.stats.overflows == 0 and queue.stats.trimmed > 0


# ----- resampling -------------------------------------------------------------------------


def resample(samples: Samples, rate_in: int, rate_out: int) -> Samples:
    block_in = rate_in // 50
    resampler = BlockResampler(rate_in, rate_out, block_in)
    out = np.empty(resampler.block_out, dtype=np.int16)
    pieces = []
    for block in frames_of(samples, block_in):
        resampler.process(np.frombuffer(block, dtype=np.int16), out)
        pieces.append(out.copy())
    return np.concatenate(pieces) / 32768.0


@pytest.mark.parametrize(("rate_in", "rate_out"), [(48000, 16000), (44100, 16000), (16000, 48000)])
def test_a_1khz_tone_stays_1khz_at_the_same_level(rate_in: int, rate_out: int) -> None:
    out = resample(sine(1000, 1.0, rate_in), rate_in, rate_out)
    assert len(out) == rate_out
    assert_tone(out, 1000, rate=rate_out, tolerance_hz=2.0, min_fraction=0.99, start_s=0.1)
    assert tone_level_db(out, 1000, rate=rate_out, start_s=0.1) == pytest.approx(
        tone_level_db(sine(1000, 1.0, rate_out), 1000, rate=rate_out, start_s=0.1), abs=0.2
    )


def test_decimation_rejects_what_would_alias() -> None:
    out = resample(sine(11000, 1.0, 48000), 48000, SAMPLE_RATE)  # would fold to 5 kHz
    assert tone_level_db(out, 5000, rate=SAMPLE_RATE, start_s=0.1) < -60


def test_a_block_that_maps_to_no_whole_block_is_refused() -> None:
    with pytest.raises(ValueError, match="no whole block"):
        BlockResampler(44100, SAMPLE_RATE, 100)


# ----- opening, device choice and failures ------------------------------------------------


def test_open_uses_the_named_devices_at_16k(fake_sd: FakeSoundDevice) -> None:
    bridge = SoundBridge("USB Headset", "USB Headset")
    bridge.open()
    try:
        mic, speaker = fake_sd.stream("input"), fake_sd.stream("output")
        assert mic.device == speaker.device == 1
        assert mic.samplerate == speaker.samplerate == SAMPLE_RATE
        assert mic.blocksize == FRAME_SAMPLES  # one 20 ms block is one frame
        assert mic.started and speaker.started
        assert bridge.active_input == "USB Headset" and bridge.problem == ""
        assert devices.open_stream_count() == 2
    finally:
        bridge.close()
    assert fake_sd.open_streams("input") == [] and not bridge.is_open


def test_a_missing_device_falls_back_to_the_default_and_reports_it(
    fake_sd: FakeSoundDevice,
) -> None:
    problems: list[str] = []
    bridge = SoundBridge("Bluetooth Headset", "", on_problem=problems.append)
    bridge.open()
    try:
        assert fake_sd.stream("input").device is None  # PortAudio's default
        assert bridge.active_input == "default"
        assert problems == [
            "the microphone “Bluetooth Headset” is not connected; using the system default"
            " (default)"
        ]
        assert bridge.problem == problems[0]
        assert bridge.input_name == "Bluetooth Headset"  # still wanted, for next time
    finally:
        bridge.close()


def test_open_failure_is_reported_and_the_call_gets_silence(fake_sd: FakeSoundDevice) -> None:
    fake_sd.fail_open["input"] = "Device unavailable [PaErrorCode -9985]"
    problems: list[str] = []
    bridge = SoundBridge(on_problem=problems.append, voice=NO_PROCESSING)
    bridge.open()  # does not raise
    try:
        assert bridge.capture_frame() == SILENCE
        assert "Device unavailable" in bridge.problem and len(problems) == 1
        assert bridge.active_input == "" and bridge.active_output == "default"
        bridge.play_frame(frame(5))  # the speaker still works
        fake_sd.stream("output").pull()
        bridge.play_frame(frame(5))
        assert fake_sd.stream("output").pull() == frame(5)
    finally:
        bridge.close()


def test_no_devices_and_no_portaudio_never_raise(
    fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_sd.devices = []
    fake_sd.default.device = [-1, -1]
    bridge = SoundBridge()
    bridge.open()
    assert bridge.problem == "no microphone was found; no speaker was found"
    assert bridge.capture_frame() == SILENCE
    bridge.play_frame(frame(1))
    bridge.close()

    def missing() -> None:
        raise OSError("libportaudio.so.2: cannot open shared object file")

    monkeypatch.setattr(devices, "_load_sounddevice", missing)
    bridge.open()
    assert "PortAudio library is missing" in bridge.problem
    assert bridge.capture_frame() == SILENCE
    bridge.close()


@pytest.mark.parametrize("block_ms", [10, 20])
def test_a_device_refusing_16k_is_opened_at_48k_and_resampled(
    fake_sd: FakeSoundDevice, block_ms: int
) -> None:
    fake_sd.rates["default"] = {44100, 48000}
    bridge = SoundBridge(voice=NO_PROCESSING, block_ms=block_ms)
    bridge.open()
    try:
        mic, speaker = fake_sd.stream("input"), fake_sd.stream("output")
        assert mic.samplerate == speaker.samplerate == 48000
        assert mic.blocksize == 48 * block_ms
        captured = []
        for block in frames_of(sine(1000, 1.0, 48000), 960):
            mic.feed(block)
            captured.append(bridge.capture_frame())
        assert all(len(f) == FRAME_BYTES for f in captured)
        assert_tone(as_float(b"".join(captured)), 1000, rate=SAMPLE_RATE, start_s=0.1)

        played = []
        speaker.pull()  # the first callback flushes whatever was queued before it
        for chunk in frames_of(sine(700, 1.0, SAMPLE_RATE), FRAME_SAMPLES):
            bridge.play_frame(chunk)
            played.append(speaker.pull())
        assert all(len(b) == 960 * 2 for b in played)
        assert_tone(as_float(b"".join(played)), 700, rate=48000, start_s=0.1)
    finally:
        bridge.close()


@pytest.mark.parametrize("block_ms", [10, 20])
def test_the_first_speaker_callback_drops_stale_frames(
    fake_sd: FakeSoundDevice, block_ms: int
) -> None:
    bridge = SoundBridge(voice=NO_PROCESSING, block_ms=block_ms)
    bridge.open()
    try:
        for value in range(5):
            bridge.play_frame(frame(value))
        speaker = fake_sd.stream("output")
        assert speaker.pull() == SILENCE
        bridge.play_frame(frame(9))
        assert speaker.pull() == frame(9)
        assert speaker.pull() == SILENCE  # nothing queued: silence, not a repeat
    finally:
        bridge.close()


@pytest.mark.parametrize("block_ms", [10, 20])
def test_capture_gives_silence_until_the_microphone_delivers(
    fake_sd: FakeSoundDevice, block_ms: int
) -> None:
    bridge = SoundBridge(voice=NO_PROCESSING, block_ms=block_ms)
    bridge.open()
    try:
        assert bridge.capture_frame() == SILENCE
        fake_sd.stream("input").feed(frame(3))
        assert bridge.capture_frame() == frame(3)
        assert bridge.capture_frame() == SILENCE
    finally:
        bridge.close()


def test_a_silent_microphone_is_reported_once(fake_sd: FakeSoundDevice) -> None:
    problems: list[str] = []
    bridge = SoundBridge(on_problem=problems.append, voice=NO_PROCESSING)
    bridge.open()
    try:
        for _ in range(250):
            bridge.capture_frame()
        assert problems == ["the microphone “default” delivers no sound"]
    finally:
        bridge.close()


def test_a_stream_ending_by_itself_is_reported(fake_sd: FakeSoundDevice) -> None:
    problems: list[str] = []
    bridge = SoundBridge(on_problem=problems.append, voice=NO_PROCESSING)
    bridge.open()
    try:
        fake_sd.stream("output").finished_callback()  # as PortAudio does on unplugging
        assert problems == ["the speaker stopped (disconnected?)"]
    finally:
        bridge.close()
    assert problems == ["the speaker stopped (disconnected?)"]  # closing is no problem


def test_switch_devices_mid_call_reopens_streams_and_keeps_queues(
    fake_sd: FakeSoundDevice,
) -> None:
    bridge = SoundBridge(voice=NO_PROCESSING)
    bridge.open()
    try:
        fake_sd.stream("input").feed(frame(1))
        bridge.switch_devices("USB Headset", "USB Headset")
        assert fake_sd.stream("input").device == 1 and fake_sd.stream("output").device == 1
        assert bridge.active_output == "USB Headset" and bridge.is_open
        assert devices.open_stream_count() == 2
        fake_sd.stream("input").feed(frame(2))
        assert bridge.capture_frame() == frame(1)  # nothing lost in the switch
        assert bridge.capture_frame() == frame(2)
    finally:
        bridge.close()


def test_switch_devices_while_closed_only_remembers(fake_sd: FakeSoundDevice) -> None:
    bridge = SoundBridge()
    bridge.switch_devices("USB Headset", "")
    assert fake_sd.streams == [] and bridge.input_name == "USB Headset"


def test_a_rescan_asked_for_during_a_call_happens_when_it_ends(fake_sd: FakeSoundDevice) -> None:
    bridge = SoundBridge(voice=NO_PROCESSING)
    bridge.open()
    status = bridge.list_devices(rescan=True)
    assert fake_sd.rescans == 0 and status.usable
    bridge.close()
    assert fake_sd.rescans == 1
    bridge.list_devices(rescan=True)
    assert fake_sd.rescans == 2


def test_clock_and_portaudio_threads_together_keep_queues_bounded(
    fake_sd: FakeSoundDevice,
) -> None:
    """Three threads hammering the bridge: no exception, no unbounded queue."""
    bridge = SoundBridge()
    bridge.open()
    mic, speaker = fake_sd.stream("input"), fake_sd.stream("output")
    stop = threading.Event()
    errors: list[BaseException] = []

    def run(step: object) -> None:
        try:
            while not stop.is_set():
                step()  # type: ignore[operator]
                time.sleep(0.0005)
        except BaseException as error:
            errors.append(error)

    block = frame(100)
    threads = [
        threading.Thread(target=run, args=(lambda: mic.feed(block),)),
        threading.Thread(target=run, args=(speaker.pull,)),
        threading.Thread(target=run, args=(lambda: bridge.play_frame(bridge.capture_frame()),)),
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    stop.set()
    for thread in threads:
        thread.join()
    bridge.close()
    assert errors == []
    assert bridge.stats().captured.overflows >= 0 and bridge.speaker_backlog() <= 8


# ----- echo cancellation ------------------------------------------------------------------

FAR_RATE = SAMPLE_RATE


def far_end_speechlike(seconds: float) -> Samples:
    """Broadband noise shaped a little like speech (the canceller needs a broadband signal)."""
    rng = np.random.default_rng(7)
    noise = np.convolve(rng.standard_normal(round(seconds * FAR_RATE)), np.ones(4) / 4, "same")
    shaped: Samples = 0.25 * noise / np.std(noise) * 0.5
    return shaped


def echo_level_db(samples: Samples, near_hz: float) -> float:
    """Level of everything except the near-end tone (FFT, Hann window)."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / FAR_RATE)
    keep = (np.abs(freqs - near_hz) > 60) & (freqs > 100)
    return float(10 * np.log10(spectrum[keep].sum() / len(samples) ** 2 + 1e-30))


def run_echo_scene(settings: VoiceSettings, fake: FakeSoundDevice) -> tuple[Samples, Samples]:
    """8 s: the far end plays on the speaker; the microphone hears its echo (60 ms later,
    -10 dB, with a second reflection) and, from 4 s on, a 440 Hz near-end talker.
    Returns (microphone, what the bridge sends to the call)."""
    seconds = 8.0
    count = round(seconds * FAR_RATE)
    far = far_end_speechlike(seconds)
    echo_path = np.zeros(1200)
    echo_path[960] = 0.3  # 60 ms
    echo_path[1130] = 0.1
    echo = np.convolve(far, echo_path)[:count]
    near = sine(440, seconds, FAR_RATE, amplitude=0.1)
    near[: count // 2] = 0.0
    microphone = pcm(echo + near)
    far_frames = frames_of(far, FRAME_SAMPLES)

    bridge = SoundBridge(voice=settings)
    bridge.open()
    sent = []
    try:
        mic, speaker = fake.stream("input"), fake.stream("output")
        speaker.pull()
        for index, far_frame in enumerate(far_frames):
            bridge.play_frame(far_frame)  # pjmedia hands over the far end...
            speaker.pull()  # ...the speaker plays it...
            start = index * FRAME_SAMPLES
            mic.feed(microphone[start : start + FRAME_SAMPLES].tobytes())  # ...the mic hears
            sent.append(bridge.capture_frame())
    finally:
        bridge.close()
    return microphone / 32768.0, as_float(b"".join(sent))


def test_echo_cancellation_removes_the_echo_and_keeps_the_near_end_talker(
    fake_sd: FakeSoundDevice,
) -> None:
    pytest.importorskip("pywebrtc_audio")
    settings = VoiceSettings(echo_cancellation=True, noise_suppression=False)
    microphone, sent = run_echo_scene(settings, fake_sd)
    echo_only = slice(3 * FAR_RATE, 4 * FAR_RATE)  # converged, before the near end talks
    both = slice(6 * FAR_RATE, 8 * FAR_RATE)
    echo_drop = echo_level_db(microphone[echo_only], 440) - echo_level_db(sent[echo_only], 440)
    double_talk_drop = echo_level_db(microphone[both], 440) - echo_level_db(sent[both], 440)
    near_before = tone_level_db(microphone[both], 440, rate=FAR_RATE, band_hz=20)
    near_after = tone_level_db(sent[both], 440, rate=FAR_RATE, band_hz=20)
    print(
        f"\necho: -{echo_drop:.1f} dB alone, -{double_talk_drop:.1f} dB in double talk;"
        f" near-end 440 Hz: {near_before:.1f} -> {near_after:.1f} dBFS"
    )
    assert echo_drop > 15
    assert double_talk_drop > 8
    assert near_after > near_before - 3
    assert abs(dominant_frequency(sent[both], FAR_RATE) - 440) < 5


def test_without_echo_cancellation_the_echo_stays(fake_sd: FakeSoundDevice) -> None:
    microphone, sent = run_echo_scene(NO_PROCESSING, fake_sd)
    both = slice(6 * FAR_RATE, 8 * FAR_RATE)
    assert echo_level_db(sent[both], 440) == pytest.approx(
        echo_level_db(microphone[both], 440), abs=0.5
    )


def test_voice_processing_can_be_switched_mid_call(fake_sd: FakeSoundDevice) -> None:
    pytest.importorskip("pywebrtc_audio")
    bridge = SoundBridge(voice=NO_PROCESSING)
    bridge.open()
    try:
        assert not bridge.stats().processing
        bridge.set_voice_settings(VoiceSettings(echo_cancellation=True, noise_suppression=True))
        assert bridge.stats().processing and bridge.voice_settings.noise_suppression
        fake_sd.stream("input").feed(frame(0))
        assert len(bridge.capture_frame()) == FRAME_BYTES
        bridge.set_voice_settings(NO_PROCESSING)
        assert not bridge.stats().processing
    finally:
        bridge.close()


def test_the_canceller_goes_with_the_streams(fake_sd: FakeSoundDevice) -> None:
    """Kept between calls it held ~0.3 MB for nothing: each call's streams get a new one."""
    pytest.importorskip("pywebrtc_audio")
    bridge = SoundBridge()
    bridge.open()
    first = bridge._processor
    assert first is not None and bridge.stats().processing
    bridge.close()
    assert not bridge.stats().processing  # no canceller kept
    bridge.open()
    try:
        second = bridge._processor
        assert second is not None and second is not first
        fake_sd.stream("input").feed(frame(0))
        assert len(bridge.capture_frame()) == FRAME_BYTES
    finally:
        bridge.close()


def test_missing_processing_library_is_a_problem_not_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jego_desktop.media import echo

    def missing() -> None:
        raise ImportError("No module named 'pywebrtc_audio'")

    monkeypatch.setattr(echo, "_load_backend", missing)
    processor, problem = create_processor(VoiceSettings())
    assert processor is None and "pywebrtc-audio" in problem
    assert create_processor(NO_PROCESSING) == (None, "")


def running(check: SoundCheck) -> bool:
    return check.running  # a call, so that mypy does not narrow the property


# ----- sound check ------------------------------------------------------------------------


def test_record_collects_microphone_frames(fake_sd: FakeSoundDevice) -> None:
    bridge = SoundBridge(voice=NO_PROCESSING)
    check = SoundCheck(bridge)
    result: list[bytes] = []
    worker = threading.Thread(target=lambda: result.append(check.record(0.2)))
    worker.start()
    deadline = time.monotonic() + 2
    while not fake_sd.open_streams("input") and time.monotonic() < deadline:
        time.sleep(0.001)
    mic = fake_sd.stream("input")
    while worker.is_alive() and time.monotonic() < deadline:
        mic.feed(frame(7))
        time.sleep(0.02)
    worker.join()
    assert len(result[0]) == 10 * FRAME_BYTES
    assert frame(7) in {
        result[0][i : i + FRAME_BYTES] for i in range(0, len(result[0]), FRAME_BYTES)
    }
    assert not bridge.is_open


def test_a_call_preempts_a_loopback_and_a_check_cannot_start_during_a_call(
    fake_sd: FakeSoundDevice,
) -> None:
    bridge = SoundBridge(voice=NO_PROCESSING)
    check = SoundCheck(bridge)
    check.start_loopback()
    assert running(check) and bridge.is_open
    bridge.open()  # the engine: a call starts
    try:
        assert not running(check) and bridge.is_open
        assert devices.open_stream_count() == 2
        with pytest.raises(SoundBusyError):
            check.start_loopback()
    finally:
        bridge.close()
    assert not bridge.is_open
