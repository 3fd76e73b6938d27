"""Opening a camera per platform: the device string, the options tried in turn, the reason.

Windows and macOS are faked here (sys.platform patched, PyAV's MediaPlayer replaced by
one that logs through FFmpeg's real av_log and fails as FFmpeg does): nothing of this ran
on Windows or macOS. The Linux tests use the real v4l2 input (no camera on this machine).
"""

from __future__ import annotations

import errno
import sys
from dataclasses import dataclass, field

import av
import av.logging
import pytest

from jego_desktop.media.video import camera_discovery, camera_listing, cameras
from jego_desktop.media.video.camera_discovery import avfoundation_cameras, list_cameras
from jego_desktop.media.video.camera_errors import CameraError, CameraFailure
from jego_desktop.media.video.camera_info import Camera
from jego_desktop.media.video.camera_listing import ListedCamera
from jego_desktop.media.video.cameras import camera_input, open_camera
from jego_desktop.media.video.tracks import PatternTrack

MAC_EXACT = {"video_size": "640x480", "framerate": "30", "pixel_format": "nv12"}


@dataclass
class FakePlayer:
    """MediaPlayer's stand-in: each attempt either logs `errors` and raises, or opens."""

    failures: list[tuple[str, Exception]]  # (FFmpeg's error line, PyAV's exception) per attempt
    attempts: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    def __call__(self, device: str, format: str, options: dict[str, str]) -> FakePlayer:
        self.attempts.append((device, format, dict(options)))
        if self.failures:
            line, error = self.failures.pop(0)
            av.logging.log(av.logging.ERROR, format, line)
            raise error
        self.video = PatternTrack(64, 48)
        return self


def io_error() -> Exception:
    return av.error.OSError(errno.EIO, "Input/output error")


@pytest.fixture
def player(monkeypatch: pytest.MonkeyPatch) -> FakePlayer:
    fake = FakePlayer([])
    monkeypatch.setattr(cameras, "MediaPlayer", fake)
    return fake


def test_each_platform_has_its_input_and_its_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert camera_input() == cameras.CameraInput(
        "dshow", ({"video_size": "640x480", "framerate": "30"}, {})
    )
    monkeypatch.setattr(sys, "platform", "darwin")
    assert camera_input(1280, 720, 15).format == "avfoundation"
    assert camera_input().attempts == (MAC_EXACT, {"framerate": "30"}, {})
    monkeypatch.setattr(sys, "platform", "linux")
    assert camera_input() == cameras.CameraInput(
        "v4l2", ({"video_size": "640x480", "framerate": "30"},)
    )


def test_windows_opens_dshow_video_by_its_alternative_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    listed = [ListedCamera("Integrated Camera", "@device_pnp_cam")]
    monkeypatch.setattr(camera_listing, "list_dshow", lambda: listed)
    assert list_cameras() == [Camera("video=@device_pnp_cam", "Integrated Camera")]


def test_macos_opens_by_name_unless_avfoundation_would_misread_it() -> None:
    listed = [
        ListedCamera("FaceTime HD Camera", "0"),
        ListedCamera("4K Webcam", "1"),  # avfoundation would read index 4
        ListedCamera("Cam: Studio", "2"),  # ":" splits video from audio
        ListedCamera("USB Camera", "3"),  # a prefix of the next one: ambiguous
        ListedCamera("USB Camera #2", "4"),
    ]
    assert [c.device for c in avfoundation_cameras(listed)] == [
        "FaceTime HD Camera:none",
        "1:none",
        "2:none",
        "3:none",
        "USB Camera #2:none",
    ]
    assert [c.name for c in avfoundation_cameras(listed)][1] == "4K Webcam"


def test_a_listing_that_fails_lists_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")

    def broken() -> list[ListedCamera]:
        raise ValueError("no container format 'avfoundation'")

    monkeypatch.setattr(camera_listing, "list_avfoundation", broken)
    assert list_cameras() == []


def test_macos_falls_back_to_fewer_options_when_the_camera_refuses(
    monkeypatch: pytest.MonkeyPatch, player: FakePlayer
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    player.failures = [
        ("Selected video size (640x480) is not supported by the device.\n", io_error()),
        ("Selected framerate (30.000000) is not supported by the device.\n", io_error()),
    ]
    track = open_camera("FaceTime HD Camera:none")
    assert track is player.video
    assert player.attempts == [
        ("FaceTime HD Camera:none", "avfoundation", MAC_EXACT),
        ("FaceTime HD Camera:none", "avfoundation", {"framerate": "30"}),
        ("FaceTime HD Camera:none", "avfoundation", {}),
    ]


def test_windows_falls_back_without_options(
    monkeypatch: pytest.MonkeyPatch, player: FakePlayer
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    player.failures = [("Could not set video options\n", io_error())]
    open_camera("video=@device_pnp_cam")
    assert [options for _d, _f, options in player.attempts] == [
        {"video_size": "640x480", "framerate": "30"},
        {},
    ]
    assert {f for _d, f, _o in player.attempts} == {"dshow"}


def test_a_camera_refusing_everything_says_so(
    monkeypatch: pytest.MonkeyPatch, player: FakePlayer
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    refused = ("Selected video size (640x480) is not supported by the device.\n", io_error())
    player.failures = [
        refused,
        refused,
        ("Selected framerate (29.970030) is not supported by the device.\n", io_error()),
    ]
    with pytest.raises(CameraError) as raised:
        open_camera("0:none")
    assert raised.value.failure is CameraFailure.UNSUPPORTED
    assert "not supported by the device" in raised.value.detail
    assert len(player.attempts) == 3


def test_a_busy_camera_on_windows_is_not_tried_again(
    monkeypatch: pytest.MonkeyPatch, player: FakePlayer
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    line = (
        "Could not run graph (sometimes caused by a device already in use by other application)\n"
    )
    player.failures = [(line, io_error())]
    with pytest.raises(CameraError) as raised:
        open_camera("video=Integrated Camera")
    assert raised.value.failure is CameraFailure.BUSY
    assert raised.value.detail == line.strip()
    assert len(player.attempts) == 1


def test_a_camera_macos_does_not_allow_is_denied(
    monkeypatch: pytest.MonkeyPatch, player: FakePlayer
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    line = "Failed to create AV capture input device: Cannot use FaceTime HD Camera\n"
    player.failures = [(line, io_error())]
    with pytest.raises(CameraError) as raised:
        open_camera("FaceTime HD Camera:none")
    assert raised.value.failure is CameraFailure.DENIED
    assert len(player.attempts) == 1


def test_a_camera_that_went_away_is_not_found(
    monkeypatch: pytest.MonkeyPatch, player: FakePlayer
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    line = "Could not find video device with name [Gone] among source devices of type video.\n"
    player.failures = [(line, io_error())]
    with pytest.raises(CameraError) as raised:
        open_camera("video=Gone")
    assert raised.value.failure is CameraFailure.NOT_FOUND


def test_linux_lists_v4l2_nodes_only() -> None:
    found = list_cameras()
    if not camera_discovery._V4L2.is_dir():  # this test machine: no camera, no v4l2loopback
        assert found == []
    else:
        assert all(c.device.startswith("/dev/video") for c in found)


def test_linux_v4l2_says_a_missing_device_is_not_found() -> None:
    with pytest.raises(CameraError) as raised:
        open_camera("/dev/video-none")  # the real PyAV v4l2 input
    assert raised.value.failure is CameraFailure.NOT_FOUND
    assert "No such file or directory" in raised.value.detail
