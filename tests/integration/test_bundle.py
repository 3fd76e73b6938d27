"""The PyInstaller bundle builds, holds the video stack and nothing Jego never loads, starts
under Xvfb, shows its window and answers status."""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PyInstaller.archive.readers import pkg_archive_contents  # type: ignore[import-untyped]
from PySide6.QtGui import QImage

from jego_desktop import DESKTOP_ID
from jego_desktop.domain.calls import CallState
from jego_desktop.platform.app_icons import HICOLOR_SIZES
from tests.integration.built_bundle import BuiltBundle
from tests.integration.bundle_libraries_probe import REPLACED_CODECS
from tests.integration.test_video_calls import VideoPeerClient
from tests.peers.kamailio import Kamailio
from tests.peers.pulse import VirtualAudio
from tests.peers.xvfb import Xvfb

pytestmark = pytest.mark.peers
ROOT = Path(__file__).resolve().parents[2]


# What a video call imports (media/video) and what aiortc itself imports lazily.
VIDEO_MODULES = (
    "jego_desktop.media.video.session",
    "aiortc.rtcpeerconnection",
    "aiortc.codecs.vpx",
    "aioice.ice",
    "aioice.mdns",
    "pylibsrtp",
)


def assert_video_stack_bundled(program: Path) -> None:
    """aiortc's Python modules are in the executable's archive; PyAV's compiled modules,
    pylibsrtp's binding and FFmpeg with libvpx and libopus are in _internal."""
    archived = set(pkg_archive_contents(str(program)))
    missing = [name for name in VIDEO_MODULES if name not in archived]
    assert not missing, f"not in the bundle: {missing}"
    internal = program.parent / "_internal"
    names = [f.name for f in internal.rglob("*") if f.is_file()]
    for needed in ("libvpx", "libopus", "libavcodec", "libavformat", "libswscale"):
        assert any(name.startswith(needed) for name in names), f"no {needed} in the bundle"
    assert list((internal / "av").glob("_core*.so")), "PyAV's compiled modules are missing"
    assert list((internal / "av" / "video").glob("frame*.so"))
    assert list((internal / "pylibsrtp").glob("_binding*.so"))


# Measured on disk (MiB) after leaving out what Jego never loads, the symbol tables, the
# stand-ins for FFmpeg's unused codecs and NumPy's OpenBLAS, and Qt's trimmed ICU data
# (365 MB at first, 294 before the stand-ins; README, "Packages").
SIZE_CEILING_MB = 200


def assert_nothing_jego_never_loads(program: Path) -> None:
    internal = program.parent / "_internal"
    names = {f.relative_to(internal).as_posix() for f in internal.rglob("*")}
    plugins = "PySide6/Qt/plugins/"
    for dropped in (
        plugins + "platformthemes/libqgtk3.so",
        plugins + "platforms/libqeglfs.so",
        plugins + "platforms/libqvnc.so",
        plugins + "platforms/libqlinuxfb.so",
        plugins + "generic",
        plugins + "egldeviceintegrations",
        "libQt6EglFSDeviceIntegration.so.6",
        "libgtk-3.so.0",
        "libcairo.so.2",  # only the GTK theme needed it
        "translations/import_table.py",
        "translations/jego_fr.ts",
        "translations/update.sh",
    ):
        assert dropped not in names, f"{dropped} is still in the bundle"
    for kept in (
        plugins + "platforms/libqxcb.so",
        plugins + "platforms/libqwayland.so",
        plugins + "platforms/libqoffscreen.so",
        plugins + "platformthemes/libqxdgdesktopportal.so",
        plugins + "imageformats/libqjpeg.so",
        plugins + "networkinformation/libqnetworkmanager.so",
        "translations/jego_fr.qm",
        "translations/jego_zh_CN.qm",
        "translations/jego_zh_TW.qm",
    ):
        assert kept in names, f"{kept} is missing"
    dangling = [
        path.name for path in internal.rglob("*") if path.is_symlink() and not path.exists()
    ]
    assert not dangling, f"links to libraries left out: {dangling}"
    qt_translations = sorted(n for n in names if n.startswith("PySide6/Qt/translations/"))
    assert qt_translations == [
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/translations/qtbase_zh_TW.qm",
    ]


