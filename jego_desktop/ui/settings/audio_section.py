"""Audio: devices, a live level meter, the sound test, voice processing and the ringtone.

The level meter opens the microphone only while this section is on screen and no call
runs (the call's sound bridge owns the devices then). The sound test drives the call's
own path (media/sound_check.SoundCheck), off the GUI thread.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSlider,
    QWidget,
)

from jego_desktop.domain.calls import CallState
from jego_desktop.media.device_watcher import DevicesChanged
from jego_desktop.media.devices import AudioStatus, audio_status
from jego_desktop.media.level_meter import LevelMeter, level_from_peak, peak_of
from jego_desktop.media.sound_check import SoundBusyError
from jego_desktop.models.settings.settings_values import AppSettings, AudioPreferences
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.section import Section
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.wrapping_check_box import WrappingCheckBox

METER_INTERVAL_MS = 50
RECORD_SECONDS = 3.0
QUIET_LEVEL = 0.15  # below about -51 dBFS nothing but noise was heard


class AudioSection(Section):
    """Signals: _test_done(bool, str) (internal: the sound test's thread reports back)."""

    _test_done = Signal(bool, str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._services: SettingsServices | None = None
        self._active_calls: set[str] = set()
        self.meter = LevelMeter()
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(METER_INTERVAL_MS)
        self._meter_timer.timeout.connect(self._show_level)
        self._testing = False
        self._loopback = False
        prefs = settings.audio()

        self.devices_title = PlainLabel()
        devices = self.card(self.devices_title)
        form = self.form(devices)
        self.input_choice = QComboBox()
        self.input_choice.setObjectName("inputChoice")
        self.output_choice = QComboBox()
        self.output_choice.setObjectName("outputChoice")
        self.ringer_choice = QComboBox()
        self.ringer_choice.setObjectName("ringerChoice")
        self.input_label, self.output_label, self.ringer_label = (
            PlainLabel(),
            PlainLabel(),
            PlainLabel(),
        )
        form.addRow(self.input_label, self.input_choice)
        self.level = QProgressBar()
        self.level.setObjectName("levelMeter")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level_label = PlainLabel()
        form.addRow(self.level_label, self.level)
        form.addRow(self.output_label, self.output_choice)
        form.addRow(self.ringer_label, self.ringer_choice)
        self.device_hint = self.hint()
        devices.addWidget(self.device_hint)
        refresh_row = QHBoxLayout()
        self.refresh_button = QPushButton()
        refresh_row.addWidget(self.refresh_button)
        refresh_row.addStretch(1)
        devices.addLayout(refresh_row)

        self.test_title = PlainLabel()
        test = self.card(self.test_title)
        self.test_hint = self.hint()
        test.addWidget(self.test_hint)
        buttons = QHBoxLayout()
        self.loopback_button = QPushButton()
        self.loopback_button.setCheckable(True)
        self.record_button = QPushButton()
        buttons.addWidget(self.loopback_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        test.addLayout(buttons)
        self.test_result = PlainLabel()
        self.test_result.setObjectName("settingsHint")
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        test.addWidget(self.test_result)

        self.voice_title = PlainLabel()
        voice = self.card(self.voice_title)
        self.echo = WrappingCheckBox()
        self.echo.setChecked(prefs.echo_cancellation)
        self.noise = WrappingCheckBox()
        self.noise.setChecked(prefs.noise_suppression)
        voice.addWidget(self.echo)
        voice.addWidget(self.noise)

        self.ring_title = PlainLabel()
        ring = self.card(self.ring_title)
        self.ringtone = WrappingCheckBox()
        self.ringtone.setChecked(prefs.ringtone_enabled)
        ring.addWidget(self.ringtone)
        volume_row = QHBoxLayout()
        self.volume_label = PlainLabel()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("ringtoneVolume")
        self.volume.setRange(0, 100)
        self.volume.setValue(prefs.ringtone_volume)
        self.volume.setEnabled(prefs.ringtone_enabled)
        volume_row.addWidget(self.volume_label)
        volume_row.addWidget(self.volume, 1)
        ring.addLayout(volume_row)

        self._status: AudioStatus | None = None  # listed at the first show: PortAudio is slow
        for combo in (self.input_choice, self.output_choice, self.ringer_choice):
            combo.currentIndexChanged.connect(self._save)
        self.input_choice.currentIndexChanged.connect(self._restart_meter)
        for box in (self.echo, self.noise, self.ringtone):
            box.toggled.connect(self._save)
        self.ringtone.toggled.connect(self.volume.setEnabled)
        self.volume.valueChanged.connect(self._save)
        self.refresh_button.clicked.connect(self.refresh_devices)
        self.loopback_button.toggled.connect(self._toggle_loopback)
        self.record_button.clicked.connect(self._record_and_play)
        self._test_done.connect(self._on_test_done)
        self.finish()
        self._update_test_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audio"))
        self.devices_title.setText(self.tr("Devices"))
        self.input_label.setText(self.tr("Microphone"))
        self.level_label.setText(self.tr("Input level"))
        self.output_label.setText(self.tr("Speaker"))
        self.ringer_label.setText(self.tr("Ringer"))
        self.level.setAccessibleName(self.tr("Microphone level"))
        self.input_choice.setAccessibleName(self.tr("Microphone"))
        self.output_choice.setAccessibleName(self.tr("Speaker"))
        self.ringer_choice.setAccessibleName(self.tr("Ringer"))
        self.refresh_button.setText(self.tr("Look for devices again"))
        self.test_title.setText(self.tr("Sound test"))
        self.test_hint.setText(self.tr("Check your microphone and speaker without calling anyone."))
        self.loopback_button.setText(self.tr("Hear yourself"))
        self.record_button.setText(self.tr("Record 3 s and play back"))
        self.voice_title.setText(self.tr("Voice"))
        self.echo.setText(self.tr("Echo cancellation"))
        self.noise.setText(self.tr("Noise suppression"))
        self.ring_title.setText(self.tr("Ringtone"))
        self.ringtone.setText(self.tr("Ring for incoming calls"))
        self.volume_label.setText(self.tr("Volume"))
        self.volume.setAccessibleName(self.tr("Ringtone volume"))
        for combo in (self.input_choice, self.output_choice, self.ringer_choice):
            if combo.count():
                combo.setItemText(0, self.tr("System default"))
        self._describe_devices()

    # ----- devices ----------------------------------------------------------------------------

    def fill_devices(self, status: AudioStatus, prefs: AudioPreferences) -> None:
        self._status = status
        lists: list[tuple[QComboBox, Any, str]] = [
            (self.input_choice, status.inputs, prefs.input_device),
            (self.output_choice, status.outputs, prefs.output_device),
            (self.ringer_choice, status.outputs, prefs.ringer_device),
        ]
        for combo, found, wanted in lists:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("System default"), "")
            names = list(dict.fromkeys(device.name for device in found))
            for name in names:
                combo.addItem(name, name)
            if wanted and wanted not in names:
                combo.addItem(self.tr("%s (not connected)") % wanted, wanted)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)
        self._describe_devices()

    def _describe_devices(self) -> None:
        status = self._status
        if status is None:
            return
        if status.problem:
            self.device_hint.setText(self.tr("No sound: %s.") % engine_text(status.problem))
        else:
            self.device_hint.setText(
                self.tr("A missing device is replaced by the system default until it is back.")
            )

    def refresh_devices(self) -> None:
        self._refill(audio_status())

    def follow_devices(self, changed: SignalInstance) -> None:
        """Refill the lists on each `changed(DevicesChanged)` (models.sound_devices)."""
        changed.connect(self.on_devices_changed)

    @Slot(object)
    def on_devices_changed(self, change: DevicesChanged) -> None:
        """Devices came or went: list the new ones, keeping each choice (shown as
        "not connected" while its device is away)."""
        self._refill(change.status)

    def _refill(self, status: AudioStatus) -> None:
        self.meter.stop()
        self.fill_devices(status, self.preferences())
        self._restart_meter()

    def preferences(self) -> AudioPreferences:
        devices: tuple[str, ...]
        if self._status is None:  # the device lists are not filled yet: keep the saved ones
            saved = self._settings.audio()
            devices = (saved.input_device, saved.output_device, saved.ringer_device)
        else:
            devices = tuple(
                str(combo.currentData() or "")
                for combo in (self.input_choice, self.output_choice, self.ringer_choice)
            )
        return AudioPreferences(
            input_device=devices[0],
            output_device=devices[1],
            ringer_device=devices[2],
            echo_cancellation=self.echo.isChecked(),
            noise_suppression=self.noise.isChecked(),
            ringtone_enabled=self.ringtone.isChecked(),
            ringtone_volume=self.volume.value(),
        )

    def _save(self) -> None:
        prefs = self.preferences()
        self._settings.set_audio(prefs)
        if self._services is not None:
            self._services.apply_audio(prefs)

    # ----- services and calls -----------------------------------------------------------------

    def connect_services(self, services: SettingsServices) -> None:
        self._services = services
        services.engine.call_changed.connect(self.on_call_changed)
        self._update_test_buttons()

    @property
    def sound_test_running(self) -> bool:
        return self._testing or self._loopback

    @property
    def call_active(self) -> bool:
        return bool(self._active_calls)

    @Slot(object)
    def on_call_changed(self, event: Any) -> None:
        if event.state is CallState.ENDED:
            self._active_calls.discard(event.call_id)
        else:
            self._active_calls.add(event.call_id)
        if self.call_active:
            self.meter.stop()
            self._meter_timer.stop()
            self.level.setValue(0)
            self.loopback_button.setChecked(False)
        else:
            self._restart_meter()
        self._update_test_buttons()

    # ----- level meter ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._status is None:
            self.fill_devices(audio_status(), self._settings.audio())
        self._restart_meter()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.meter.stop()
        self._meter_timer.stop()
        self.loopback_button.setChecked(False)
        super().hideEvent(event)

    def _restart_meter(self) -> None:
        self.meter.stop()
        self.level.setValue(0)
        if not self.isVisible() or self.call_active or self._testing or self._loopback:
            self._meter_timer.stop()
            return
        if self.meter.start(self.preferences().input_device):
            self._meter_timer.start()
        else:
            self._meter_timer.stop()

    def _show_level(self) -> None:
        self.level.setValue(round(self.meter.take_level() * 100))

    # ----- sound test -------------------------------------------------------------------------

    def _update_test_buttons(self) -> None:
        check = self._services.sound_check if self._services else None
        usable = check is not None and not self.call_active
        self.loopback_button.setEnabled(usable and not self._testing)
        self.record_button.setEnabled(usable and not self._testing and not self._loopback)

    def _toggle_loopback(self, on: bool) -> None:
        check = self._services.sound_check if self._services else None
        if check is None:
            return
        if on:
            self.meter.stop()
            self._meter_timer.stop()
            try:
                check.start_loopback()
            except SoundBusyError as error:
                self._set_test_result(self.tr("The sound test cannot start: %s.") % error)
                self.loopback_button.blockSignals(True)
                self.loopback_button.setChecked(False)
                self.loopback_button.blockSignals(False)
                return
            self._loopback = True
            self._set_test_result(
                self.tr("Speak: you should hear yourself. Use headphones to avoid feedback.")
            )
        else:
            was_running = self._loopback
            self._loopback = False
            check.stop()
            if was_running:
                self._set_test_result(self.tr("Loopback stopped."))
            self._restart_meter()
        self._update_test_buttons()

    def _record_and_play(self) -> None:
        check = self._services.sound_check if self._services else None
        if check is None or self._testing:
            return
        self._testing = True
        self.meter.stop()
        self._meter_timer.stop()
        self._update_test_buttons()
        self._set_test_result(self.tr("Recording for 3 seconds: say something…"))

        def work() -> None:
            try:
                pcm = check.record(RECORD_SECONDS)
                peak = peak_of(pcm)
                level = level_from_peak(peak)
                if level < QUIET_LEVEL:
                    self._test_done.emit(False, "quiet")
                    return
                self._test_done.emit(True, "playing")
                check.play(pcm)
                self._test_done.emit(True, "done")
            except Exception as error:  # busy, or a device error: the user must know
                self._test_done.emit(False, str(error))

        threading.Thread(target=work, name="jego-sound-test", daemon=True).start()

    @Slot(bool, str)
    def _on_test_done(self, ok: bool, stage: str) -> None:
        if ok and stage == "playing":
            self._set_test_result(self.tr("Playing back what was recorded…"))
            return
        self._testing = False
        if ok:
            self._set_test_result(
                self.tr("Done. If you heard your voice, your microphone and speaker work.")
            )
        elif stage == "quiet":
            self._set_test_result(
                self.tr("The microphone heard nothing: check it is connected and not muted.")
            )
        else:
            self._set_test_result(self.tr("The sound test cannot start: %s.") % engine_text(stage))
        self._update_test_buttons()
        self._restart_meter()

    def _set_test_result(self, text: str) -> None:
        self.test_result.setVisible(bool(text))
        self.test_result.setText(text)
        self.test_result.setAccessibleName(text)
