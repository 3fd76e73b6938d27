"""The settings view: accounts edited like `account add`, sound settings applied live."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from jego_desktop.app.accounts import AccountBinding
from jego_desktop.app.latest_events import CallsUnderWay, LatestEvent
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.ringer import Ringer
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.media.sound_check import SoundCheck
from jego_desktop.models.calls.ring_control import RingControl
from jego_desktop.models.settings.account_editor import AccountEditor
from jego_desktop.models.settings.settings_values import AudioPreferences
from jego_desktop.models.settings.sound_devices import SoundDevices
from jego_desktop.models.settings.turn_password import TurnPassword
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.platform.autostart import set_start_at_login, starts_at_login
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from jego_desktop.ui.settings.settings_page import SettingsPage


def wire_settings(
    window: MainWindow,
    engine: CallEngine,
    status: RegistrationStatus,
    bound: AccountBinding,
    secrets: SecretStore,
    database: Database | None,
    bridge: SoundBridge,
    rings: RingControl,
    ringer: Ringer,
    profile_root: Path,
    sound_devices: SoundDevices,
) -> None:
    """The settings view edits accounts like `account add` and applies sound settings live.
    The page is built when first shown: what it must know of the time before (the codecs
    the engine listed, the sound devices, the calls under way) is kept until then."""
    codecs = LatestEvent(engine.codecs_listed, window)
    devices = LatestEvent(sound_devices.changed, window)
    calls = CallsUnderWay(engine.call_changed, window)
    values = window.app_settings
    ringer.ringtone_volume = values.audio().ringtone_gain
    saved_codecs = values.codec_order()
    if saved_codecs:
        engine.set_codec_priorities(saved_codecs)

    def apply_audio(prefs: AudioPreferences) -> None:
        # Only what changed: switching reopens the streams of a call in progress.
        if (prefs.input_device, prefs.output_device) != (bridge.input_name, bridge.output_name):
            bridge.switch_devices(prefs.input_device, prefs.output_device)
        voice = replace(
            bridge.voice_settings,
            echo_cancellation=prefs.echo_cancellation,
            noise_suppression=prefs.noise_suppression,
        )
        if voice != bridge.voice_settings:
            bridge.set_voice_settings(voice)
        rings.ringer_device = prefs.ringer_device
        rings.output_device = prefs.output_device
        ringer.ringtone_volume = prefs.ringtone_gain

    services = SettingsServices(
        engine=engine,
        status=status,
        accounts=(
            AccountEditor(AccountStore(database), secrets, bound.reload) if database else None
        ),
        sound_check=SoundCheck(bridge),
        apply_audio=apply_audio,
        # the entry starts this profile (--profile unless it is the default one)
        set_start_at_login=lambda enabled, hidden: set_start_at_login(
            enabled, hidden, profile_root
        ),
        starts_at_login=lambda: starts_at_login(profile_root),
        turn_password=TurnPassword(secrets),
        voicemail=window.voicemail,
    )

    def when_built(page: SettingsPage) -> None:
        page.connect_services(services)
        codecs.replay(page.calls.on_codecs_listed)
        calls.replay(page.audio.on_call_changed)
        devices.replay(page.audio.on_devices_changed)
        page.audio.follow_devices(sound_devices.changed)
        page.language_changed.connect(lambda _language: window.set_account_state(status.summary()))

    window.settings_slot.when_built(when_built)
