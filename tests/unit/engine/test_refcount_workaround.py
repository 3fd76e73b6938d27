"""The pjsua2 wheel's SWIG wrappers release references to None they never took."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

PORT_SCRIPT = textwrap.dedent(
    """
    import gc, sys
    import pjsua2 as pj
    from jego_desktop.engine.refcount_workaround import protect_singletons
    if sys.argv[1] == "protect":
        protect_singletons()

    class Port(pj.AudioMediaPort):
        def onFrameRequested(self, frame):
            frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
            frame.buf

        def onFrameReceived(self, frame):
            frame.buf

    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.logConfig.consoleLevel = 0
    cfg.logConfig.level = 0
    ep.libInit(cfg)
    ep.audDevManager().setNullDev()
    ep.libStart()
    fmt = pj.MediaFormatAudio()
    fmt.init(pj.PJMEDIA_FORMAT_PCM, 16000, 1, 20000, 16)
    port = Port()
    port.createPort("probe", fmt)
    manager = ep.audDevManager()
    capture, playback = manager.getCaptureDevMedia(), manager.getPlaybackDevMedia()
    port.startTransmit(playback)
    capture.startTransmit(port)
    before = sys.getrefcount(None)
    ep.libHandleEvents(1500)
    print(sys.getrefcount(None) - before)
    port.stopTransmit(playback)
    capture.stopTransmit(port)
    del port, capture, playback, manager
    gc.collect()
    ep.libDestroy()
    """
)


def none_references_lost(mode: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", PORT_SCRIPT, mode], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return -int(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12")
def test_the_wheel_still_loses_references_to_none() -> None:
    # If this starts failing, the wheel was fixed and the workaround can go.
    assert none_references_lost("plain") > 20


def test_protected_singletons_cannot_reach_zero() -> None:
    from jego_desktop.engine.refcount_workaround import protect_singletons

    protect_singletons()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
        assert sys.getrefcount(True) > 1 << 39
    # The port still runs normally with the workaround in place.
    none_references_lost("protect")
