"""What sound devices the system offers, without ever failing when it has none.

Devices are chosen by name (PortAudio's indices change whenever a device comes or goes).

PortAudio scans devices only when it initialises (at `import sounddevice`); seeing a
device plugged in later takes a re-initialisation, which closes every open stream of the
process. So `rescan_devices()` re-scans only while no stream is open: every stream this
package opens is counted (`stream_opened`/`stream_closed`, under `portaudio_lock`), and a
re-scan asked for during a call is refused; the caller asks again later (the bridge does
it when its streams close).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from jego_desktop.domain.reasons import reason

Kind = Literal["input", "output"]


@dataclass(frozen=True)
class AudioDevice:
    index: int
    name: str
    host_api: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float


@dataclass(frozen=True)
class AudioStatus:
    """The devices found, or the reason there is no sound."""

    inputs: tuple[AudioDevice, ...]
    outputs: tuple[AudioDevice, ...]
    problem: str = ""
    default_input: str = ""  # names of the system's default devices ("" when none)
    default_output: str = ""
    default_host_api: str = ""

    @property
    def usable(self) -> bool:
        return bool(self.inputs and self.outputs)


_scanned = False  # PortAudio has listed the devices once (audio_status() ran)


def _load_sounddevice() -> Any:
    import sounddevice  # PortAudio is loaded here; missing libportaudio raises OSError

    return sounddevice


def devices_scanned() -> bool:
    """Whether PortAudio has been started and asked for its devices in this process."""
    return _scanned


def sound_system_seen() -> bool:
    """Whether Linux shows a sound server or card without loading PortAudio.

    PortAudio's start (`import sounddevice`) opens every ALSA plugin there is (a52 brings
    FFmpeg's codecs, jack, oss...): ~25 MB and ~0.1 s. At start the app only needs to
    know whether to say "no sound"; where a server or a card is there, the devices are
    scanned when first needed (a call, the ringer, the settings, a voice message) and a
    problem is said then. Elsewhere (False) the caller asks PortAudio at once.
    """
    if not sys.platform.startswith("linux"):
        return False
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    sockets = [Path("/run/pulse/native")]
    if runtime:
        sockets += [Path(runtime, "pulse", "native"), Path(runtime, "pipewire-0")]
    if any(path.exists() for path in sockets):
        return True
    snd = Path("/dev/snd")
    return snd.is_dir() and any(entry.name.startswith("pcmC") for entry in snd.iterdir())


def audio_status() -> AudioStatus:
    global _scanned
    try:
        sd = _load_sounddevice()
        _scanned = True
        with portaudio_lock():
            raw = sd.query_devices()
            apis = [api["name"] for api in sd.query_hostapis()]
            default_api = int(sd.default.hostapi) if apis else -1
            default_in, default_out = (int(i) for i in sd.default.device)
    except OSError as error:
        return AudioStatus((), (), reason("the PortAudio library is missing (%1)", error))
    except Exception as error:  # PortAudioError and friends
        return AudioStatus((), (), reason("the sound system did not answer (%1)", error))
    devices = [
        AudioDevice(
            index=i,
            name=str(d["name"]),
            host_api=apis[d["hostapi"]] if d["hostapi"] < len(apis) else "",
            max_input_channels=int(d["max_input_channels"]),
            max_output_channels=int(d["max_output_channels"]),
            default_samplerate=float(d["default_samplerate"]),
        )
        for i, d in enumerate(raw)
    ]
    inputs = tuple(d for d in devices if d.max_input_channels > 0)
    outputs = tuple(d for d in devices if d.max_output_channels > 0)
    problem = ""
    if not inputs and not outputs:
        problem = reason("no sound device was found")
    elif not inputs:
        problem = reason("no microphone was found")
    elif not outputs:
        problem = reason("no speaker was found")
    return AudioStatus(
        inputs,
        outputs,
        problem,
        default_input=devices[default_in].name if 0 <= default_in < len(devices) else "",
        default_output=devices[default_out].name if 0 <= default_out < len(devices) else "",
        default_host_api=apis[default_api] if 0 <= default_api < len(apis) else "",
    )


# ALSA device names end in their card and device numbers, which change on re-plugging.
_ALSA_NUMBERS = re.compile(r"\s*\(hw:\d+,\d+\)$")


def _base_name(name: str) -> str:
    return _ALSA_NUMBERS.sub("", name).strip()


def find_device(status: AudioStatus, name: str, kind: Kind) -> AudioDevice | None:
    """The device called `name` (ignoring ALSA card numbers), preferring the default host API.

    The same device shows up once per host API on Windows (MME, DirectSound, WASAPI...).
    """
    devices = status.inputs if kind == "input" else status.outputs
    for match in (lambda d: d.name == name, lambda d: _base_name(d.name) == _base_name(name)):
        found = [d for d in devices if match(d)]
        if found:
            preferred = [d for d in found if d.host_api == status.default_host_api]
            return (preferred or found)[0]
    return None


@dataclass(frozen=True)
class DeviceChoice:
    """The device to open for a wanted name: `index` None means the system default."""

    index: int | None
    name: str  # what is actually used, for people ("" when there is no device at all)
    problem: str = ""  # set when the wanted device is missing and the default stands in


def choose_device(status: AudioStatus, wanted: str, kind: Kind) -> DeviceChoice:
    """Resolve a remembered device name; "" asks for the system default."""
    microphone = kind == "input"
    default = status.default_input if microphone else status.default_output
    if wanted:
        device = find_device(status, wanted, kind)
        if device is not None:
            return DeviceChoice(device.index, device.name)
        if default:
            problem = reason(
                "the microphone “%1” is not connected; using the system default (%2)"
                if microphone
                else "the speaker “%1” is not connected; using the system default (%2)",
                wanted,
                default,
            )
            return DeviceChoice(None, default, problem)
        return DeviceChoice(
            None,
            "",
            reason(
                "the microphone “%1” is not connected"
                if microphone
                else "the speaker “%1” is not connected",
                wanted,
            ),
        )
    if default:
        return DeviceChoice(None, default)
    return DeviceChoice(
        None, "", reason("no microphone was found" if microphone else "no speaker was found")
    )


# ----- PortAudio re-initialisation -------------------------------------------------------

_lock = threading.RLock()
_open_streams = 0


@contextlib.contextmanager
def portaudio_lock() -> Iterator[None]:
    """Held while opening, closing or querying streams, so no re-scan runs meanwhile."""
    with _lock:
        yield


def stream_opened() -> None:
    """Count a PortAudio stream as open (call under `portaudio_lock`)."""
    global _open_streams
    with _lock:
        _open_streams += 1


def stream_closed() -> None:
    global _open_streams
    with _lock:
        _open_streams = max(0, _open_streams - 1)


def open_stream_count() -> int:
    with _lock:
        return _open_streams


def rescan_devices() -> bool:
    """Make PortAudio look for devices again; False (nothing done) while a stream is open.

    Takes from a few milliseconds to a second (ALSA probes every card): not on the GUI
    thread.
    """
    try:
        sd = _load_sounddevice()
    except OSError:
        return False
    with _lock:
        if _open_streams:
            return False
        sd._terminate()
        sd._initialize()
    return True
