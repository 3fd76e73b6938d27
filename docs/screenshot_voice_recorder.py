"""Render the voice recorder bar (recording, and a microphone problem) into docs/screenshots/.

Run from the repository root after compiling the translations:
    .venv/bin/python docs/screenshot_voice_recorder.py
Offscreen, with the level meter filled from a sample recording: no sound card needed.
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QVBoxLayout, QWidget
from screenshot_kit import LANGUAGES, start_app, translated
from screenshot_kit import save as save_picture

from jego_desktop.media.voice_message import RecordingMeter
from jego_desktop.ui import style
from jego_desktop.ui.chats import voice_recorder
from jego_desktop.ui.chats.voice_recorder import VoiceRecorderBar


def framed(bar: VoiceRecorderBar, palette: style.Palette) -> QWidget:
    frame = QWidget()
    frame.setObjectName("composerFrame")
    frame.setStyleSheet(
        style.stylesheet(palette) + f" #composerFrame {{ background: {palette.surface};"
        f" border-top: 1px solid {palette.border}; }}"
        f" #voiceElapsed, #voiceStatus {{ color: {palette.text}; }}"
    )
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(bar)
    frame.resize(620, 64)
    return frame


def recording(folder: Path) -> VoiceRecorderBar:
    bar = VoiceRecorderBar(folder)
    bar._recorder = object()  # type: ignore[assignment]  # shown as recording, no microphone
    bar._show_recording(True)
    for step in range(1, 120):
        speech = abs(math.sin(step / 3.1)) * (0.6 + 0.4 * math.sin(step / 11.0))
        level = -60 + 55 * speech if step % 17 > 2 else -70
        bar._on_meter(RecordingMeter(step * 100, speech, level))
    return bar


def save(widget: QWidget, name: str) -> None:
    widget.show()
    save_picture(widget, name)


def main() -> int:
    app = start_app()
    with tempfile.TemporaryDirectory() as work:
        for palette, suffix in ((style.LIGHT, ""), (style.DARK, "-dark")):
            vars(voice_recorder)["current_palette"] = lambda p=palette: p
            save(framed(recording(Path(work)), palette), f"voice-recorder{suffix}")
        vars(voice_recorder)["current_palette"] = lambda: style.LIGHT
        for language in LANGUAGES:
            with translated(app, language):
                bar = VoiceRecorderBar(Path(work))
                bar._fail(
                    bar.tr("Recording cannot start: %1").replace("%1", "Error opening InputStream")
                )
                save(framed(bar, style.LIGHT), f"voice-recorder-problem-{language}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
