"""Video between two VideoCalls controllers wired to each other in-process (the `pair`
fixture of conftest.py): real aiortc sessions, INFO replaced by queued hand-over."""

from __future__ import annotations

import time

import pytest

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallInfoReceived
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video import session as session_module
from jego_desktop.media.video.signalling import CONTENT_TYPE, SignalKind, decode_signal
from jego_desktop.models.video import video_call
from jego_desktop.models.video.video_call import VideoState
from tests.unit.models.video_pair import decoded_in_order, video_threads


@pytest.fixture(autouse=True)
def _singletons() -> None:
    # As the app does at start: PySide6 6.12 drops a reference to True per signal
    # delivered to a Python slot, and video delivers many (see refcount_workaround).
    protect_singletons()


def changes(states: list[VideoState]) -> list[VideoState]:
    """The states in order, repeats (statistics, availability updates) left out."""
    return [s for i, s in enumerate(states) if i == 0 or states[i - 1] is not s]


def test_video_both_ways_then_hang_up_leaves_no_threads(qtbot, pair) -> None:
    a, b = pair
    a.call()
    b.call()
    assert a.video.can_start(a.call_id)
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 15), timeout=15_000)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 15), timeout=15_000)
    assert a.video.status(a.call_id).state is VideoState.ACTIVE
    assert b.video.status(b.call_id).state is VideoState.ACTIVE
    assert changes(a.states)[:3] == [VideoState.OFF, VideoState.OFFERED, VideoState.CONNECTING]
    assert changes(b.states)[:2] == [VideoState.OFF, VideoState.CONNECTING]
    assert None not in a.frames[1:] and None not in b.frames[1:]
    qtbot.waitUntil(lambda: a.video.status(a.call_id).stats is not None, timeout=5000)
    stats = a.video.status(a.call_id).stats
    assert (
        stats is not None
        and stats.received_fps > 5
        and (stats.width, stats.height)
        == (
            320,
            240,
        )
    )
    a.call(CallState.ENDED)
    b.call(CallState.ENDED)
    assert a.video.status(a.call_id).state is VideoState.OFF
    qtbot.waitUntil(lambda: video_threads() == [], timeout=5000)


def test_stop_video_ends_it_on_both_sides_and_it_can_start_again(qtbot, pair) -> None:
    a, b = pair
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: len(b.frames) >= 3, timeout=15_000)
    sent_before = len(b.wire.sent)
    b.video.stop_video(b.call_id)
    assert [decode_signal(body).kind for body in b.wire.sent[sent_before:]] == [SignalKind.END]
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.OFF, timeout=5000)
    assert b.video.status(b.call_id).state is VideoState.OFF
    qtbot.waitUntil(lambda: video_threads() == [], timeout=5000)
    b.frames.clear()
    b.video.start_video(b.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 5), timeout=15_000)


def test_hold_stops_video(qtbot, pair) -> None:
    a, b = pair
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: len(a.frames) >= 3, timeout=15_000)
    a.call(local_hold=True)
    assert a.video.status(a.call_id).state is VideoState.OFF
    assert not a.video.can_start(a.call_id)
    qtbot.waitUntil(lambda: b.video.status(b.call_id).state is VideoState.OFF, timeout=5000)


def test_a_peer_that_refuses_the_info_makes_video_unavailable(qtbot, pair) -> None:
    a, _ = pair
    a.wire.peer = None
    a.wire.refuse_with = 488
    a.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.UNAVAILABLE, timeout=5000)
    assert not a.video.can_start(a.call_id)
    qtbot.waitUntil(lambda: video_threads() == [], timeout=5000)


def test_a_peer_that_never_answers_makes_video_unavailable(qtbot, pair, monkeypatch) -> None:
    monkeypatch.setattr(video_call, "ANSWER_TIMEOUT_MS", 300)
    a, _ = pair
    a.wire.peer = None
    a.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.UNAVAILABLE, timeout=5000)


def test_video_needs_an_answered_call_and_ignores_bad_signals(qtbot, pair) -> None:
    a, _ = pair
    a.call(CallState.RINGING_OUT)
    a.video.start_video(a.call_id)
    assert a.video.status(a.call_id).state is VideoState.OFF and a.wire.sent == []
    a.video.on_call_info(CallInfoReceived(a.call_id, CONTENT_TYPE, "{not json"))
    a.video.on_call_info(CallInfoReceived(a.call_id, "application/other", "x"))
    assert a.video.status(a.call_id).state is VideoState.OFF


def test_both_offering_at_once_ends_with_one_session(qtbot, pair) -> None:
    a, b = pair
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    b.video.start_video(b.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 5), timeout=15_000)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 5), timeout=15_000)
    time.sleep(0.2)
    assert a.video.status(a.call_id).state is VideoState.ACTIVE
    assert b.video.status(b.call_id).state is VideoState.ACTIVE


def test_without_a_camera_video_still_comes_in(qtbot, pair) -> None:
    a, b = pair
    a.video.set_camera_on(False)
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 10), timeout=15_000)
    qtbot.waitUntil(lambda: len(b.frames) >= 1, timeout=15_000)
    assert set(b.frames) == {None}  # a dark placeholder, about once a second


