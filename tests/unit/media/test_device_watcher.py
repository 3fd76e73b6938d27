"""The device watcher and the bridge following devices that come and go (fake PortAudio)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pytest

from jego_desktop.media import device_watcher, devices
from jego_desktop.media.device_watcher import DevicesChanged, DeviceWatcher, alsa_signature
from jego_desktop.media.sound_bridge import SoundBridge
from tests.unit.fake_sounddevice import FakeSoundDevice, device, fake_sd

__all__ = ["fake_sd"]


class Machine:
    """The devices physically present; PortAudio's list follows them only on a re-scan."""

    def __init__(self, fake: FakeSoundDevice) -> None:
        self.fake = fake
        self.present: list[dict[str, Any]] = list(fake.devices)
        self.nodes = 0
        fake._initialize = self._rescanned  # type: ignore[method-assign]

    def _rescanned(self) -> None:
        self.fake.devices = list(self.present)

    def plug(self, name: str) -> None:
        self.present.append(device(name))
        self.nodes += 1

    def unplug(self, name: str) -> None:
        self.present = [d for d in self.present if d["name"] != name]
        self.nodes += 1

    def signature(self) -> int:
        return self.nodes


def watch(bridge: SoundBridge, machine: Machine) -> tuple[DeviceWatcher, list[DevicesChanged]]:
    seen: list[DevicesChanged] = []
    watcher = DeviceWatcher(bridge, seen.append, signature=machine.signature)
    return watcher, seen


@pytest.fixture
def machine(fake_sd: FakeSoundDevice) -> Machine:
    return Machine(fake_sd)


def test_a_device_plugged_in_while_idle_is_announced_after_one_rescan(
    fake_sd: FakeSoundDevice, machine: Machine
) -> None:
    bridge = SoundBridge()
    watcher, seen = watch(bridge, machine)
    assert watcher.poll() is None and fake_sd.rescans == 0  # nothing changed: no re-scan
    machine.plug("USB Mic")
    change = watcher.poll()
    assert change is not None and change.added == ("USB Mic",) and change.removed == ()
    assert "USB Mic" in {d.name for d in change.status.inputs}
    assert seen == [change] and fake_sd.rescans == 1
    assert watcher.poll() is None and fake_sd.rescans == 1
    machine.unplug("USB Headset")
    gone = watcher.poll()
    assert gone is not None and gone.removed == ("USB Headset",)


def test_a_call_on_its_chosen_devices_is_left_alone_until_it_ends(
    fake_sd: FakeSoundDevice, machine: Machine
) -> None:
    bridge = SoundBridge("USB Headset", "USB Headset")
    watcher, seen = watch(bridge, machine)
    bridge.open()
    try:
        streams = list(fake_sd.streams)
        machine.plug("USB Mic")
        assert watcher.poll() is None and watcher.poll() is None
        assert fake_sd.rescans == 0 and fake_sd.streams == streams  # no gap in the call
    finally:
        bridge.close()
    change = watcher.poll()  # retried now that the devices are free
    assert change is not None and change.added == ("USB Mic",) and seen == [change]


def test_a_call_follows_its_chosen_device_coming_back_and_going_away(
    fake_sd: FakeSoundDevice, machine: Machine
) -> None:
    problems: list[str] = []
    machine.unplug("USB Headset")
    fake_sd.devices = list(machine.present)
    bridge = SoundBridge("USB Headset", "USB Headset", on_problem=problems.append)
    watcher, seen = watch(bridge, machine)
    bridge.open()
    try:
        assert bridge.active_output == "default"  # stand-in while the headset is away
        machine.plug("USB Headset")
        change = watcher.poll()
        assert change is not None and change.added == ("USB Headset",)
        assert bridge.active_input == bridge.active_output == "USB Headset"
        assert fake_sd.stream("output").device == 1 and fake_sd.stream("output").started
        assert bridge.problem == ""

        # unplugged mid-call: PortAudio ends the streams, then the device nodes change
        for stream in fake_sd.open_streams("input") + fake_sd.open_streams("output"):
            stream.finished_callback()
        machine.unplug("USB Headset")
        gone = watcher.poll()
        assert gone is not None and gone.removed == ("USB Headset",)
        assert bridge.active_output == "default" and fake_sd.stream("output").device is None
        assert "not connected; using the system default" in bridge.problem
        assert any("stopped (disconnected?)" in p for p in problems)
        assert len(seen) == 2
    finally:
        bridge.close()


