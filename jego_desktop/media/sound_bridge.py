"""The call's sound on real devices: an AudioEndpoint over PortAudio (`sounddevice`).

    microphone -> CaptureStream -> [captured] -> capture_frame() -> echo/noise processing -> call
    call -> play_frame() -> [speaker] -> PlaybackStream -> speaker
                                             └-> [played] -> (far-end reference of the AEC)

Microphone and speaker on the same device share one duplex stream (sound_streams.py).

Threads. `open`, `close`, `switch_devices`, `set_voice_settings` and `list_devices` may be
called on any thread (the engine calls open/close on its own); a lock serialises them.
`capture_frame` and `play_frame` run on pjmedia's clock thread (or a SoundCheck's) and the
stream callbacks on PortAudio's threads; these share nothing but the three FrameQueues, so
none of them ever waits for another. The echo canceller runs on the clock thread only.

Failures never raise: a device that cannot be opened leaves the call connected and silent
on that side; `problem` says what is wrong and `on_problem` (any thread; keep it short, e.g.
emit a Qt signal) is told each time something goes wrong.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from jego_desktop.domain.audio import FRAME_MS, SAMPLE_RATE, SILENCE
from jego_desktop.domain.reasons import reason
from jego_desktop.media import devices
from jego_desktop.media.devices import AudioStatus, DeviceChoice, Kind
from jego_desktop.media.echo import VoiceProcessor, VoiceSettings, create_processor
from jego_desktop.media.frame_queue import FrameQueue, QueueStats
from jego_desktop.media.sound_streams import (
    FALLBACK_RATES,
    CaptureStream,
    DeviceSide,
    DuplexStream,
    PlaybackStream,
    fits,
)

log = logging.getLogger(__name__)

ProblemListener = Callable[[str], None]

# A microphone that has delivered nothing this long after opening is reported.
SILENT_MICROPHONE_S = 2.0
_QUEUE_CAPACITY = 8  # 160 ms: far more than steady state ever holds


@dataclass(frozen=True)
class BridgeStats:
    """A snapshot for diagnostics and tests."""

    is_open: bool
    processing: bool  # echo cancellation / noise suppression at work
    duplex: bool  # microphone and speaker on one PortAudio stream
    input_device: str
    output_device: str
    input_rate: int
    output_rate: int
    input_latency_s: float
    output_latency_s: float
    captured: QueueStats
    speaker: QueueStats
    reference: QueueStats
    capture_callbacks: int
    playback_callbacks: int


class SoundBridge:
    """AudioEndpoint on the sound card: microphone and speaker chosen by name.

    `input_name`/`output_name` "" mean the system default. A named device that is missing
    when the streams open is replaced by the default, and `problem` says so. `device_rate`
    forces the device sample rate (otherwise 16 kHz when the device takes it, else the
    first of FALLBACK_RATES it takes), `latency` is PortAudio's ("low", "high" or seconds),
    `block_ms` the device block: 20 ms (default) costs least CPU, 10 ms takes ~40 ms off the
    round trip for ~0.5 point of a core more (figures in tests/bench/test_bridge_bench.py).
    """

    def __init__(
        self,
        input_name: str = "",
        output_name: str = "",
        *,
        voice: VoiceSettings | None = None,
        device_rate: int | None = None,
        latency: str | float = "low",
        block_ms: int = 20,
        on_problem: ProblemListener | None = None,
    ) -> None:
        self.on_problem = on_problem
        self._input_name = input_name
        self._output_name = output_name
        self._voice = voice if voice is not None else VoiceSettings()
        self._device_rate = device_rate
        self._latency = latency
        self._block_ms = block_ms
        self._lock = threading.RLock()
        self._call_open = False
        self._check_stop: Callable[[], None] | None = None
        self._rescan_pending = False
        # a stream runs on a stand-in for the chosen device, or lost its device: a
        # change in the system's devices is worth reopening the streams for
        self._devices_wanted = False
        self._capture: DeviceSide | None = None
        self._playback: DeviceSide | None = None
        self._duplex = False  # the two are the sides of one DuplexStream
        self._active_input = ""
        self._active_output = ""
        self._problems: list[str] = []
        self._captured: FrameQueue[bytes] = FrameQueue(_QUEUE_CAPACITY)
        self._speaker: FrameQueue[bytes] = FrameQueue(_QUEUE_CAPACITY)
        self._reference: FrameQueue[bytes] = FrameQueue(_QUEUE_CAPACITY)
        # Clock-thread state.
        self._dsp_lock = threading.Lock()
        self._processor: VoiceProcessor | None = None
        self._empty_reads = 0
        self._silent_reported = False

    # ----- AudioEndpoint -------------------------------------------------------------------

    def open(self) -> None:
        """Start the devices for a call (a running sound check gives way)."""
        while True:
            with self._lock:
                stop = self._check_stop
                if stop is None:
                    self._call_open = True
                    self._start_streams()
                    return
            stop()  # joins the check's thread: not under our lock, it may be waiting for it

    def close(self) -> None:
        with self._lock:
            self._call_open = False
            if self._check_stop is None:
                self._stop_streams()

    def capture_frame(self) -> bytes:
        frame = self._captured.get()
        reference = self._reference.get()
        if frame is None:
            self._note_empty_read()
            return SILENCE
        self._empty_reads = 0
        processor = self._processor
        if processor is None:
            return frame
        with self._dsp_lock:
            try:
                return processor.process_frame(frame, reference)
            except Exception as error:
                self._processor = None
                self._report(reason("echo cancellation failed and is off (%1)", error))
                return frame

    def play_frame(self, frame: bytes) -> None:
        self._speaker.put(frame)

    # ----- state ---------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._capture is not None or self._playback is not None

    @property
    def input_name(self) -> str:
        """The microphone asked for ("" = system default)."""
        return self._input_name

    @property
    def output_name(self) -> str:
        return self._output_name

    @property
    def active_input(self) -> str:
        """The microphone in use ("" when none is open)."""
        return self._active_input

    @property
    def active_output(self) -> str:
        return self._active_output

    @property
    def problem(self) -> str:
        """What went wrong since the devices were last (re)opened; "" when all is well."""
        return "; ".join(self._problems)

    @property
    def voice_settings(self) -> VoiceSettings:
        return self._voice

    def speaker_backlog(self) -> int:
        """Frames given to `play_frame` that the speaker has not taken yet."""
        return len(self._speaker)

    def stats(self) -> BridgeStats:
        capture, playback = self._capture, self._playback
        return BridgeStats(
            is_open=capture is not None or playback is not None,
            processing=self._processor is not None,
            duplex=self._duplex and capture is not None,
            input_device=self._active_input,
            output_device=self._active_output,
            input_rate=capture.rate if capture else 0,
            output_rate=playback.rate if playback else 0,
            input_latency_s=capture.latency if capture else 0.0,
            output_latency_s=playback.latency if playback else 0.0,
            captured=replace(self._captured.stats),
            speaker=replace(self._speaker.stats),
            reference=replace(self._reference.stats),
            capture_callbacks=capture.callbacks if capture else 0,
            playback_callbacks=playback.callbacks if playback else 0,
        )

    # ----- settings ------------------------------------------------------------------------

    def switch_devices(self, input_name: str, output_name: str) -> None:
        """Use these devices from now on ("" = default); reopens the streams if running."""
        with self._lock:
            self._input_name = input_name
            self._output_name = output_name
            if self._capture is not None or self._playback is not None:
                self._stop_streams(rescan=False)
                self._start_streams(fresh=False)

    def set_voice_settings(self, settings: VoiceSettings) -> None:
        """Turn echo cancellation / noise suppression on or off, mid-call too."""
        with self._lock:
            self._voice = settings
            if self._capture is not None or self._playback is not None:
                self._install_processor()

    def list_devices(self, rescan: bool = False) -> AudioStatus:
        """The devices PortAudio knows; `rescan` re-scans first, or as soon as streams close.

        See `devices.rescan_devices` for why a re-scan must wait for open streams.
        """
        if rescan and not devices.rescan_devices():
            with self._lock:
                self._rescan_pending = True
        return devices.audio_status()

    def reload_devices(self) -> AudioStatus | None:
        """After the system's devices changed: re-scan, and follow the change mid-call.

        Idle, it re-scans at once. With streams open it reopens them around the re-scan
        only when they need it (a chosen device was missing and may be back, or a stream
        lost its device): they then take the chosen device if present, else the default.
        Streams that are fine are left alone and the re-scan waits for them to close.
        Returns the new device list, or None when the re-scan had to wait.
        """
        with self._lock:
            running = self._capture is not None or self._playback is not None
            if running and not self._devices_wanted:
                self._rescan_pending = True
                return None
            if running:
                self._stop_streams(rescan=False)
            try:
                if not devices.rescan_devices():  # another stream (the ringer) is open
                    self._rescan_pending = True
                    return None
                self._rescan_pending = False
                return devices.audio_status()
            finally:
                if running:
                    self._start_streams(fresh=False)

    # ----- sound check hand-over (used by SoundCheck) ----------------------------------------

    def open_for_check(self, stop: Callable[[], None]) -> bool:
        """Start the devices for a sound check; False when a call holds them.

        `stop` is called (on the thread that opens for a call) to end the check when a call
        needs the devices; it must call `close_for_check`.
        """
        with self._lock:
            if self._call_open or self._check_stop is not None:
                return False
            self._check_stop = stop
            self._start_streams()
            return True

    def close_for_check(self) -> None:
        with self._lock:
            self._check_stop = None
            if not self._call_open:
                self._stop_streams()

    # ----- streams (under _lock) -----------------------------------------------------------

    def _start_streams(self, fresh: bool = True) -> None:
        """Open and start both streams; `fresh` for a new call (a switch keeps the queues)."""
        if self._capture is not None or self._playback is not None:
            return
        self._problems = []
        self._empty_reads = 0
        self._silent_reported = False
        self._devices_wanted = False
        if fresh:
            self._captured.clear()
            self._speaker.clear()
            self._reference.clear()
        try:
            sd = devices._load_sounddevice()
        except OSError as error:
            self._report(reason("the PortAudio library is missing (%1)", error))
            return
        with devices.portaudio_lock():
            status = devices.audio_status()
            microphone = self._choose(status, self._input_name, "input")
            speaker = self._choose(status, self._output_name, "output")
            duplex = self._open_duplex(sd, status, microphone, speaker)
            self._duplex = duplex is not None
            if duplex is not None:
                self._capture, self._playback = duplex.capture, duplex.playback
            else:
                self._capture = self._open_capture(sd, status, microphone)
                self._playback = self._open_playback(sd, status, speaker)
        self._install_processor()  # a fresh one: the last call's echo path is stale
        if self._capture is not None and not self._start(self._capture, "microphone"):
            self._capture = None
            self._active_input = ""
        if self._playback is not None and not self._start(self._playback, "speaker"):
            self._playback = None
            self._active_output = ""
        log.info(
            "sound devices open: in %r at %s Hz, out %r at %s Hz",
            self._active_input,
            self._capture.rate if self._capture else "-",
            self._active_output,
            self._playback.rate if self._playback else "-",
        )

    def _start(self, stream: DeviceSide, label: str) -> bool:
        try:
            stream.start()
        except Exception as error:
            self._report(
                reason(
                    "the microphone did not start (%1)"
                    if label == "microphone"
                    else "the speaker did not start (%1)",
                    error,
                )
            )
            with devices.portaudio_lock():
                stream.stop()
                devices.stream_closed()
            return False
        return True

    def _choose(self, status: AudioStatus, wanted: str, kind: Kind) -> DeviceChoice:
        choice = devices.choose_device(status, wanted, kind)
        if choice.problem:
            self._devices_wanted = True
            self._report(choice.problem)
        return choice

    def _open_duplex(
        self, sd: Any, status: AudioStatus, microphone: DeviceChoice, speaker: DeviceChoice
    ) -> DuplexStream | None:
        """One stream for both directions when both are on the same device (the same
        clock) and take the same rate; None to open two streams."""
        if not (microphone.name and speaker.name) or microphone.index != speaker.index:
            return None
        try:
            rate = self._pick_rate(sd, microphone.index, "input", status)
            if self._pick_rate(sd, speaker.index, "output", status) != rate:
                return None
            stream = DuplexStream(
                sd,
                microphone.index,
                rate,
                self._block_ms,
                self._latency,
                self._captured,
                self._speaker,
                self._reference,
                (
                    lambda: self._lost(reason("the microphone stopped (disconnected?)")),
                    lambda: self._lost(reason("the speaker stopped (disconnected?)")),
                ),
            )
        except Exception as error:  # two streams may still work: they say what fails
            log.info("no duplex stream on %r (%s); opening two", microphone.name, error)
            return None
        devices.stream_opened()
        devices.stream_opened()  # counted as two: each side is stopped (and counted) alone
        self._active_input = microphone.name
        self._active_output = speaker.name
        return stream

    def _open_capture(
        self, sd: Any, status: AudioStatus, choice: DeviceChoice
    ) -> CaptureStream | None:
        if not choice.name:
            return None
        try:
            rate = self._pick_rate(sd, choice.index, "input", status)
            stream = CaptureStream(
                sd,
                choice.index,
                rate,
                self._block_ms,
                self._latency,
                self._captured,
                lambda: self._lost(reason("the microphone stopped (disconnected?)")),
            )
        except Exception as error:
            self._report(reason("the microphone “%1” cannot be opened (%2)", choice.name, error))
            return None
        devices.stream_opened()
        self._active_input = choice.name
        return stream

    def _open_playback(
        self, sd: Any, status: AudioStatus, choice: DeviceChoice
    ) -> PlaybackStream | None:
        if not choice.name:
            return None
        try:
            rate = self._pick_rate(sd, choice.index, "output", status)
            stream = PlaybackStream(
                sd,
                choice.index,
                rate,
                self._block_ms,
                self._latency,
                self._speaker,
                self._reference,
                lambda: self._lost(reason("the speaker stopped (disconnected?)")),
            )
        except Exception as error:
            self._report(reason("the speaker “%1” cannot be opened (%2)", choice.name, error))
            return None
        devices.stream_opened()
        self._active_output = choice.name
        return stream

    def _pick_rate(self, sd: Any, index: int | None, kind: Kind, status: AudioStatus) -> int:
        if self._device_rate is not None:
            return self._device_rate
        check = sd.check_input_settings if kind == "input" else sd.check_output_settings
        native = [
            int(d.default_samplerate)
            for d in (status.inputs if kind == "input" else status.outputs)
            if d.index == index
        ]
        rates = [SAMPLE_RATE, *native, *FALLBACK_RATES]
        for rate in dict.fromkeys(rates):
            if not fits(rate, self._block_ms):
                continue
            try:
                check(device=index, channels=1, dtype="int16", samplerate=rate)
            except Exception:
                continue
            return rate
        raise RuntimeError(reason("it takes none of the usual sample rates in mono"))

    def _stop_streams(self, rescan: bool = True) -> None:
        streams = [s for s in (self._capture, self._playback) if s is not None]
        self._capture = None
        self._playback = None
        self._active_input = ""
        self._active_output = ""
        with self._dsp_lock:  # the next streams get a fresh one: no need to keep it
            self._processor = None
        with devices.portaudio_lock():
            for stream in streams:
                try:
                    stream.stop()
                except Exception as error:
                    log.warning("closing a sound stream: %s", error)
                devices.stream_closed()
        if rescan and self._rescan_pending and devices.rescan_devices():
            self._rescan_pending = False

    def _install_processor(self) -> None:
        processor, problem = create_processor(self._voice, self._stream_delay_ms())
        if problem:
            self._report(problem)
        with self._dsp_lock:
            self._processor = processor

    def _stream_delay_ms(self) -> int:
        """A first guess of the echo's delay: both devices' latencies plus a frame queued."""
        capture, playback = self._capture, self._playback
        latency = (capture.latency if capture else 0.0) + (playback.latency if playback else 0.0)
        return round(latency * 1000) + FRAME_MS

    # ----- problems ------------------------------------------------------------------------

    def _note_empty_read(self) -> None:
        capture = self._capture
        if capture is None or self._silent_reported:
            return
        self._empty_reads += 1
        if self._empty_reads * FRAME_MS >= SILENT_MICROPHONE_S * 1000:
            self._silent_reported = True
            self._report(reason("the microphone “%1” delivers no sound", self._active_input))

    def _lost(self, message: str) -> None:
        self._devices_wanted = True
        self._report(message)

    def _report(self, message: str) -> None:
        log.warning("sound: %s", message)
        self._problems.append(message)
        listener = self.on_problem
        if listener is not None:
            try:
                listener(message)
            except Exception:
                log.exception("the sound problem listener failed")