def test_a_video_call_offers_video_once_answered(qtbot, pair) -> None:
    a, b = pair
    a.video.start_video_when_answered(a.call_id)
    a.call(CallState.RINGING_OUT)
    assert a.wire.sent == []
    b.call()
    a.call()
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 5), timeout=15_000)


def test_video_from_the_peer_never_turns_our_camera_on(qtbot, pair) -> None:
    a, b = pair
    b.camera_on_answer = False
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 10), timeout=15_000)
    assert a.video.status(a.call_id).sending and not b.video.status(b.call_id).sending
    qtbot.waitUntil(lambda: len(a.frames) >= 1, timeout=5000)
    assert set(a.frames) == {None}  # B's dark placeholder
    b.video.set_sending(b.call_id, True)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 5), timeout=15_000)


def test_a_peer_that_vanishes_ends_the_video_with_a_problem(qtbot, pair, monkeypatch) -> None:
    monkeypatch.setattr(session_module, "MEDIA_TIMEOUT_S", 1.5)
    a, b = pair
    problems: list[str] = []
    a.video.problem.connect(lambda call_id, message: problems.append(message))
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 5), timeout=15_000)
    b.wire.peer = None  # B's "end" never arrives: as if B's machine went away
    b.video.shutdown()
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.OFF, timeout=10_000)
    assert problems and "nothing from the video peer" in problems[0]
    assert a.video.can_start(a.call_id)  # the call goes on; video may be tried again


def offer_delivered(qtbot, a) -> None:
    """Wait until A's offer is out and handed to B (the wire delivers on the next turn)."""
    offered = lambda: any(decode_signal(s).kind is SignalKind.OFFER for s in a.wire.sent)  # noqa: E731
    qtbot.waitUntil(offered, timeout=10_000)
    qtbot.wait(50)


def test_an_offer_that_overtakes_the_ack_waits_for_the_call_to_be_up(qtbot, pair) -> None:
    # A proxy with several worker processes (Kamailio) may pass the caller's INFO on
    # before its ACK: the callee's call is still CONNECTING when the offer arrives.
    a, b = pair
    b.call(CallState.CONNECTING)
    a.call()
    a.video.start_video(a.call_id)
    offer_delivered(qtbot, a)
    assert b.wire.sent == []  # no "end" for an offer that came early
    b.call()
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 5), timeout=15_000)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 5), timeout=15_000)
    assert b.video.status(b.call_id).state is VideoState.ACTIVE


def test_an_early_offer_is_refused_if_the_call_goes_on_hold_instead(qtbot, pair) -> None:
    a, b = pair
    b.call(CallState.CONNECTING)
    a.call()
    a.video.start_video(a.call_id)
    offer_delivered(qtbot, a)
    b.call(CallState.ACTIVE, local_hold=True)
    assert [decode_signal(body).kind for body in b.wire.sent] == [SignalKind.END]
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.OFF, timeout=5000)
    b.call(CallState.ACTIVE)
    assert b.video.status(b.call_id).state is VideoState.OFF


def test_an_early_offer_withdrawn_before_the_ack_is_not_answered(qtbot, pair) -> None:
    a, b = pair
    b.call(CallState.CONNECTING)
    a.call()
    a.video.start_video(a.call_id)
    offer_delivered(qtbot, a)
    a.video.stop_video(a.call_id)  # its "end" reaches B before the ACK too
    qtbot.wait(50)
    b.call()
    assert b.video.status(b.call_id).state is VideoState.OFF and b.wire.sent == []


def test_video_asked_for_while_the_call_connects_starts_once_it_is_up(qtbot, pair) -> None:
    # The engine hands each receiver its own queued copy of a call's ACTIVE event: whoever
    # saw its copy first (a window, a test's probe) may ask for video while this one is
    # still at CONNECTING. The request used to be dropped and no offer ever went out.
    a, b = pair
    b.call()
    a.call(CallState.CONNECTING)
    a.video.start_video(a.call_id)
    assert a.wire.sent == [] and a.video.status(a.call_id).state is VideoState.OFF
    a.call()
    assert a.video.status(a.call_id).state is VideoState.OFFERED
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 5), timeout=15_000)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 5), timeout=15_000)


def test_video_asked_for_while_the_call_connects_can_be_taken_back(qtbot, pair) -> None:
    a, _ = pair
    a.call(CallState.CONNECTING)
    a.video.start_video(a.call_id)
    a.video.stop_video(a.call_id)
    a.call()
    assert a.wire.sent == [] and a.video.status(a.call_id).state is VideoState.OFF
    assert a.video.can_start(a.call_id)


def test_video_asked_for_while_ringing_is_still_ignored(qtbot, pair) -> None:
    a, _ = pair
    a.call(CallState.RINGING_OUT)
    a.video.start_video(a.call_id)
    a.call()
    assert a.wire.sent == [] and a.video.status(a.call_id).state is VideoState.OFF
