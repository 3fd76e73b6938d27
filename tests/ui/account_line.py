"""The main window's account line for sample data, made by the app's own RegistrationStatus
(so it is in the language installed, as in the app), for screenshots and tests."""

from __future__ import annotations

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.models.window.registration_status import RegistrationStatus


def registered_line(number: str) -> str:
    """ "<number>: online" in the current language, as the window shows a registered number."""
    status = RegistrationStatus({"sample": number})
    status.on_registration_changed(
        RegistrationChanged("sample", RegistrationState.REGISTERED, 200, "registered", 3600)
    )
    return status.summary()