# Run by a fresh interpreter: dlopen every shared library of the bundle, as the dynamic
# linker does at load time (RTLD_LAZY), and list those that fail.
DLOPEN_ALL = """
import ctypes, json, os, sys
from pathlib import Path
failed = {}
for path in sorted(Path(sys.argv[1]).rglob("*.so*")):
    if path.is_file() and not path.is_symlink():
        try:
            ctypes.CDLL(str(path), mode=os.RTLD_LAZY)
        except OSError as error:
            failed[str(path)] = str(error)
print(json.dumps(failed))
"""


def assert_every_library_loads(program: Path) -> None:
    """Nothing the linker needs was left out, and stripping broke no library."""
    internal = program.parent / "_internal"
    loaded = subprocess.run(
        [sys.executable, "-c", DLOPEN_ALL, str(internal)],
        env=dict(os.environ, LD_LIBRARY_PATH=str(internal)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    failed = json.loads(loaded.stdout.splitlines()[-1])
    assert not failed, failed


def _probe(
    bundle: BuiltBundle, tmp_path: Path, probe: str, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """tests/integration/bundle_libraries_probe.py with the bundle's PyAV, NumPy and ICU
    data: the venv's Python code of av and numpy with the bundle's compiled files over it
    (their RPATH finds the bundle's av.libs and numpy.libs beside them), and the bundle's
    libicudata found first (LD_LIBRARY_PATH comes before Qt's RUNPATH)."""
    internal = bundle.folder / "_internal"
    overlay = tmp_path / "overlay"
    if not overlay.exists():
        for package in ("av", "numpy"):
            installed = Path(importlib.import_module(package).__file__ or "").parent
            shutil.copytree(installed, overlay / package, ignore=shutil.ignore_patterns("*.so"))
            for compiled in (internal / package).rglob("*.so"):
                target = overlay / package / compiled.relative_to(internal / package)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(compiled, target)
            shutil.copytree(internal / f"{package}.libs", overlay / f"{package}.libs")
        (overlay / "icu").mkdir()
        for icu_data in (internal / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"):
            shutil.copy2(icu_data, overlay / "icu" / icu_data.name)
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(overlay), str(ROOT)]),
        LD_LIBRARY_PATH=str(overlay / "icu"),
        QT_QPA_PLATFORM="offscreen",
        **(extra_env or {}),
    )
    return subprocess.run(
        [sys.executable, "-m", "tests.integration.bundle_libraries_probe", probe],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def _probe_json(
    bundle: BuiltBundle, tmp_path: Path, probe: str, extra_env: dict[str, str] | None = None
) -> dict[str, Any]:
    done = _probe(bundle, tmp_path, probe, extra_env)
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_the_bundled_ffmpeg_does_vp8_and_opus_and_refuses_the_codecs_it_replaced(
    tmp_path: Path, built_bundle: BuiltBundle
) -> None:
    """The stand-ins (packaging/library_stubs.py) load with FFmpeg and fail cleanly: each
    replaced encoder, decoder, protocol and device raises PyAV's error, not a crash."""
    internal = built_bundle.folder / "_internal"
    x265 = next((internal / "av.libs").glob("libx265-*"))
    assert x265.stat().st_size < 100_000, "libx265 is still the real one"
    result = _probe_json(built_bundle, tmp_path, "codecs")
    assert result["av"].startswith(str(tmp_path / "overlay"))
    assert len(result["vp8_shades"]) == 5  # every picture decoded, shades kept
    assert all(abs(got - 40 * i) <= 3 for i, got in enumerate(result["vp8_shades"]))
    assert result["opus_samples"] == 960
    refusals = result["refusals"]
    print(f"replaced codecs: {refusals}")
    assert set(refusals) == {*REPLACED_CODECS, "https", "alsa"}
    assert "opened" not in refusals.values(), refusals
    # The stand-ins' own error texts, as FFmpeg logged them (the real TLS and ALSA say
    # something else about a silent server and a missing device).
    for label in ("https", "alsa"):
        assert "is not available in Jego's FFmpeg" in refusals[label], refusals[label]


def test_the_alsa_stand_in_leaves_portaudio_its_sound(
    tmp_path: Path, built_bundle: BuiltBundle, virtual_audio: VirtualAudio
) -> None:
    """FFmpeg's libasound is a stand-in; PortAudio's own (Debian's) still lists the
    devices and records after it has loaded."""
    result = _probe_json(built_bundle, tmp_path, "sound", virtual_audio.env)
    assert result["av"].startswith(str(tmp_path / "overlay"))
    assert virtual_audio.microphone_source in " ".join(result["devices"]), result["devices"]
    assert result["recorded"] == 4800


def test_the_bundled_numpy_multiplies_as_openblas_and_stops_at_linalg(
    tmp_path: Path, built_bundle: BuiltBundle
) -> None:
    """NumPy's products through the reference BLAS stand-in equal OpenBLAS's (the venv's
    NumPy here) to rounding; numpy.linalg stops the process with a message."""
    import numpy as np

    from tests.integration.bundle_libraries_probe import numpy_products

    bundled = _probe_json(built_bundle, tmp_path, "numpy")
    assert bundled["numpy"].startswith(str(tmp_path / "overlay"))
    expected = numpy_products()["products"]
    assert bundled["products"].keys() == expected.keys()
    for label, (real, imaginary) in expected.items():
        got = np.array(bundled["products"][label][0]) + 1j * np.array(bundled["products"][label][1])
        want = np.array(real) + 1j * np.array(imaginary)
        tolerance = 1e-4 if label.startswith(("float32", "complex64")) else 1e-10
        assert np.allclose(got, want, rtol=tolerance, atol=tolerance * 10), label
    stopped = _probe(built_bundle, tmp_path, "linalg")
    assert stopped.returncode == -signal.SIGABRT
    assert "numpy.linalg is not available in this bundle" in stopped.stderr


def test_the_bundled_icu_data_sorts_and_converts_as_the_full_one_in_jegos_languages(
    tmp_path: Path, built_bundle: BuiltBundle
) -> None:
    """Qt's collation (region names), case mapping and the web's encodings behave with
    the trimmed ICU data (packaging/icu_trim.py) exactly as with the full one; an
    encoding left out is refused (an invalid decoder), not mistranslated."""
    from tests.integration.bundle_libraries_probe import icu

    library = next((built_bundle.folder / "_internal/PySide6/Qt/lib").glob("libicudata.so.*"))
    assert library.stat().st_size < 10 * 2**20, "ICU's data is whole"
    bundled = _probe_json(built_bundle, tmp_path, "icu")
    full = icu()
    assert bundled["sorted"] == full["sorted"]
    assert bundled["upper"] == full["upper"] == "İSTANBUL"
    assert bundled["encodings"] == full["encodings"]
    assert all(bundled["encodings"].values())
    assert full["ebcdic"] and not bundled["ebcdic"]


def _log_line(log: Path, pattern: str, deadline: float) -> re.Match[str]:
    while True:
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        match = re.search(pattern, text)
        if match:
            return match
        assert time.monotonic() < deadline, f"no {pattern!r} in {log}:\n{text[-3000:]}"
        time.sleep(0.2)


def test_the_bundled_app_makes_a_video_call(
    tmp_path: Path, built_bundle: BuiltBundle, kamailio: Kamailio
) -> None:
    """The bundle itself (offscreen, no camera: it sends its dark placeholder) calls a
    video peer on its direct account, answers the peer's video offer, and VP8 flows both ways
    through the bundled aiortc, PyAV and libvpx: the peer decodes the bundle's pictures,
    and the bundle logs the first 640x480 picture of the peer's pattern it decoded."""
    program = built_bundle.program
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "settings.ini").write_text("[network]\nbind_address=127.0.0.1\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), PYTHONPATH="")
    env.pop("PYTHONHOME", None)
    server = f"127.0.0.1:{kamailio.port('udp')}"
    peer = VideoPeerClient("bob", tmp_path, "bob", "secret-b", server)
    app = subprocess.Popen(
        [str(program), "--profile", str(profile)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        log = profile / "logs" / "jego.log"
        peer.start()
        port = peer.wait("started")["ports"]["udp"]
        _log_line(log, "main window shown", time.monotonic() + 60)
        # No account: a SIP address goes out on the direct account; the peer answers.
        called = subprocess.run(
            [str(program), "--profile", str(profile), "call", f"sip:bob@127.0.0.1:{port}"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert called.returncode == 0, called.stdout + called.stderr
        peer.wait("call", lambda e: e["state"] == CallState.ACTIVE.value, 15)
        peer.command("start_video")
        first = peer.wait("frame", timeout=30)
        since = peer.mark()
        peer.wait("frame", timeout=10, since=since + 10)  # pictures keep coming
        print(f"the peer decoded the bundle's pictures from t={first['t']:.2f}")
        received = _log_line(log, r"first picture received, (\d+)x(\d+)", time.monotonic() + 20)
        assert received.groups() == ("640", "480")
        assert "video session" in log.read_text(encoding="utf-8")
    finally:
        peer.stop()
        app.terminate()
        app.wait(timeout=20)


def test_bundle_starts_shows_its_window_and_answers_status(
    tmp_path: Path, xvfb: Xvfb, built_bundle: BuiltBundle
) -> None:
    program = built_bundle.program
    files = [f for f in program.parent.rglob("*") if f.is_file() and not f.is_symlink()]
    size_mb = sum(f.stat().st_size for f in files) / 2**20  # links to libraries count once
    print(f"bundle: {size_mb:.0f} MB in {len(files)} files")
    assert size_mb <= SIZE_CEILING_MB
    assert_nothing_jego_never_loads(program)
    assert_every_library_loads(program)
    bundled_icons = program.parent / "_internal" / "share" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        icon = QImage(str(bundled_icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"))
        assert icon.width() == size, f"no {size} px icon in the bundle"
    assert_video_stack_bundled(program)

    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "settings.ini").write_text("[network]\nbind_address=127.0.0.1\n")
    # No system entry (XDG_DATA_DIRS of its own): the bundle registers itself per user.
    env = dict(
        xvfb.env(),
        HOME=str(tmp_path / "home"),
        PYTHONPATH="",
        XDG_DATA_DIRS=str(tmp_path / "system"),
    )
    env.pop("PYTHONHOME", None)
    started = time.monotonic()
    app = subprocess.Popen(
        [str(program), "--profile", str(profile)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        log = profile / "logs" / "jego.log"
        deadline = time.monotonic() + 60
        while not (log.exists() and "main window shown" in log.read_text(encoding="utf-8")):
            assert app.poll() is None, app.communicate()[0][-3000:]
            assert time.monotonic() < deadline, "the bundle did not show its window"
            time.sleep(0.1)
        print(f"bundle window shown after {time.monotonic() - started:.2f} s")
        time.sleep(0.5)
        image = QImage(str(xvfb.screenshot(tmp_path / "bundle.png")))
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, 400, 16)
        }
        assert len(colours) > 5, "the screen is blank"
        status = subprocess.run(
            [str(program), "--profile", str(profile), "status", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout) == {
            "running": True,
            "accounts": [],
            "calls": [],
            "unread": 0,
            "my_status": "online",
        }
    finally:
        app.terminate()
        app.communicate(timeout=20)
    assert (profile / "jego.sqlite3").exists()
    # The install step at first start: desktop entry running the bundle, hicolor icons.
    share = tmp_path / "home" / ".local" / "share"
    entry = (share / "applications" / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={program} %u\n" in entry and f"Icon={DESKTOP_ID}\n" in entry
    assert QImage(str(share / f"icons/hicolor/256x256/apps/{DESKTOP_ID}.png")).width() == 256
    offline = subprocess.run(
        [str(program), "--profile", str(profile), "status", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert offline.returncode == 0
    stopped = json.loads(offline.stdout)
    assert stopped["running"] is False and stopped["my_status"] == "online"
