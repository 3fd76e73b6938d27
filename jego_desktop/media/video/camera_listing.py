"""Camera names as FFmpeg itself lists them on Windows (dshow) and macOS (avfoundation).

Why FFmpeg's own listing rather than Qt Multimedia's QMediaDevices.videoInputs(): the
name we list is the name PyAV must open, and only FFmpeg knows which names its input
devices accept. Qt describes cameras through Media Foundation (Windows) and its own
AVFoundation code (macOS); its ids are not DirectShow names, its order is not
avfoundation's index order, and two identical webcams get one description. FFmpeg's
DirectShow listing gives each camera's "alternative name", unique and accepted in place
of the friendly name. Listing through FFmpeg also keeps this layer free of Qt.

dshow lists its devices through libavdevice's device API, which PyAV 18 exposes
(`av.device`); avfoundation (and dshow under an older PyAV) only prints its list to
FFmpeg's log when opened with list_devices=true, so that log is captured and parsed.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import av
import av.logging

_LOG_PREFIX = re.compile(r"^\[[^\]]* @ [^\]]*\] ?")  # "[dshow @ 0x55d0…] " as the CLI prints it
_DSHOW_DEVICE = re.compile(r'^\s*"(?P<name>.*)"(?:\s+\((?P<kinds>[^)]*)\))?\s*$')
_DSHOW_ALTERNATIVE = re.compile(r'^\s*Alternative name\s+"(?P<name>.*)"\s*$')
_AVFOUNDATION_DEVICE = re.compile(r"^\[(?P<index>\d+)\] (?P<name>.+?)\s*$")
_AVFOUNDATION_SCREEN = re.compile(r"^Capture screen \d+$")
_log_level_lock = threading.Lock()  # PyAV's log level is process-wide
_capturing = 0  # blocks in ffmpeg_log() on any thread
_saved: tuple[int | None, bool] = (None, True)  # the level and skipping they replaced


@dataclass(frozen=True)
class ListedCamera:
    name: str  # for people: DirectShow's friendly name, AVFoundation's localized name
    key: str  # what the device input takes: dshow's alternative name, avfoundation's index


def parse_dshow_listing(text: str) -> list[ListedCamera]:
    """The video devices in FFmpeg's dshow list_devices output.

    FFmpeg 5 and later mark each device `"Name" (video)` / `(audio)` / `(audio, video)`
    / `(none)`; older releases print a "DirectShow video devices" heading, then the
    audio heading, and bare `"Name"` lines. Each device may be followed by its
    `Alternative name "@device_pnp_…"` line.
    """
    cameras: list[ListedCamera] = []
    section_is_video = True  # old format: the video heading comes first
    pending: ListedCamera | None = None
    for raw in text.splitlines():
        line = _LOG_PREFIX.sub("", raw)
        lowered = line.strip().lower()
        if lowered.startswith("directshow video devices"):
            section_is_video = True
            continue
        if lowered.startswith("directshow audio devices"):
            section_is_video = False
            continue
        alternative = _DSHOW_ALTERNATIVE.match(line)
        if alternative is not None:
            if pending is not None:
                cameras[-1] = ListedCamera(pending.name, alternative["name"])
                pending = None
            continue
        device = _DSHOW_DEVICE.match(line)
        if device is None:
            continue
        pending = None
        kinds = device["kinds"]
        is_video = section_is_video if kinds is None else "video" in kinds.split(", ")
        if is_video and device["name"]:
            pending = ListedCamera(device["name"], device["name"])
            cameras.append(pending)
    return cameras


def parse_avfoundation_listing(text: str) -> list[ListedCamera]:
    """The cameras in FFmpeg's avfoundation list_devices output.

    The video list comes first and ends with the screens ("Capture screen 0"), which
    are not cameras; the audio list follows its own heading.
    """
    cameras: list[ListedCamera] = []
    in_video = False
    for raw in text.splitlines():
        line = _LOG_PREFIX.sub("", raw).strip()
        lowered = line.lower()
        if lowered.startswith("avfoundation video devices"):
            in_video = True
            continue
        if lowered.startswith("avfoundation audio devices"):
            in_video = False
            continue
        device = _AVFOUNDATION_DEVICE.match(line)
        if in_video and device is not None and not _AVFOUNDATION_SCREEN.match(device["name"]):
            cameras.append(ListedCamera(device["name"], device["index"]))
    return cameras


@contextmanager
def ffmpeg_log() -> Iterator[list[tuple[int, str, str]]]:
    """FFmpeg's log messages on this thread while the block runs, as (level, name, text).

    PyAV drops FFmpeg's log unless a level is set, and skips a message equal to the
    one before (two cameras of the same name): both are set while any thread is in
    such a block (the loop's executor may list while the loop opens a camera), then restored.
    """
    global _capturing, _saved
    with _log_level_lock:
        if _capturing == 0:
            _saved = (av.logging.get_level(), av.logging.get_skip_repeated())
            av.logging.set_level(av.logging.INFO)
            av.logging.set_skip_repeated(False)
        _capturing += 1
    try:
        with av.logging.Capture() as logs:
            yield logs
    finally:
        with _log_level_lock:
            _capturing -= 1
            if _capturing == 0:
                av.logging.set_level(_saved[0])
                av.logging.set_skip_repeated(_saved[1])


def listing_text(format_name: str, url: str) -> str:
    """What FFmpeg prints when `format_name` is opened with list_devices=true.

    One device line may come in several log calls (dshow prints the name, then its
    media types), so the pieces are joined before being split into lines.
    """
    # FFmpeg always "fails" after listing (Immediate exit requested).
    with ffmpeg_log() as logs, contextlib.suppress(av.FFmpegError):
        av.open(url, format=format_name, options={"list_devices": "true"}).close()
    return "".join(message for _level, _name, message in logs)


def list_dshow() -> list[ListedCamera]:
    enumerate_devices: Callable[[str], list[av.device.DeviceInfo]] | None = getattr(
        getattr(av, "device", None), "enumerate_input_devices", None
    )
    if enumerate_devices is not None:
        try:
            devices = enumerate_devices("dshow")
        except (av.FFmpegError, ValueError, NotImplementedError):
            pass  # this FFmpeg lacks the device API: read its log instead
        else:
            return [
                ListedCamera(d.description or d.name, d.name)
                for d in devices
                if "video" in d.media_types and d.name
            ]
    return parse_dshow_listing(listing_text("dshow", "dummy"))


def list_avfoundation() -> list[ListedCamera]:
    return parse_avfoundation_listing(listing_text("avfoundation", ""))
