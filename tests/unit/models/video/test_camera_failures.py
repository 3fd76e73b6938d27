"""A camera that does not open: the reason reaches the controller, the video goes on
receive-only, and the person reads why (fakes stand in for Windows and macOS cameras;
nothing here ran on either)."""

from __future__ import annotations

import pytest

from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video.camera_discovery import list_cameras
from jego_desktop.media.video.camera_errors import CameraError, CameraFailure
from jego_desktop.media.video.camera_info import Camera
from jego_desktop.models.video.camera_problems import camera_problem_text
from jego_desktop.models.video.video_call import VideoState
from jego_desktop.models.video.video_sources import CameraSources
from tests.unit.models.video_pair import decoded_in_order


@pytest.fixture(autouse=True)
def _singletons() -> None:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)


def refusing(failure: CameraFailure, detail: str = "as FFmpeg said it"):
    opened: list[str] = []

    def opener(device: str):
        opened.append(device)
        raise CameraError(failure, detail)

    return opener, opened


def test_no_camera_at_all_reports_none_found() -> None:
    failures: list[CameraError] = []
    source = CameraSources(lister=lambda: []).factory(failures.append)
    assert source() is None  # the dark placeholder goes out instead
    assert [f.failure for f in failures] == [CameraFailure.NONE_FOUND]


def test_the_first_listed_camera_opens_when_none_was_chosen() -> None:
    opener, opened = refusing(CameraFailure.BUSY)
    failures: list[CameraError] = []
    listed = [Camera("video=@device_pnp_a", "A"), Camera("video=@device_pnp_b", "B")]
    sources = CameraSources(lister=lambda: listed, opener=opener)
    assert sources.factory(failures.append)() is None
    assert opened == ["video=@device_pnp_a"]
    assert [(f.failure, f.detail) for f in failures] == [(CameraFailure.BUSY, "as FFmpeg said it")]


def test_an_unexpected_error_still_gives_a_reason() -> None:
    def opener(device: str):
        raise RuntimeError("the driver crashed")

    failures: list[CameraError] = []
    assert CameraSources(device="0:none", opener=opener).factory(failures.append)() is None
    assert [(f.failure, f.detail) for f in failures] == [
        (CameraFailure.OTHER, "the driver crashed")
    ]


def test_a_camera_turned_off_is_not_opened() -> None:
    opener, opened = refusing(CameraFailure.BUSY)
    failures: list[CameraError] = []
    assert CameraSources(False, "x", opener=opener).factory(failures.append)() is None
    assert opened == [] and failures == []


@pytest.mark.parametrize(
    ("failure", "platform", "words"),
    [
        (CameraFailure.NONE_FOUND, "linux", "No camera was found."),
        (CameraFailure.BUSY, "win32", "in use by another app"),
        (CameraFailure.DENIED, "darwin", "System Settings › Privacy & Security › Camera"),
        (CameraFailure.DENIED, "win32", "Settings › Privacy & security › Camera"),
        (CameraFailure.DENIED, "linux", "permission denied"),
        (CameraFailure.NOT_FOUND, "win32", "still plugged in"),
        (CameraFailure.UNSUPPORTED, "darwin", "no picture size"),
        (CameraFailure.OTHER, "win32", "did not open (Input/output error)"),
    ],
)
def test_each_reason_reads_as_what_to_do(failure, platform, words, qapp) -> None:
    text = camera_problem_text(CameraError(failure, "Input/output error"), platform)
    assert words in text
    assert text.endswith("The other side does not see you; you still see them.")


def test_a_busy_camera_leaves_the_video_receive_only_with_its_reason(qtbot, pair) -> None:
    a, b = pair
    opener, opened = refusing(CameraFailure.BUSY, "Could not run graph")
    a.video.sources = CameraSources(device="video=Integrated Camera", opener=opener)
    a.camera_on_answer = False  # A asks for video itself; B's camera answers
    reasons: list[tuple[str, str]] = []
    a.video.camera_failed.connect(lambda call_id, text: reasons.append((call_id, text)))
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: reasons != [], timeout=10_000)
    assert opened == ["video=Integrated Camera"]
    assert reasons[0][0] == a.call_id and "in use by another app" in reasons[0][1]
    assert not a.video.status(a.call_id).sending  # the camera button shows "off"
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 10), timeout=15_000)  # B's picture
    qtbot.waitUntil(lambda: len(b.frames) >= 1, timeout=10_000)
    assert set(b.frames) == {None}  # A sends the dark placeholder
    assert a.video.status(a.call_id).state is VideoState.ACTIVE
    a.video.set_sending(a.call_id, True)  # turning the camera on tries again
    qtbot.waitUntil(lambda: len(reasons) == 2, timeout=10_000)
    assert opened == ["video=Integrated Camera"] * 2


def test_on_this_linux_machine_a_video_call_goes_receive_only(qtbot, pair) -> None:
    a, b = pair
    assert list_cameras() == [], "this test describes a machine without a camera"
    a.video.sources = CameraSources()  # the real v4l2 listing
    a.camera_on_answer = False
    reasons: list[str] = []
    a.video.camera_failed.connect(lambda call_id, text: reasons.append(text))
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 10), timeout=15_000)
    assert reasons and reasons[0].startswith("No camera was found.")
    assert not a.video.status(a.call_id).sending
