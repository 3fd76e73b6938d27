"""The video jitter buffer that skips a lost packet after half a second."""

from __future__ import annotations

from types import SimpleNamespace

from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtcrtpreceiver import RTCRtpReceiver
from aiortc.rtp import RtpPacket

from jego_desktop.media.video.jitter import (
    LONGEST_WAIT_S,
    VIDEO_CLOCK_HZ,
    PatientJitterBuffer,
    use_patient_jitter_buffer,
)

FRAME_TICKS = VIDEO_CLOCK_HZ // 30  # 30 pictures a second, one packet each


def packet(number: int) -> RtpPacket:
    made = RtpPacket(sequence_number=number % 65536, timestamp=(number * FRAME_TICKS) % (1 << 32))
    made._data = bytes([number % 256])  # type: ignore[attr-defined]
    return made


def feed(buffer: JitterBuffer, numbers: range | list[int]) -> tuple[list[JitterFrame], int]:
    frames, key_frame_requests = [], 0
    for number in numbers:
        ask, frame = buffer.add(packet(number))
        key_frame_requests += ask
        if frame is not None:
            frames.append(frame)
    return frames, key_frame_requests


def test_aiortcs_own_buffer_stalls_for_hundreds_of_packets_behind_one_lost() -> None:
    buffer = JitterBuffer(capacity=512, is_video=True)
    feed(buffer, range(10))
    frames, _ = feed(buffer, range(11, 300))  # packet 10 never comes: ~10 s of pictures
    assert frames == []


def test_a_lost_packet_is_given_up_after_half_a_second_and_a_key_frame_asked_for() -> None:
    buffer = PatientJitterBuffer(capacity=512, is_video=True)
    before, _ = feed(buffer, range(10))
    frames, asks = feed(buffer, range(11, 60))  # 10 never comes
    assert len(before) == 9  # the last one completes when the next picture starts
    assert asks == 1
    numbers = [frame.timestamp // FRAME_TICKS for frame in frames]
    # What was held when the wait passed half a second goes; from then on each picture
    # comes out as the next one starts, without delay.
    assert numbers == list(range(9 + int(LONGEST_WAIT_S * 30) + 1, 59))  # 9: the head


def test_a_retransmission_in_time_loses_nothing() -> None:
    buffer = PatientJitterBuffer(capacity=512, is_video=True)
    order = [*range(10), *range(11, 20), 10, *range(20, 40)]  # 10 arrives 0.3 s late
    frames, asks = feed(buffer, order)
    assert asks == 0
    numbers = [frame.timestamp // FRAME_TICKS for frame in frames]
    assert numbers == list(range(len(numbers))) and len(numbers) >= 29


def test_a_late_packets_delay_is_cut_back_to_half_a_second() -> None:
    buffer = PatientJitterBuffer(capacity=512, is_video=True)
    order = [*range(10), *range(11, 19), 10, *range(19, 100)]
    frames, _ = feed(buffer, order)
    held = buffer._held()
    newest = 99 * FRAME_TICKS
    assert newest - held[0][1].timestamp <= LONGEST_WAIT_S * VIDEO_CLOCK_HZ
    assert frames


def test_timestamps_wrapping_around_are_handled() -> None:
    buffer = PatientJitterBuffer(capacity=512, is_video=True)
    start = (1 << 32) // FRAME_TICKS - 5  # timestamps wrap a few pictures in
    feed(buffer, range(start, start + 10))
    frames, asks = feed(buffer, range(start + 11, start + 60))
    assert asks == 1 and len(frames) > 20


def test_aiortc_receivers_use_it_once_installed() -> None:
    use_patient_jitter_buffer()
    receiver = RTCRtpReceiver("video", SimpleNamespace(state="new"))  # type: ignore[arg-type]
    assert isinstance(receiver._RTCRtpReceiver__jitter_buffer, PatientJitterBuffer)  # type: ignore[attr-defined]
