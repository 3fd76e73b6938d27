"""What the window says about the bound numbers' registration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.models.contacts.peer_text import display_number
from jego_desktop.models.window.engine_texts import engine_text

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import RegistrationChanged


class RegistrationStatus(QObject):
    """Keeps the latest registration state of every account and sums it up in one line.

    Signals:
        changed(str): the new one-line summary.
    """

    changed = Signal(str)

    def __init__(self, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # account key -> the number as shown to the user: '+33 6 12 34 56 78'
        self._labels = {key: display_number(label) for key, label in labels.items()}
        self._states: dict[str, RegistrationChanged] = {}
        self._password_needed: set[str] = set()

    def add_account(self, key: str, label: str) -> None:
        self._labels[key] = display_number(label)
        self._password_needed.discard(key)
        self.changed.emit(self.summary())

    def set_password_needed(self, key: str) -> None:
        """`key` is bound but waits for its password (no keyring kept it)."""
        self._password_needed.add(key)
        self._states.pop(key, None)
        self.changed.emit(self.summary())

    def forget(self, key: str) -> None:
        """`key` is no longer bound (it never reached the engine)."""
        self._labels.pop(key, None)
        self._states.pop(key, None)
        self._password_needed.discard(key)
        self.changed.emit(self.summary())

    def has_numbers(self) -> bool:
        """At least one number is bound, registered or not."""
        return bool(self._labels)

    @Slot(object)
    def on_registration_changed(self, event: RegistrationChanged) -> None:
        if event.state is RegistrationState.UNREGISTERED and event.reason == "removed":
            self._states.pop(event.account_key, None)
            if event.account_key not in self._password_needed:  # still bound, waiting
                self._labels.pop(event.account_key, None)
        else:
            self._states[event.account_key] = event
        self.changed.emit(self.summary())

    def state_of(self, key: str) -> RegistrationChanged | None:
        return self._states.get(key)

    def any_registered(self) -> bool:
        """At least one bound number can receive calls now."""
        return any(e.state is RegistrationState.REGISTERED for e in self._states.values())

    def summary(self) -> str:
        if not self._labels:
            return self.tr("No number yet")
        parts = []
        for key, label in self._labels.items():
            if key in self._password_needed:
                parts.append(f"{label}: {self.tr('password needed')}")
                continue
            event = self._states.get(key)
            parts.append(f"{label}: {self._describe(event)}")
        return "   ·   ".join(parts)

    def _describe(self, event: RegistrationChanged | None) -> str:
        if event is None or event.state is RegistrationState.REGISTERING:
            return self.tr("connecting…")
        if event.state is RegistrationState.REGISTERED:
            return self.tr("online")
        if event.state is RegistrationState.UNREGISTERED:
            return self.tr("offline")
        return self.tr("not connected (%s)") % engine_text(event.reason)
