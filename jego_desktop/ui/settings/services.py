"""What the settings view needs from the running app (given by jego_desktop.app at start)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import SignalInstance

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.media.sound_check import SoundCheck
from jego_desktop.models.calls.voicemail import VoicemailBox
from jego_desktop.models.settings.account_editor import AccountEditor
from jego_desktop.models.settings.settings_values import AudioPreferences
from jego_desktop.models.settings.turn_password import TurnPassword
from jego_desktop.models.window.registration_status import RegistrationStatus


class SettingsEngine(Protocol):
    """The part of CallEngine the settings view uses (a fake engine in tests)."""

    registration_tested: SignalInstance
    codecs_listed: SignalInstance
    call_changed: SignalInstance

    def test_registration(self, config: AccountConfig, password: str) -> int: ...
    def set_codec_priorities(self, order: list[str]) -> None: ...


def _nothing(*_args: object) -> None:
    return None


@dataclass
class SettingsServices:
    engine: SettingsEngine
    status: RegistrationStatus
    accounts: AccountEditor | None = None  # None when the database could not be opened
    sound_check: SoundCheck | None = None
    apply_audio: Callable[[AudioPreferences], None] = _nothing
    set_start_at_login: Callable[[bool, bool], None] = _nothing  # (enabled, hidden)
    starts_at_login: Callable[[], bool] = lambda: False
    turn_password: TurnPassword | None = None  # the keyring entry; None: no keyring
    voicemail: VoicemailBox | None = None  # each account's voicemail number
