"""Camera listing on Windows (dshow) and macOS (avfoundation), from FFmpeg's own output.

Nothing here runs on Windows or macOS: the samples have the shape FFmpeg's dshow.c and
avfoundation.m print (FFmpeg 3.x, 4.x and 5+ for dshow), and FFmpeg's log is fed through
PyAV's real logging (av.logging.log calls av_log) to test the capture.
"""

from __future__ import annotations

from pathlib import Path

import av
import av.logging
import pytest

from jego_desktop.media.video.camera_listing import (
    ListedCamera,
    ffmpeg_log,
    list_dshow,
    listing_text,
    parse_avfoundation_listing,
    parse_dshow_listing,
)

LISTINGS = Path(__file__).with_name("camera_listings")  # as FFmpeg prints them
DSHOW_MODERN = (LISTINGS / "dshow-ffmpeg5.txt").read_text(encoding="utf-8")
DSHOW_4 = (LISTINGS / "dshow-ffmpeg3.txt").read_text(encoding="utf-8")
DSHOW_OLDEST = (LISTINGS / "dshow-ffmpeg1.txt").read_text(encoding="utf-8")
AVFOUNDATION = (LISTINGS / "avfoundation.txt").read_text(encoding="utf-8")

C920_KEY = (
    r"@device_pnp_\\?\usb#vid_046d&pid_082d&mi_00#7&2d1b5a4&0&0000"
    r"#{65e8773d-8f56-11d0-a3b9-00a0c9223196}\global"
)


def test_dshow_since_ffmpeg_5_lists_the_video_devices_with_their_alternative_names() -> None:
    cameras = parse_dshow_listing(DSHOW_MODERN)
    assert [c.name for c in cameras] == ["Integrated Camera", "HD Pro Webcam C920"]
    assert cameras[0].key.startswith(r"@device_pnp_\\?\usb#vid_04f2&pid_b6d9")
    assert cameras[1].key == C920_KEY  # a camera with a microphone is still a camera


def test_dshow_before_ffmpeg_5_takes_the_video_heading_only() -> None:
    cameras = parse_dshow_listing(DSHOW_4)
    assert [c.name for c in cameras] == ["Integrated Webcam", "screen-capture-recorder"]
    assert cameras[1].key == (
        r"@device_sw_{860BB310-5D01-11D0-BD3B-00A0C911CE86}\{4EA69364-2C8A-4AE6-A561-56E4B5044439}"
    )


def test_dshow_without_alternative_names_opens_by_friendly_name() -> None:
    assert parse_dshow_listing(DSHOW_OLDEST) == [
        ListedCamera("Integrated Camera", "Integrated Camera")
    ]


def test_two_identical_webcams_stay_two_cameras() -> None:
    text = (
        '"USB Camera" (video)\n  Alternative name "@device_pnp_one"\n'
        '"USB Camera" (video)\n  Alternative name "@device_pnp_two"\n'
    )
    assert parse_dshow_listing(text) == [
        ListedCamera("USB Camera", "@device_pnp_one"),
        ListedCamera("USB Camera", "@device_pnp_two"),
    ]


def test_avfoundation_lists_cameras_by_index_without_screens_or_microphones() -> None:
    assert parse_avfoundation_listing(AVFOUNDATION) == [
        ListedCamera("FaceTime HD Camera", "0"),
        ListedCamera("OBS Virtual Camera", "1"),
    ]


def test_nothing_listed_means_no_camera() -> None:
    assert parse_dshow_listing("dummy: Immediate exit requested\n") == []
    assert (
        parse_avfoundation_listing("AVFoundation video devices:\nAVFoundation audio devices:\n")
        == []
    )


def _fake_dshow_open(pieces: list[str]):
    """An av.open that logs `pieces` through FFmpeg's av_log, as dshow.c does, and exits."""

    def fake_open(url: str, format: str, options: dict[str, str]):
        assert (url, format, options) == ("dummy", "dshow", {"list_devices": "true"})
        for piece in pieces:
            av.logging.log(av.logging.INFO, "dshow", piece)
        raise av.error.ExitError(-0x54495845, "Immediate exit requested")

    return fake_open


def test_the_listing_is_read_from_ffmpegs_log_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    # dshow.c prints one device line in several av_log calls; two identical webcams
    # make identical consecutive messages, which PyAV would skip by default.
    pieces = ['"USB Camera"', " (video", ")", "\n", '  Alternative name "@a"\n']
    pieces += ['"Mic"', " (audio", ")", "\n", '  Alternative name "@m"\n']
    pieces += [' "Old"\n', ' "Old"\n']
    monkeypatch.setattr(av, "open", _fake_dshow_open(pieces))
    level, skip = av.logging.get_level(), av.logging.get_skip_repeated()
    text = listing_text("dshow", "dummy")
    assert text == "".join(pieces)
    assert (av.logging.get_level(), av.logging.get_skip_repeated()) == (level, skip)


def test_dshow_uses_ffmpegs_device_list_where_pyav_has_it(monkeypatch: pytest.MonkeyPatch) -> None:
    devices = [
        av.device.DeviceInfo("@device_pnp_cam", "Integrated Camera", True, ["video"]),
        av.device.DeviceInfo("@device_cm_mic", "Microphone", False, ["audio"]),
        av.device.DeviceInfo("@device_pnp_c920", "C920", False, ["video", "audio"]),
    ]
    asked: list[str] = []

    def enumerate_input_devices(format_name: str) -> list[av.device.DeviceInfo]:
        asked.append(format_name)
        return devices

    monkeypatch.setattr(av.device, "enumerate_input_devices", enumerate_input_devices)
    assert list_dshow() == [
        ListedCamera("Integrated Camera", "@device_pnp_cam"),
        ListedCamera("C920", "@device_pnp_c920"),
    ]
    assert asked == ["dshow"]


def test_dshow_reads_the_log_where_the_device_list_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unsupported(format_name: str) -> list[av.device.DeviceInfo]:
        raise NotImplementedError(format_name)

    monkeypatch.setattr(av.device, "enumerate_input_devices", unsupported)
    monkeypatch.setattr(av, "open", _fake_dshow_open([DSHOW_MODERN]))
    assert [c.name for c in list_dshow()] == ["Integrated Camera", "HD Pro Webcam C920"]


def test_overlapping_captures_keep_the_log_until_the_last_ends() -> None:
    # The GUI thread may list cameras while the video thread opens one.
    level = av.logging.get_level()
    with ffmpeg_log() as outer:
        with ffmpeg_log() as inner:
            av.logging.log(av.logging.INFO, "dshow", "inner\n")
        av.logging.log(av.logging.INFO, "dshow", "outer\n")
    assert [m for _l, _n, m in inner] == ["inner\n"]
    assert [m for _l, _n, m in outer] == ["outer\n"]
    assert av.logging.get_level() == level
