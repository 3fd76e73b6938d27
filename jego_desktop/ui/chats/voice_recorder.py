"""The bar that replaces the chat composer while a voice message is being recorded."""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from jego_desktop.media.voice_message import (
    SILENCE_DBFS,
    RecordingMeter,
    VoiceMessageError,
    VoiceRecorder,
)
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, current_palette

MAX_SECONDS = 300.0  # a voice message is sent by itself when it reaches this length
METER_FLOOR_DBFS = -60.0  # drawn as an empty bar


def meter_fraction(level_dbfs: float) -> float:
    """0..1 for the level meter: -60 dBFS and below is empty, 0 dBFS full."""
    if level_dbfs <= SILENCE_DBFS:
        return 0.0
    return min(1.0, max(0.0, (level_dbfs - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS))


def format_elapsed(milliseconds: int) -> str:
    seconds = milliseconds // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class LevelMeter(QWidget):
    """The recent loudness as a row of rounded bars, newest on the right."""

    BAR_WIDTH = 3
    BAR_GAP = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.levels: deque[float] = deque(maxlen=120)
        self.setMinimumSize(QSize(80, 28))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def add(self, fraction: float) -> None:
        self.levels.append(fraction)
        self.update()

    def clear(self) -> None:
        self.levels.clear()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(current_palette().accent))
        step = self.BAR_WIDTH + self.BAR_GAP
        height = self.height()
        x = self.width() - self.BAR_WIDTH
        for level in reversed(self.levels):
            if x < 0:
                break
            bar = max(3.0, level * height)
            painter.drawRoundedRect(QRectF(x, (height - bar) / 2, self.BAR_WIDTH, bar), 1.5, 1.5)
            x -= step
        painter.end()


class VoiceRecorderBar(QWidget):
    """Click the record button to start (`start()`), then cancel or send.

    Shows the elapsed time and a live level meter. Recordings are Ogg Opus files
    written in `folder`.

    Signals:
        recorded(Path, float): the finished recording and its length in seconds.
        cancelled(): the recording was thrown away.
        problem(str): recording could not start or finish (the bar shows it too).
    """

    recorded = Signal(Path, float)
    cancelled = Signal()
    problem = Signal(str)

    def __init__(
        self,
        folder: Path,
        input_device: Callable[[], str] = lambda: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voiceRecorderBar")
        self._folder = folder
        self._input_device = input_device
        self._recorder: VoiceRecorder | None = None
        # The recorder's writer thread only appends here; the GUI thread drains it. A
        # Python thread that emits Qt signals gets an adopted QThread, and tearing those
        # down while other threads come and go has aborted the process.
        self._meter_reports: deque[RecordingMeter] = deque(maxlen=1000)
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(50)
        self._meter_timer.timeout.connect(self._drain_meter)
        palette = current_palette()

        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("voiceCancel")
        self.cancel_button.setIcon(icon("delete", QColor(palette.danger)))
        self.cancel_button.setIconSize(QSize(22, 22))
        self.cancel_button.setAutoRaise(True)
        self.dot = PlainLabel("●")
        self.dot.setObjectName("voiceDot")
        self.dot.setStyleSheet(f"color: {palette.danger}; font-size: 14px;")
        self.elapsed = PlainLabel(format_elapsed(0))
        self.elapsed.setObjectName("voiceElapsed")
        self.elapsed.setMinimumWidth(self.elapsed.fontMetrics().horizontalAdvance("00:00"))
        self.meter = LevelMeter()
        self.status = PlainLabel()
        self.status.setObjectName("voiceStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.send_button = QToolButton()
        self.send_button.setObjectName("voiceSend")
        self.send_button.setIcon(icon("send", QColor(palette.accent_text)))
        self.send_button.setIconSize(QSize(20, 20))
        self.send_button.setFixedSize(40, 40)
        self.send_button.setStyleSheet(
            f"QToolButton {{ background: {palette.accent}; border: none; border-radius: 20px; }}"
            f" QToolButton:disabled {{ background: {palette.border}; }}"
        )
        for button in (self.cancel_button, self.send_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING // 2)
        row.setSpacing(SPACING)
        row.addWidget(self.cancel_button)
        row.addWidget(self.dot)
        row.addWidget(self.elapsed)
        row.addWidget(self.meter, 1)
        row.addWidget(self.status, 1)
        row.addWidget(self.send_button)

        self.cancel_button.clicked.connect(self.cancel)
        self.send_button.clicked.connect(self.finish)
        self._retranslate()
        self._show_recording(False)

    # ----- actions --------------------------------------------------------------------

    def is_recording(self) -> bool:
        return self._recorder is not None

    def start(self) -> bool:
        """Open the microphone and record; False (and the reason shown) if it cannot."""
        if self._recorder is not None:
            return True
        self._folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self._folder / f"voice-{stamp}-{os.urandom(2).hex()}.ogg"
        recorder = VoiceRecorder(
            target,
            device=self._input_device(),
            on_meter=self._meter_reports.append,
            max_seconds=MAX_SECONDS,
        )
        problem = recorder.start()
        if problem:
            self._fail(self.tr("Recording cannot start: %1").replace("%1", engine_text(problem)))
            return False
        self._recorder = recorder
        self._meter_reports.clear()
        self._meter_timer.start()
        self.meter.clear()
        self.elapsed.setText(format_elapsed(0))
        self._show_recording(True)
        self.send_button.setFocus()
        return True

    @Slot()
    def finish(self) -> None:
        """Stop recording and hand the file over (`recorded`)."""
        recorder, self._recorder = self._recorder, None
        if recorder is None:
            return
        try:
            path = recorder.stop()
        except VoiceMessageError as error:
            self._fail(
                self.tr("The voice message was not recorded: %1").replace(
                    "%1", engine_text(str(error))
                )
            )
            return
        self._show_recording(False)
        self.recorded.emit(path, recorder.duration_ms / 1000)

    @Slot()
    def cancel(self) -> None:
        """Throw the recording away (`cancelled`)."""
        recorder, self._recorder = self._recorder, None
        if recorder is not None:
            recorder.cancel()
        self._show_recording(False)
        self.status.hide()
        self.cancelled.emit()

    # ----- display --------------------------------------------------------------------

    @Slot()
    def _drain_meter(self) -> None:
        while self._meter_reports and self._recorder is not None:
            self._on_meter(self._meter_reports.popleft())
        if self._recorder is None:
            self._meter_timer.stop()

    def _on_meter(self, meter: RecordingMeter) -> None:
        self.elapsed.setText(format_elapsed(meter.elapsed_ms))
        self.meter.add(meter_fraction(meter.level_dbfs))
        if meter.elapsed_ms >= MAX_SECONDS * 1000:
            self.finish()

    def _fail(self, message: str) -> None:
        self._show_recording(False)
        self.status.setText(message)
        self.status.show()
        self.meter.hide()
        self.problem.emit(message)

    def _show_recording(self, recording: bool) -> None:
        self.dot.setVisible(recording)
        self.elapsed.setVisible(recording)
        self.meter.setVisible(recording)
        self.send_button.setEnabled(recording)
        if recording:
            self.status.hide()

    def _retranslate(self) -> None:
        self.cancel_button.setAccessibleName(self.tr("Discard the voice message"))
        self.cancel_button.setToolTip(self.tr("Discard the voice message"))
        self.send_button.setAccessibleName(self.tr("Send the voice message"))
        self.send_button.setToolTip(self.tr("Send the voice message"))
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.elapsed.setAccessibleName(self.tr("Length of the recording"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        else:
            super().keyPressEvent(event)
