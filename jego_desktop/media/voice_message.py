"""Voice messages: record the microphone into an Ogg Opus file, play one back, probe one.

Files are standard Ogg Opus (RFC 7845) written by libsndfile through `soundfile`, whose
wheels bundle libsndfile 1.2 with Ogg/Opus on Linux, macOS and Windows: a maintained
container writer (correct pre-skip, granule positions and end-of-stream page) instead
of one of our own. libsndfile drives libopus itself (20 ms frames, "audio" application
mode) at the bitrate `compression_level` selects; `OPUS_VOICE_LEVEL` gives about
24 kbit/s for mono speech.

Nothing here raises for a missing or broken sound device: `start()` and `play()`
return a problem string instead ("" when all is well). Callbacks run on a worker
thread, never on PortAudio's: re-emit them as queued Qt signals before touching widgets.
"""

from __future__ import annotations

import contextlib
import math
import os
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from jego_desktop.domain.file_transfer import MATROSKA, OGG, UNKNOWN, WAV, sniff_audio_container
from jego_desktop.domain.reasons import reason
from jego_desktop.media.devices import (
    audio_status,
    choose_device,
    portaudio_lock,
    stream_closed,
    stream_opened,
)
from jego_desktop.media.matroska_opus import (
    MAX_FILE_BYTES,
    OPUS_RATE,
    MatroskaError,
    MatroskaTooLongError,
    read_opus_track,
    track_samples,
)
from jego_desktop.media.numpy_module import load_numpy
from jego_desktop.media.voice_decoding import decode_all, ogg_opus_samples, voice_blocks
from jego_desktop.media.voice_limits import MAX_VOICE_SECONDS, TOO_LONG, VoiceTooLongError

SAMPLE_RATE = 48000
BLOCK_FRAMES = 960  # 20 ms
# libsndfile maps 0..1 linearly onto its Opus bitrate range; 0.93 is ~24 kbit/s mono.
OPUS_VOICE_LEVEL = 0.93
METER_INTERVAL_BLOCKS = 5  # a level report every 100 ms
MAX_QUEUED_BLOCKS = 500  # 10 s of audio waiting for the writer thread
FEED_BLOCKS = 30  # 3 s of decoded audio waiting for the speaker
STARVED_WAIT_S = 0.25  # how long the speaker waits for a late block before silence
SILENCE_DBFS = -120.0

if TYPE_CHECKING:  # numpy loads with the first voice message played or recorded
    import numpy as np
    import numpy.typing as npt

    Samples = npt.NDArray[np.float32]


class VoiceMessageError(Exception):
    """A recording that cannot be finished (nothing recorded, disk full...)."""


@dataclass(frozen=True)
class RecordingMeter:
    """A live reading while recording: what a level meter and a timer show."""

    elapsed_ms: int
    peak: float  # 0..1 over the last 100 ms
    level_dbfs: float  # RMS over the last 100 ms, SILENCE_DBFS for digital silence


def _load_sounddevice() -> Any:
    import sounddevice

    return sounddevice


def _load_soundfile() -> Any:
    import soundfile

    return soundfile


def _device_index(wanted: str, kind: str) -> tuple[int | None, str]:
    """(device index or None for the default, problem)."""
    status = audio_status()
    if status.problem and not (status.inputs if kind == "input" else status.outputs):
        return None, status.problem
    choice = choose_device(status, wanted, "input" if kind == "input" else "output")
    if not choice.name:
        return None, choice.problem
    return choice.index, ""


