"""Fixtures shared by the model tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection
from tests.unit.models.video_pair import Side, video_threads


@pytest.fixture
def pair(qtbot: QtBot) -> Iterator[tuple[Side, Side]]:
    """A calling B, their video controllers wired to each other; no video thread left after."""
    a = Side("call-a", CallDirection.OUTGOING)
    b = Side("call-b", CallDirection.INCOMING)
    a.wire.peer, b.wire.peer = b.video, a.video
    a.wire.peer_call_id, b.wire.peer_call_id = b.call_id, a.call_id
    yield a, b
    for side in (a, b):
        side.video.shutdown()
    assert video_threads() == []
    for side in (a, b):
        side.wire.peer = side.wire.owner = None
        # Here, on this thread: the objects form cycles, and Python's cyclic GC may run on
        # a later test's video thread, where destroying a QObject aborts the process.
        shiboken6.delete(side.video)
