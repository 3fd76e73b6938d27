"""Playing voice messages in the chat, one at a time, reported by Qt signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from jego_desktop.media.voice_message import VoicePlayer
from jego_desktop.models.window.engine_texts import engine_text


class VoicePlayback(QObject):
    """Plays one voice message at a time; starting another stops the current one.

    The file is probed and the speaker opened on a thread of its own: a received file
    is never read or decoded on the GUI thread.

    Signals (on the GUI thread):
        position_changed(str path, float position_s, float duration_s): about every 100 ms.
        finished(str path): the end was reached, or `stop()` was called.
        failed(str path, str message): the file cannot be played (the message says why).
    """

    position_changed = Signal(str, float, float)
    finished = Signal(str)
    failed = Signal(str, str)
    # From the player's worker thread; queued to this object's thread.
    _moved = Signal(object, int, int)
    _ended = Signal(object)
    _refused = Signal(object, str)

    def __init__(
        self, output_device: Callable[[], str] = lambda: "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._output_device = output_device
        self._player: VoicePlayer | None = None
        self._moved.connect(self._on_moved)
        self._ended.connect(self._on_ended)
        self._refused.connect(self._on_refused)

    def current(self) -> Path | None:
        return None if self._player is None else self._player.path

    def play(self, path: Path) -> None:
        self.stop()
        player = VoicePlayer(
            path,
            device=self._output_device(),
            on_position=lambda position, duration: self._moved.emit(player, position, duration),
            on_finished=lambda: self._ended.emit(player),
        )
        self._player = player
        threading.Thread(
            target=self._start, args=(player,), name="voice-start", daemon=True
        ).start()

    def _start(self, player: VoicePlayer) -> None:
        """Worker thread: probe, start decoding, open the speaker."""
        problem = player.play()
        if problem:
            self._refused.emit(player, problem)

    def stop(self) -> None:
        player, self._player = self._player, None
        if player is not None:
            player.stop()
            self.finished.emit(str(player.path))

    @Slot(object, int, int)
    def _on_moved(self, player: VoicePlayer, position_ms: int, duration_ms: int) -> None:
        if player is self._player:
            self.position_changed.emit(str(player.path), position_ms / 1000, duration_ms / 1000)

    @Slot(object)
    def _on_ended(self, player: VoicePlayer) -> None:
        if player is self._player:
            self._player = None
            player.stop()
            self.finished.emit(str(player.path))
            if player.problem:  # decoding stopped early: a damaged or too long file
                self._fail(player, player.problem)

    @Slot(object, str)
    def _on_refused(self, player: VoicePlayer, problem: str) -> None:
        if player is self._player:
            self._player = None
            self._fail(player, problem)

    def _fail(self, player: VoicePlayer, problem: str) -> None:
        self.failed.emit(
            str(player.path),
            self.tr("This voice message cannot be played: %1").replace("%1", engine_text(problem)),
        )
