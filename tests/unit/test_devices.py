"""Device listing, choice by name with fallback, and the guarded PortAudio re-scan."""

from __future__ import annotations

import pytest

from jego_desktop.media import devices
from jego_desktop.media.devices import AudioDevice, AudioStatus, choose_device, find_device
from tests.unit.fake_sounddevice import FakeSoundDevice, device, fake_sd

__all__ = ["fake_sd"]


def test_status_lists_inputs_outputs_and_defaults(fake_sd: FakeSoundDevice) -> None:
    fake_sd.devices = [device("Mic only", outputs=0), device("Speaker only", inputs=0)]
    fake_sd.default.device = [0, 1]
    status = devices.audio_status()
    assert [d.name for d in status.inputs] == ["Mic only"]
    assert [d.name for d in status.outputs] == ["Speaker only"]
    assert (status.default_input, status.default_output) == ("Mic only", "Speaker only")
    assert status.default_host_api == "ALSA" and status.usable and status.problem == ""


def test_status_without_devices_explains_itself(fake_sd: FakeSoundDevice) -> None:
    fake_sd.devices = []
    fake_sd.default.device = [-1, -1]
    status = devices.audio_status()
    assert not status.usable and status.problem == "no sound device was found"
    assert status.default_input == status.default_output == ""


def test_status_without_portaudio(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise OSError("PortAudio library not found")

    monkeypatch.setattr(devices, "_load_sounddevice", missing)
    status = devices.audio_status()
    assert not status.usable and "PortAudio library is missing" in status.problem


def _status(*devs: AudioDevice, default: str = "default", api: str = "ALSA") -> AudioStatus:
    return AudioStatus(
        devs, devs, default_input=default, default_output=default, default_host_api=api
    )


def _dev(index: int, name: str, api: str = "ALSA") -> AudioDevice:
    return AudioDevice(index, name, api, 2, 2, 48000.0)


def test_find_device_by_exact_name_then_ignoring_alsa_card_numbers() -> None:
    status = _status(_dev(0, "default"), _dev(1, "USB Audio: - (hw:2,0)"))
    assert find_device(status, "USB Audio: - (hw:2,0)", "input") == status.inputs[1]
    # Plugged into another port: the card number changed, the device is the same.
    assert find_device(status, "USB Audio: - (hw:1,0)", "output") == status.inputs[1]
    assert find_device(status, "Bluetooth", "input") is None


def test_find_device_prefers_the_default_host_api() -> None:
    status = _status(
        _dev(0, "Headset", "MME"), _dev(1, "Headset", "Windows WASAPI"), api="Windows WASAPI"
    )
    found = find_device(status, "Headset", "input")
    assert found is not None and found.index == 1


def test_choose_device_remembered_name_present() -> None:
    status = _status(_dev(0, "default"), _dev(1, "USB Headset"))
    assert choose_device(status, "USB Headset", "input") == devices.DeviceChoice(1, "USB Headset")
    assert choose_device(status, "", "output") == devices.DeviceChoice(None, "default")


def test_choose_device_falls_back_to_the_default_and_says_so() -> None:
    status = _status(_dev(0, "default"))
    choice = choose_device(status, "USB Headset", "output")
    assert choice.index is None and choice.name == "default"
    assert (
        choice.problem
        == "the speaker “USB Headset” is not connected; using the system default (default)"
    )


def test_choose_device_with_nothing_at_all() -> None:
    status = AudioStatus((), ())
    assert choose_device(status, "", "input").problem == "no microphone was found"
    gone = choose_device(status, "USB Headset", "input")
    assert gone.name == "" and gone.problem == "the microphone “USB Headset” is not connected"


def test_rescan_reinitialises_portaudio_only_while_no_stream_is_open(
    fake_sd: FakeSoundDevice,
) -> None:
    assert devices.rescan_devices() is True
    assert fake_sd.rescans == 1
    devices.stream_opened()
    try:
        assert devices.rescan_devices() is False
        assert fake_sd.rescans == 1
    finally:
        devices.stream_closed()
    assert devices.rescan_devices() is True and fake_sd.rescans == 2


def test_a_rescan_sees_a_new_device(fake_sd: FakeSoundDevice) -> None:
    before = devices.audio_status()
    fake_sd.devices.append(device("Bluetooth Headset"))  # what the next Pa_Initialize finds
    assert devices.rescan_devices()
    after = devices.audio_status()
    assert len(after.inputs) == len(before.inputs) + 1
