"""Device changes reach the GUI thread as signals, with the call's device problem."""

from __future__ import annotations

from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.models.settings.sound_devices import SoundDevices
from tests.unit.fake_sounddevice import FakeSoundDevice, device, fake_sd

__all__ = ["fake_sd"]


def test_a_headset_back_mid_call_clears_the_problem(qtbot, fake_sd: FakeSoundDevice) -> None:
    plugged = [device("default")]
    fake_sd.devices = list(plugged)
    fake_sd._initialize = lambda: setattr(fake_sd, "devices", list(plugged))  # type: ignore[method-assign]
    nodes = [0]
    bridge = SoundBridge("Headset", "Headset")
    watched = SoundDevices(bridge, signature=lambda: nodes[0], interval_s=0.01)
    bridge.open()
    try:
        assert "not connected" in bridge.problem
        watched.start()
        changes: list[object] = []
        watched.changed.connect(changes.append)
        with qtbot.waitSignal(watched.devices_problem, timeout=3000) as problem:
            plugged.append(device("Headset"))
            nodes[0] += 1
        qtbot.waitUntil(lambda: bool(changes))
        (change,) = changes
        assert change.added == ("Headset",)  # type: ignore[attr-defined]
        assert problem.args == [""] and bridge.active_output == "Headset"
    finally:
        watched.stop()
        bridge.close()
