"""Sound devices coming and going, brought to the GUI thread as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from jego_desktop.media.device_watcher import DevicesChanged, DeviceWatcher, Signature
from jego_desktop.media.sound_bridge import SoundBridge


class SoundDevices(QObject):
    """Runs a DeviceWatcher on the bridge; `changed(DevicesChanged)` arrives queued.

    `devices_problem(str)` follows each change: what is wrong with the devices of the
    call under way ("" when the chosen devices are in use again).
    """

    changed = Signal(object)
    devices_problem = Signal(str)

    def __init__(
        self,
        bridge: SoundBridge,
        parent: QObject | None = None,
        signature: Signature | None = None,
        interval_s: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._watcher = DeviceWatcher(
            bridge, self._announce, signature=signature, interval_s=interval_s
        )

    def start(self) -> None:
        self._watcher.start()

    def stop(self) -> None:
        self._watcher.stop()

    def _announce(self, change: DevicesChanged) -> None:  # the watcher's thread
        self.changed.emit(change)
        if self._bridge.is_open:
            self.devices_problem.emit(self._bridge.problem)
