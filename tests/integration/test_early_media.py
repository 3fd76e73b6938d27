"""Ringback with early media: a far end that answers 183 with SDP and sends sound before
answering (an announcement, an operator's ringback) is heard instead of our own ringback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.media.ringer import Pattern
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.models.calls.ring_control import RingControl
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.test_engine_calls import alice, registered_baresip
from tests.peers.kamailio import Kamailio
from tests.peers.pulse import VirtualAudio
from tests.peers.rtp_sink import RtpSink
from tests.peers.sipp import early_media_callee, early_media_callee_to_sink
from tests.peers.tones import assert_tone, rms_dbfs, tone_level_db, write_tone_alaw

pytestmark = pytest.mark.peers

ANNOUNCEMENT = 950.0  # far from our own 425 Hz ringback and from the engine's tone


class RecordingRinger:
    def __init__(self) -> None:
        self.playing: Pattern | None = None
        self.history: list[Pattern | None] = []

    def play(self, pattern: Pattern, device_name: str = "") -> None:
        self.playing = pattern
        self.history.append(pattern)

    def stop(self) -> None:
        self.playing = None
        self.history.append(None)


def test_far_end_early_media_is_heard_and_stops_the_local_ringback(
    engine_factory, tmp_path: Path
) -> None:
    audio = write_tone_alaw(tmp_path / "announcement.al", ANNOUNCEMENT, 2.0, amplitude=0.5)
    callee = early_media_callee(tmp_path, audio, early_ms=4000)
    probe: EngineProbe = engine_factory(tone_hz=None)
    ringer = RecordingRinger()
    control = RingControl(ringer)
    probe.engine.call_changed.connect(control.on_call_changed)

    call_id = probe.engine.make_call(f"sip:early@{callee.address}")
    early = probe.wait_for(CallChanged, lambda e: e.call_id == call_id and e.early_media)
    assert early.state is CallState.RINGING_OUT and early.answered_at is None
    pump(0.2)
    assert ringer.playing is None  # the far end's sound instead of ours
    probe.audio.clear()
    pump(2.0)
    assert not any(
        isinstance(e, CallChanged) and e.state is CallState.ACTIVE for e in probe.events
    ), "answered too early for this test"
    before_answer = probe.audio.heard()
    assert_tone(before_answer, ANNOUNCEMENT, rate=16000, min_seconds=1.5)

    active = probe.wait_call(call_id, CallState.ACTIVE, timeout=8)
    assert not active.early_media
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
    result = callee.wait()
    assert result.successful == 1, result.log
    assert Pattern.RINGBACK not in ringer.history[1:], ringer.history


def test_ringing_without_sdp_keeps_the_local_ringback(
    engine_factory, kamailio: Kamailio, baresip_factory
) -> None:
    bob = registered_baresip(
        baresip_factory, kamailio, "bob", "secret-b", 1200.0, auto_answer=False
    )
    probe: EngineProbe = engine_factory(tone_hz=None)
    ringer = RecordingRinger()
    control = RingControl(ringer)
    probe.engine.call_changed.connect(control.on_call_changed)
    account = alice(kamailio)
    probe.register(account, "secret-a")

    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    ringing = probe.wait_call(call_id, CallState.RINGING_OUT)
    pump(1.0)
    assert not ringing.early_media
    assert not any(isinstance(e, CallChanged) and e.early_media for e in probe.events)
    assert ringer.playing is Pattern.RINGBACK
    heard = probe.audio.heard()  # nothing from the far end before the answer
    assert heard.size == 0 or tone_level_db(heard, 1200.0, rate=16000) < -40
    bob.answer()
    probe.wait_call(call_id, CallState.ACTIVE)
    pump(0.2)
    assert ringer.history[-1] is None  # stopped at the answer
    probe.engine.hangup(call_id)


def test_early_media_reaches_the_speaker_through_the_sound_bridge(
    engine_factory, virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    virtual_audio.apply_to_this_process()
    bridge = SoundBridge()
    try:
        audio = write_tone_alaw(tmp_path / "announcement.al", ANNOUNCEMENT, 2.0, amplitude=0.5)
        callee = early_media_callee(tmp_path, audio, early_ms=5000)
        probe: EngineProbe = engine_factory(audio=bridge)
        call_id = probe.engine.make_call(f"sip:early@{callee.address}")
        probe.wait_for(CallChanged, lambda e: e.call_id == call_id and e.early_media)
        recording = virtual_audio.start_recording_speaker(tmp_path / "speaker.wav")
        virtual_audio.wait_for_recorder(recording)
        pump(2.0)
        heard = recording.stop()
        assert not any(
            isinstance(e, CallChanged) and e.state is CallState.ACTIVE for e in probe.events
        ), "answered too early for this test"
        assert_tone(heard, ANNOUNCEMENT, start_s=0.5, min_seconds=1.0)
        probe.wait_call(call_id, CallState.ACTIVE, timeout=8)
        probe.engine.hangup(call_id)
        probe.wait_call(call_id, CallState.ENDED)
    finally:
        bridge.close()
        virtual_audio.restore_this_process()


def test_quitting_during_early_media_is_clean(engine_factory, tmp_path: Path) -> None:
    """The callee never ends the call on our CANCEL: the engine must still stop cleanly
    (once, pjsua2 media objects outlived libDestroy here and aborted the process)."""
    audio = write_tone_alaw(tmp_path / "announcement.al", ANNOUNCEMENT, 2.0, amplitude=0.5)
    callee = early_media_callee(tmp_path, audio, early_ms=10_000)
    probe: EngineProbe = engine_factory(tone_hz=None)
    call_id = probe.engine.make_call(f"sip:early@{callee.address}")
    probe.wait_for(CallChanged, lambda e: e.call_id == call_id and e.early_media)
    probe.stop()
    assert probe.stopped()
    callee.stop()


MICROPHONE = 700.0  # the engine's synthetic microphone


def test_the_far_end_does_not_hear_us_before_it_answers(engine_factory, tmp_path: Path) -> None:
    """Early media is one way: our microphone reaches the callee only once it answered.

    SIPp's 183 and 200 send our RTP to a socket of the test's; its A-law payload is
    decoded and analysed before and after the answer."""
    sink = RtpSink()
    sink.start()
    try:
        callee = early_media_callee_to_sink(tmp_path, sink.port, early_ms=3000)
        probe: EngineProbe = engine_factory(tone_hz=MICROPHONE)
        call_id = probe.engine.make_call(f"sip:early@{callee.address}")
        probe.wait_for(CallChanged, lambda e: e.call_id == call_id and e.early_media)
        early_from = time.monotonic()
        probe.wait_call(call_id, CallState.ACTIVE, timeout=8)
        answered = time.monotonic()
        pump(2.0)
        probe.engine.hangup(call_id)
        probe.wait_call(call_id, CallState.ENDED)
        assert callee.wait().successful == 1
    finally:
        sink.stop()
    assert answered - early_from > 2.0, "answered too early for this test"
    # margins: the event reaches this thread a little after the engine switched
    before = sink.audio(early_from, answered - 0.3)
    after = sink.audio(answered + 0.3, answered + 2.0)
    assert before.size == 0 or rms_dbfs(before, 8000) < -50, (
        f"{before.size / 8000:.1f} s sent before the answer at {rms_dbfs(before, 8000):.0f} dBFS"
    )
    assert_tone(after, MICROPHONE, rate=8000, min_seconds=1.2)
