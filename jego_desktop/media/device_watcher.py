"""Noticing sound devices that come and go while the app runs.

PortAudio sees a new device only after a re-scan, and a re-scan closes every stream of
the process (see devices.py), so the watcher does not re-scan blindly: on Linux it
watches the list of ALSA device nodes in /dev/snd (a cheap directory listing) and
re-scans only when that list changed; elsewhere it re-scans every `blind_interval_s`
when no stream is open. The re-scan goes through the sound bridge, which knows whether
a call holds the devices: it re-scans at once when idle, reopens a call's streams when
the call is on a stand-in device (the chosen one was missing) or lost its device, and
otherwise waits until the call ends. A re-scan that had to wait is tried again at the
next poll.

Under PulseAudio or PipeWire, PortAudio (through ALSA) mostly lists the sound server
("pulse", "default"), which follows the system's own default: devices that only the
server sees (a Bluetooth headset) never change PortAudio's list.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from jego_desktop.media.devices import AudioStatus, audio_status, devices_scanned

log = logging.getLogger(__name__)

ALSA_DEVICE_NODES = Path("/dev/snd")

Signature = Callable[[], Hashable]


class DeviceReloader(Protocol):
    def reload_devices(self) -> AudioStatus | None:
        """Re-scan and return the devices, or None when it must wait (streams open)."""
        ...


@dataclass(frozen=True)
class DevicesChanged:
    """The devices PortAudio lists changed; `status` is the new list."""

    status: AudioStatus
    added: tuple[str, ...]
    removed: tuple[str, ...]


def alsa_signature(nodes: Path = ALSA_DEVICE_NODES) -> Hashable:
    """The ALSA device nodes present: changes when a card is plugged in or out."""
    try:
        return tuple(sorted(entry.name for entry in nodes.iterdir()))
    except OSError:
        return ()


def default_signature() -> Signature | None:
    """How to notice a change cheaply on this system, or None to re-scan blindly."""
    return alsa_signature if sys.platform.startswith("linux") else None


def _names(status: AudioStatus) -> frozenset[str]:
    return frozenset(d.name for d in (*status.inputs, *status.outputs))


class DeviceWatcher:
    """Polls for device changes on its own thread; `on_change` runs on that thread."""

    def __init__(
        self,
        reloader: DeviceReloader,
        on_change: Callable[[DevicesChanged], None],
        *,
        signature: Signature | None = None,
        use_default_signature: bool = True,
        interval_s: float = 1.0,
        blind_interval_s: float = 10.0,
        initial: AudioStatus | None = None,
    ) -> None:
        self._reloader = reloader
        self._on_change = on_change
        self._signature = signature or (default_signature() if use_default_signature else None)
        self._interval_s = interval_s
        self._blind_interval_s = blind_interval_s
        # Known from the first look PortAudio takes (not at start: it costs ~25 MB).
        self._known: frozenset[str] | None = _names(initial) if initial is not None else None
        self._last_signature = self._signature() if self._signature else None
        self._next_blind = time.monotonic() + blind_interval_s
        self._pending = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="jego-devices", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(5.0)

    def _run(self) -> None:
        while not self._stop.wait(self._interval_s):
            try:
                self.poll()
            except Exception as error:  # the watcher must outlive a bad poll
                log.warning("watching sound devices: %s", error)

    def poll(self) -> DevicesChanged | None:
        """One look; returns (and announces) the change it found, if any."""
        if self._signature is not None:
            current = self._signature()
            if current != self._last_signature:
                self._last_signature = current
                self._pending = True
        elif time.monotonic() >= self._next_blind:
            self._next_blind = time.monotonic() + self._blind_interval_s
            self._pending = True
        if not self._pending:
            return None
        if self._known is None:
            if not devices_scanned():
                self._pending = False  # nothing to re-scan: PortAudio's first look is fresh
                return None
            self._known = _names(audio_status())  # PortAudio's list before this re-scan
        status = self._reloader.reload_devices()
        if status is None:
            return None  # the devices are busy: try again at the next poll
        self._pending = False
        names = _names(status)
        if names == self._known:
            return None
        change = DevicesChanged(
            status,
            added=tuple(sorted(names - self._known)),
            removed=tuple(sorted(self._known - names)),
        )
        self._known = names
        log.info("sound devices changed: added %s, removed %s", change.added, change.removed)
        self._on_change(change)
        return change
