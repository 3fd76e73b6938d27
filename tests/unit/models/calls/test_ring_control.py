"""Which sound plays for which calls."""

from __future__ import annotations

from dataclasses import replace

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.media.ringer import RATE, Pattern, pattern_samples
from jego_desktop.models.calls.ring_control import RingControl
from tests.peers.tones import dominant_frequency


class FakeRinger:
    def __init__(self) -> None:
        self.playing: Pattern | None = None
        self.devices: list[str] = []

    def play(self, pattern: Pattern, device_name: str = "") -> None:
        self.playing = pattern
        self.devices.append(device_name)

    def stop(self) -> None:
        self.playing = None


def event(call_id: str, state: CallState, direction: CallDirection) -> CallChanged:
    return CallChanged(call_id, "sip-id", "acc", direction, "sip:bob@h", "", state)


def test_incoming_call_rings_on_the_ringer_device_until_answered(qapp) -> None:
    ringer = FakeRinger()
    control = RingControl(ringer, ringer_device="Speakers", output_device="Headset")
    control.on_call_changed(event("c1", CallState.RINGING_IN, CallDirection.INCOMING))
    assert ringer.playing is Pattern.RINGTONE and ringer.devices == ["Speakers"]
    control.on_call_changed(event("c1", CallState.ACTIVE, CallDirection.INCOMING))
    assert ringer.playing is None


def test_outgoing_call_plays_ringback_on_the_output(qapp) -> None:
    ringer = FakeRinger()
    control = RingControl(ringer, ringer_device="Speakers", output_device="Headset")
    control.on_call_changed(event("c1", CallState.RINGING_OUT, CallDirection.OUTGOING))
    assert ringer.playing is Pattern.RINGBACK and ringer.devices == ["Headset"]
    control.on_call_changed(event("c1", CallState.ENDED, CallDirection.OUTGOING))
    assert ringer.playing is None


def now_playing(ringer: FakeRinger) -> Pattern | None:
    return ringer.playing  # read afresh (mypy keeps the narrowing of an attribute)


def test_early_media_from_the_far_end_replaces_the_local_ringback(qapp) -> None:
    ringer = FakeRinger()
    control = RingControl(ringer)
    ringing = event("c1", CallState.RINGING_OUT, CallDirection.OUTGOING)
    control.on_call_changed(ringing)
    assert ringer.playing is Pattern.RINGBACK
    control.on_call_changed(replace(ringing, early_media=True))
    assert now_playing(ringer) is None  # the ringer itself stops
    # a second outgoing call with no early media of its own brings our ringback back
    control.on_call_changed(event("c2", CallState.RINGING_OUT, CallDirection.OUTGOING))
    assert control.wanted_pattern() is Pattern.RINGBACK
    control.on_call_changed(event("c2", CallState.ENDED, CallDirection.OUTGOING))
    assert control.wanted_pattern() is None
    control.on_call_changed(replace(ringing, early_media=False))  # early media stopped
    assert control.wanted_pattern() is Pattern.RINGBACK


def test_second_call_while_talking_beeps_instead_of_ringing(qapp) -> None:
    ringer = FakeRinger()
    control = RingControl(ringer)
    control.on_call_changed(event("c1", CallState.ACTIVE, CallDirection.OUTGOING))
    control.on_call_changed(event("c2", CallState.RINGING_IN, CallDirection.INCOMING))
    assert control.wanted_pattern() is Pattern.CALL_WAITING
    assert ringer.playing is Pattern.CALL_WAITING
    control.on_call_changed(event("c1", CallState.ENDED, CallDirection.OUTGOING))
    assert control.wanted_pattern() is Pattern.RINGTONE
    assert ringer.devices[-1] == ""  # played again, as a ringtone now


def test_patterns_have_the_expected_tones() -> None:
    ringback = pattern_samples(Pattern.RINGBACK)
    assert len(ringback) == RATE * 5
    assert abs(dominant_frequency(ringback[:RATE], RATE) - 425) < 5
    assert (
        abs(dominant_frequency(pattern_samples(Pattern.CALL_WAITING)[: RATE // 5], RATE) - 440) < 10
    )
    chime = pattern_samples(Pattern.RINGTONE)[: RATE // 4]
    assert (
        abs(dominant_frequency(chime, RATE) - 880) < 10
        or abs(dominant_frequency(chime, RATE) - 1320) < 10
    )