def test_another_open_stream_makes_the_rescan_wait(
    fake_sd: FakeSoundDevice, machine: Machine
) -> None:
    bridge = SoundBridge()
    watcher, _ = watch(bridge, machine)
    machine.plug("USB Mic")
    devices.stream_opened()  # the ringer, say
    try:
        assert watcher.poll() is None and fake_sd.rescans == 0
    finally:
        devices.stream_closed()
    change = watcher.poll()
    assert change is not None and change.added == ("USB Mic",)


def test_without_a_signature_it_rescans_on_its_interval(
    fake_sd: FakeSoundDevice, machine: Machine
) -> None:
    seen: list[DevicesChanged] = []
    watcher = DeviceWatcher(
        SoundBridge(), seen.append, use_default_signature=False, blind_interval_s=0.0
    )
    assert watcher.poll() is None and fake_sd.rescans == 1  # looked, found the same
    machine.plug("USB Mic")
    assert watcher.poll() is not None and fake_sd.rescans == 2


def test_alsa_signature_changes_with_the_device_nodes(tmp_path: Path) -> None:
    (tmp_path / "controlC0").touch()
    before = alsa_signature(tmp_path)
    assert before == alsa_signature(tmp_path)
    (tmp_path / "pcmC1D0c").touch()
    assert alsa_signature(tmp_path) != before
    assert alsa_signature(tmp_path / "missing") == ()


def test_the_watcher_thread_polls_and_stops(fake_sd: FakeSoundDevice, machine: Machine) -> None:
    seen: list[DevicesChanged] = []
    watcher = DeviceWatcher(
        SoundBridge(), seen.append, signature=machine.signature, interval_s=0.01
    )
    watcher.start()
    try:
        machine.plug("USB Mic")
        for _ in range(200):
            if seen:
                break
            time.sleep(0.01)
    finally:
        watcher.stop()
    assert [c.added for c in seen] == [("USB Mic",)]


def test_the_watcher_leaves_portaudio_unstarted_until_the_first_sound(
    monkeypatch: pytest.MonkeyPatch, fake_sd: FakeSoundDevice, machine: Machine
) -> None:
    monkeypatch.setattr(devices, "_scanned", False)  # the app just started
    looked: list[str] = []
    real_status = devices.audio_status

    def counted() -> devices.AudioStatus:
        looked.append("audio_status")
        return real_status()

    monkeypatch.setattr(device_watcher, "audio_status", counted)
    watcher, _ = watch(SoundBridge(), machine)
    machine.plug("USB Mic")  # before PortAudio's first look: nothing to re-scan
    assert watcher.poll() is None and looked == [] and fake_sd.rescans == 0
    fake_sd._initialize()  # the first call, ring or settings page starts PortAudio,
    assert "USB Mic" in {d.name for d in devices.audio_status().inputs}  # which looks afresh
    machine.plug("USB Camera Mic")
    change = watcher.poll()
    assert change is not None and change.added == ("USB Camera Mic",)
    assert looked == ["audio_status"] and fake_sd.rescans == 1


@pytest.mark.parametrize(
    ("variables", "socket", "seen"),
    [
        ({"PULSE_SERVER": "unix:/elsewhere/native"}, "", True),
        ({"XDG_RUNTIME_DIR": "{run}"}, "pulse/native", True),
        ({"XDG_RUNTIME_DIR": "{run}"}, "pipewire-0", True),
        ({"XDG_RUNTIME_DIR": "{run}"}, "", None),  # None: only if this machine has cards
    ],
)
def test_a_sound_server_is_seen_without_portaudio(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    variables: dict[str, str],
    socket: str,
    seen: bool | None,
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux's sound servers")
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value.format(run=tmp_path))
    if socket:
        (tmp_path / socket).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / socket).touch()
    if seen is None:
        cards = Path("/dev/snd").is_dir() and any(
            p.name.startswith("pcmC") for p in Path("/dev/snd").iterdir()
        )
        seen = cards or Path("/run/pulse/native").exists()
    assert devices.sound_system_seen() is seen
