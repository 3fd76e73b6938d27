"""A stand-in for the `sounddevice` module: devices from a list, streams driven by the test.

Streams never run by themselves: a test calls `stream.feed(...)` (input) or
`stream.pull()` (output), which call the stream's callback the way PortAudio would.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from jego_desktop.media import devices


class PortAudioError(Exception):
    pass


class FakeStream:
    def __init__(self, owner: FakeSoundDevice, kind: str, **kwargs: Any) -> None:
        if kind == "duplex":
            owner.check("input", kwargs["device"][0], kwargs["samplerate"])
            owner.check("output", kwargs["device"][1], kwargs["samplerate"])
        else:
            owner.check(kind, kwargs["device"], kwargs["samplerate"])
        if owner.fail_open.get(kind):
            raise PortAudioError(owner.fail_open[kind])
        self.kind = kind
        self.kwargs = kwargs
        self.callback = kwargs["callback"]
        self.finished_callback = kwargs["finished_callback"]
        self.latency: float | tuple[float, float] = (0.02, 0.03) if kind == "duplex" else 0.02
        self.started = False
        self.closed = False
        owner.streams.append(self)

    @property
    def device(self) -> int | None:
        device: int | None = self.kwargs["device"]
        return device

    @property
    def samplerate(self) -> int:
        return int(self.kwargs["samplerate"])

    @property
    def blocksize(self) -> int:
        return int(self.kwargs["blocksize"])

    def start(self) -> None:
        self.started = True

    def abort(self, ignore_errors: bool = True) -> None:
        self.started = False

    def close(self, ignore_errors: bool = True) -> None:
        self.closed = True
        if self.finished_callback is not None:
            self.finished_callback()

    def feed(self, samples: bytes) -> None:
        """Deliver int16 samples to an input stream's callback, block by block."""
        assert self.kind == "input" and self.started
        size = self.blocksize * 2
        for start in range(0, len(samples), size):
            block = samples[start : start + size]
            self.callback(block, len(block) // 2, None, None)

    def exchange(self, samples: bytes) -> bytes:
        """A duplex stream: deliver int16 samples block by block; the bytes written."""
        assert self.kind == "duplex" and self.started
        size = self.blocksize * 2
        written = b""
        for start in range(0, len(samples), size):
            out = bytearray(size)
            self.callback(samples[start : start + size], out, self.blocksize, None, None)
            written += bytes(out)
        return written

    def pull(self) -> bytes:
        """Ask an output stream's callback for 20 ms, block by block; the bytes written."""
        assert self.kind == "output" and self.started
        written = b""
        for _ in range(self.samplerate // 50 // self.blocksize):
            out = bytearray(self.blocksize * 2)
            self.callback(out, self.blocksize, None, None)
            written += bytes(out)
        return written


def device(name: str, inputs: int = 1, outputs: int = 1, rate: float = 48000.0) -> dict[str, Any]:
    return {
        "name": name,
        "hostapi": 0,
        "max_input_channels": inputs,
        "max_output_channels": outputs,
        "default_samplerate": rate,
    }


class _Default:
    def __init__(self) -> None:
        self.device = [0, 0]
        self.hostapi = 0


class FakeSoundDevice:
    """The parts of `sounddevice` the media package uses."""

    PortAudioError = PortAudioError

    def __init__(self) -> None:
        self.devices: list[dict[str, Any]] = [device("default"), device("USB Headset")]
        self.hostapis = [{"name": "ALSA"}]
        self.default = _Default()
        self.rates: dict[str, set[int]] = {}  # device name -> accepted rates (all if absent)
        self.fail_open: dict[str, str] = {}  # "input"/"output"/"duplex" -> PortAudio error
        self.fail_open["duplex"] = "duplex streams are not faked unless a test asks"
        self.streams: list[FakeStream] = []
        self.rescans = 0

    # --- queries ---
    def query_devices(self) -> list[dict[str, Any]]:
        return list(self.devices)

    def query_hostapis(self) -> list[dict[str, Any]]:
        return list(self.hostapis)

    def check(self, kind: str, index: int | None, samplerate: int) -> None:
        if index is None:
            index = self.default.device[0 if kind == "input" else 1]
        if not 0 <= index < len(self.devices):
            raise PortAudioError("Error querying device -1")
        accepted = self.rates.get(self.devices[index]["name"])
        if accepted is not None and samplerate not in accepted:
            raise PortAudioError("Invalid sample rate")

    def check_input_settings(self, device: int | None = None, **kwargs: Any) -> None:
        self.check("input", device, kwargs["samplerate"])

    def check_output_settings(self, device: int | None = None, **kwargs: Any) -> None:
        self.check("output", device, kwargs["samplerate"])

    # --- streams ---
    def RawInputStream(self, **kwargs: Any) -> FakeStream:
        return FakeStream(self, "input", **kwargs)

    def RawOutputStream(self, **kwargs: Any) -> FakeStream:
        return FakeStream(self, "output", **kwargs)

    def RawStream(self, **kwargs: Any) -> FakeStream:
        return FakeStream(self, "duplex", **kwargs)

    def open_streams(self, kind: str) -> list[FakeStream]:
        return [s for s in self.streams if s.kind == kind and not s.closed]

    def stream(self, kind: str) -> FakeStream:
        (found,) = self.open_streams(kind)
        return found

    # --- re-initialisation ---
    def _terminate(self) -> None:
        self.rescans += 1

    def _initialize(self) -> None:
        pass


@pytest.fixture
def fake_sd(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSoundDevice]:
    fake = FakeSoundDevice()
    monkeypatch.setattr(devices, "_load_sounddevice", lambda: fake)
    monkeypatch.setattr(devices, "_scanned", True)  # as after the app's first sound
    yield fake
    assert devices.open_stream_count() == 0, "a test left a stream counted as open"