class VoiceRecorder:
    """Records the microphone (48 kHz mono) into an Ogg Opus file at `target`; used once.

    The file grows under a hidden temporary name next to `target` and gets its name only
    in `stop()`, once complete; `cancel()` deletes it. `on_meter` receives a
    `RecordingMeter` every 100 ms on the writer thread. Recording stops taking audio at
    `max_seconds`.
    """

    def __init__(
        self,
        target: Path,
        *,
        device: str = "",
        on_meter: Callable[[RecordingMeter], None] | None = None,
        max_seconds: float = 600.0,
        compression_level: float = OPUS_VOICE_LEVEL,
    ) -> None:
        self.target = target
        self._device = device
        self._on_meter = on_meter
        self._max_frames = int(max_seconds * SAMPLE_RATE)
        self._compression_level = compression_level
        self._queue: queue.Queue[Samples | None] = queue.Queue(MAX_QUEUED_BLOCKS)
        self._stream: Any = None
        self._writer: threading.Thread | None = None
        self._file: Any = None
        self._temp = target.parent / f".recording-{os.urandom(6).hex()}.ogg"
        self._frames = 0
        self.dropped_blocks = 0
        self._error: BaseException | None = None
        self._started = False
        self._np: Any = None  # numpy, bound when the microphone opens

    @property
    def elapsed_ms(self) -> int:
        return self._frames * 1000 // SAMPLE_RATE

    @property
    def duration_ms(self) -> int:
        """The length of what was recorded (final after `stop()`)."""
        return self.elapsed_ms

    def start(self) -> str:
        """Open the microphone and start recording; a problem for people, or ""."""
        if self._started:
            return "this recorder was used already; make a new one"
        try:
            soundfile = _load_soundfile()
            self._file = soundfile.SoundFile(
                self._temp,
                "w",
                samplerate=SAMPLE_RATE,
                channels=1,
                format="OGG",
                subtype="OPUS",
                compression_level=self._compression_level,
            )
        except Exception as error:  # OSError, LibsndfileError
            self._discard_file()
            return reason("the recording cannot be written (%1)", error)
        problem = self._open_microphone()
        if problem:
            self._discard_file()
            return problem
        self._writer = threading.Thread(target=self._write_loop, name="voice-writer", daemon=True)
        self._writer.start()
        self._started = True
        return ""

    def _open_microphone(self) -> str:
        try:
            with portaudio_lock():  # no re-scan between choosing the index and opening it
                index, problem = _device_index(self._device, "input")
                if problem:
                    return problem
                sd = _load_sounddevice()
                self._np = load_numpy()  # bound before the callbacks start
                self._stream = sd.InputStream(
                    samplerate=SAMPLE_RATE,
                    channels=1,
                    dtype="float32",
                    blocksize=BLOCK_FRAMES,
                    device=index,
                    callback=self._on_audio,
                )
                stream_opened()
                self._stream.start()
        except Exception as error:  # PortAudioError, OSError for a missing PortAudio
            self._close_stream()
            return reason("the microphone cannot be opened (%1)", error)
        return ""

    def stop(self) -> Path:
        """Stop recording; the finished file at `target` (raises `VoiceMessageError`)."""
        if self._file is None:
            raise VoiceMessageError(reason("nothing is being recorded"))
        self._finish()
        try:
            if self._error is not None:
                raise VoiceMessageError(reason("the recording failed (%1)", self._error))
            if self._frames == 0:
                raise VoiceMessageError(reason("no sound came from the microphone"))
            self._temp.replace(self.target)
        except BaseException:
            self._discard_file()
            raise
        return self.target

    def cancel(self) -> None:
        """Stop recording and delete what was recorded."""
        if self._file is not None:
            self._finish()
        self._discard_file()

    def _finish(self) -> None:
        self._close_stream()
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join()
            self._writer = None
        with contextlib.suppress(Exception):
            self._file.close()
        self._file = None

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        with portaudio_lock():
            with contextlib.suppress(Exception):
                stream.stop()
            with contextlib.suppress(Exception):
                stream.close()
            stream_closed()

    def _discard_file(self) -> None:
        with contextlib.suppress(Exception):
            if self._file is not None:
                self._file.close()
        self._file = None
        with contextlib.suppress(FileNotFoundError):
            self._temp.unlink()

    def _on_audio(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        # PortAudio's thread: copy and hand over, nothing else.
        np = self._np
        try:
            self._queue.put_nowait(np.array(indata[:, 0], dtype=np.float32))
        except queue.Full:
            self.dropped_blocks += 1

    def _write_loop(self) -> None:
        import numpy as np

        peak = 0.0
        energy = 0.0
        counted = 0
        blocks = 0
        while (block := self._queue.get()) is not None:
            room = self._max_frames - self._frames
            if room <= 0 or self._error is not None:
                continue
            block = block[:room]
            try:
                self._file.write(block)
            except Exception as error:  # disk full, file closed
                self._error = error
                continue
            self._frames += len(block)
            peak = max(peak, float(np.max(np.abs(block))) if len(block) else 0.0)
            energy += float(np.dot(block, block))
            counted += len(block)
            blocks += 1
            if blocks % METER_INTERVAL_BLOCKS == 0:
                self._report(peak, energy, counted)
                peak, energy, counted = 0.0, 0.0, 0

    def _report(self, peak: float, energy: float, counted: int) -> None:
        if self._on_meter is None:
            return
        mean = energy / counted if counted else 0.0
        level = 10.0 * math.log10(mean) + 3.0103 if mean > 0 else SILENCE_DBFS  # sine = 0 dBFS
        with contextlib.suppress(Exception):
            self._on_meter(
                RecordingMeter(self.elapsed_ms, min(peak, 1.0), max(level, SILENCE_DBFS))
            )


class _BlockFeed:
    """Decodes a voice message on its own thread, a few blocks ahead of the speaker.

    The queue holds at most `FEED_BLOCKS` blocks, so memory stays the same for a minute
    or for ten; `error` keeps what stopped the decoding early (a damaged or too long file).
    """

    def __init__(self, blocks: Iterator[Samples], channels: int) -> None:
        self._np = np = load_numpy()  # bound once: `read` runs on PortAudio's thread
        self._blocks = blocks
        self._channels = channels
        self._queue: queue.Queue[Samples | None] = queue.Queue(FEED_BLOCKS)
        self._closed = threading.Event()
        self._current: Samples = np.zeros((0, channels), dtype=np.float32)
        self._offset = 0
        self._ended = False
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="voice-decoder", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import numpy as np

        try:
            for block in self._blocks:
                if not self._put(np.ascontiguousarray(block[:, : self._channels])):
                    return
        except Exception as error:  # VoiceTooLongError, MatroskaError, LibsndfileError
            self.error = error
        self._put(None)

    def _put(self, block: Samples | None) -> bool:
        while not self._closed.is_set():
            try:
                self._queue.put(block, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read(self, frames: int) -> tuple[Samples, bool]:
        """Up to `frames` frames, and whether the sound has ended (nothing follows)."""
        np = self._np
        pieces: list[Samples] = []
        wanted = frames
        while wanted and not self._ended:
            if self._offset >= len(self._current):
                try:
                    block = self._queue.get(timeout=STARVED_WAIT_S)
                except queue.Empty:
                    break  # the decoder is late: silence for now
                if block is None:
                    self._ended = True
                    break
                self._current, self._offset = block, 0
            piece = self._current[self._offset : self._offset + wanted]
            self._offset += len(piece)
            wanted -= len(piece)
            pieces.append(piece)
        if not pieces:
            return np.zeros((0, self._channels), dtype=np.float32), self._ended
        return np.concatenate(pieces), self._ended

    def close(self) -> None:
        self._closed.set()
        self._thread.join(timeout=2)
        close = getattr(self._blocks, "close", None)
        if close is not None and not self._thread.is_alive():
            with contextlib.suppress(Exception):
                close()


class VoicePlayer:
    """Plays a voice message (Ogg Opus, WAV, Linphone's Matroska Opus) once; used once.

    `on_position(position_ms, duration_ms)` comes about every 100 ms and
    `on_finished()` once at the end or after `stop()`, both on a worker thread.
    The file is probed (and refused past `MAX_VOICE_SECONDS`) without decoding, then
    decoded a block at a time a few seconds ahead of the speaker. `play()` may run on a
    worker thread while another calls `stop()`.
    """

    def __init__(
        self,
        path: Path,
        *,
        device: str = "",
        on_position: Callable[[int, int], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> None:
        self.path = path
        self._device = device
        self._on_position = on_position
        self._on_finished = on_finished
        self._feed: _BlockFeed | None = None
        self._rate = SAMPLE_RATE
        self._duration_ms = 0
        self._position = 0
        self._stream: Any = None
        self._lock = threading.Lock()  # play() opening against stop() closing
        self._done = threading.Event()
        self._stopping = threading.Event()
        self._monitor: threading.Thread | None = None
        self._started = False

    @property
    def duration_ms(self) -> int:
        return self._duration_ms

    @property
    def position_ms(self) -> int:
        return self._position * 1000 // self._rate

    @property
    def problem(self) -> str:
        """Why playing stopped before the end ("" when it did not)."""
        error = None if self._feed is None else self._feed.error
        if error is None:
            return ""
        if isinstance(error, VoiceTooLongError):
            return TOO_LONG
        return reason("the voice message cannot be decoded (%1)", error)

    def play(self) -> str:
        """Probe the file and start playing; a problem for people, or ""."""
        if self._started:
            return "this player was used already; make a new one"
        self._started = True
        probe = probe_voice_file(self.path)
        if not probe.playable:
            return probe.message
        try:
            source = voice_blocks(self.path, probe.container)
        except VoiceTooLongError:
            return TOO_LONG
        except Exception as error:
            return reason("the voice message cannot be decoded (%1)", error)
        self._rate = source.rate
        self._duration_ms = probe.duration_ms or 0
        channels = max(1, min(source.channels, 2))
        with self._lock:
            if self._stopping.is_set():
                return ""
            self._feed = _BlockFeed(source.blocks, channels)
            problem = self._open_speaker(channels)
            if problem:
                self._feed.close()
                return problem
            self._monitor = threading.Thread(target=self._watch, name="voice-player", daemon=True)
            self._monitor.start()
        return ""

    def _open_speaker(self, channels: int) -> str:
        try:
            with portaudio_lock():  # no re-scan between choosing the index and opening it
                index, problem = _device_index(self._device, "output")
                if problem:
                    return problem
                sd = _load_sounddevice()
                callback = self._make_callback(sd.CallbackStop)
                self._stream = sd.OutputStream(
                    samplerate=self._rate,
                    channels=channels,
                    dtype="float32",
                    blocksize=self._rate // 50,
                    device=index,
                    callback=callback,
                    finished_callback=self._done.set,
                )
                stream_opened()
                self._stream.start()
        except Exception as error:
            self._close_stream()
            return reason("the speaker cannot be opened (%1)", error)
        return ""

    def stop(self) -> None:
        """Stop playing (if playing) and release the speaker."""
        self._stopping.set()
        self._done.set()
        with self._lock:
            if self._monitor is not None:
                self._monitor.join()
                self._monitor = None
            self._close_stream()
            if self._feed is not None:
                self._feed.close()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until playback ends; False on a timeout."""
        return self._done.wait(timeout)

    def _make_callback(self, stop: type[Exception]) -> Callable[..., None]:
        feed = self._feed
        assert feed is not None

        def callback(outdata: Any, frames: int, time: Any, status: Any) -> None:
            chunk, ended = feed.read(frames)
            outdata[: len(chunk)] = chunk
            outdata[len(chunk) :] = 0
            self._position += len(chunk)
            if ended:  # what was decoded, whatever the file declared
                self._duration_ms = self.position_ms
            if ended or self._stopping.is_set():
                raise stop

        return callback

    def _watch(self) -> None:
        while not self._done.wait(0.1):
            self._report_position()
        self._report_position()
        self._close_stream()
        if self._on_finished is not None:
            with contextlib.suppress(Exception):
                self._on_finished()

    def _report_position(self) -> None:
        if self._on_position is not None:
            with contextlib.suppress(Exception):
                self._on_position(self.position_ms, self.duration_ms)

    def _close_stream(self) -> None:
        with portaudio_lock():
            stream, self._stream = self._stream, None
            if stream is None:
                return
            with contextlib.suppress(Exception):
                stream.close()
            stream_closed()


class VoiceProbe(NamedTuple):
    """What a voice-message file holds and whether it can be played here."""

    container: str  # "wav", "ogg", "matroska" or "unknown"
    playable: bool
    duration_ms: int | None
    message: str  # for people: why it cannot be played ("" when it can)


def probe_voice_file(path: Path) -> VoiceProbe:
    """Look inside a received voice message without decoding it; never raises.

    Linphone declares its recordings `audio/wav` whatever they hold; Linphone desktop
    records Opus in Matroska (.mka), read by `matroska_opus`. A file longer than
    `MAX_VOICE_SECONDS` (by what its packets can decode to, or by what it declares) is
    not playable, with `TOO_LONG` as its message.
    """
    try:
        with open(path, "rb") as stream:
            head = stream.read(64)
    except OSError as error:
        return VoiceProbe(
            UNKNOWN, False, None, reason("the voice message cannot be read (%1)", error)
        )
    container = sniff_audio_container(head)
    if container == MATROSKA:
        return _probe_matroska(path)
    if container not in (WAV, OGG):
        return VoiceProbe(container, False, None, reason("this file is not a sound format we know"))
    try:
        if container == OGG:
            ogg_opus_samples(path)  # refuses a bomb before libsndfile reads it
        info = _load_soundfile().info(path)
    except VoiceTooLongError:
        return VoiceProbe(container, False, None, TOO_LONG)
    except Exception as error:
        kind = "WAV" if container == WAV else "Ogg"
        return VoiceProbe(
            container, False, None, reason("this %1 file cannot be decoded here (%2)", kind, error)
        )
    seconds = float(info.duration)
    if not math.isfinite(seconds) or seconds > MAX_VOICE_SECONDS:
        return VoiceProbe(container, False, None, TOO_LONG)
    return VoiceProbe(container, True, round(seconds * 1000), "")


def _probe_matroska(path: Path) -> VoiceProbe:
    try:
        with open(path, "rb") as stream:
            track = read_opus_track(stream.read(MAX_FILE_BYTES + 1))
        duration_ms = track.duration_ms
        if duration_ms is None:
            duration_ms = track_samples(track) * 1000 // OPUS_RATE
    except MatroskaTooLongError:
        return VoiceProbe(MATROSKA, False, None, TOO_LONG)
    except MatroskaError as error:
        return VoiceProbe(
            MATROSKA, False, None, reason("this Matroska file cannot be played: %1", error)
        )
    except Exception as error:  # a file that vanished
        return VoiceProbe(
            MATROSKA, False, None, reason("the voice message cannot be read (%1)", error)
        )
    return VoiceProbe(MATROSKA, True, duration_ms, "")


def decode_voice_file(path: Path, container: str) -> tuple[Samples, int]:
    """(samples shaped (frames, channels), sample rate) of a WAV, Ogg or Matroska file,
    at most `MAX_VOICE_SECONDS` of it (`VoiceTooLongError` past that)."""
    return decode_all(path, container)
