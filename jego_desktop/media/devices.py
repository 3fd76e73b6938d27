"""What sound devices the system offers, without ever failing when it has none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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

    @property
    def usable(self) -> bool:
        return bool(self.inputs and self.outputs)


def _load_sounddevice() -> Any:
    import sounddevice  # PortAudio is loaded here; missing libportaudio raises OSError

    return sounddevice


def audio_status() -> AudioStatus:
    try:
        sd = _load_sounddevice()
        raw = sd.query_devices()
        apis = [api["name"] for api in sd.query_hostapis()]
    except OSError as error:
        return AudioStatus((), (), f"the PortAudio library is missing ({error})")
    except Exception as error:  # PortAudioError and friends
        return AudioStatus((), (), f"the sound system did not answer ({error})")
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
        problem = "no sound device was found"
    elif not inputs:
        problem = "no microphone was found"
    elif not outputs:
        problem = "no speaker was found"
    return AudioStatus(inputs, outputs, problem)
