"""Screenshots of the main window's dial pad in French and Chinese (offscreen).

Run from the repository root after compiling the translations:
    .venv/bin/pyside6-lrelease translations/*.ts
    .venv/bin/python docs/screenshot_languages.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from screenshot_kit import LANGUAGES, save, start_app, translated

from jego_desktop.ui.window.main_window import DIAL_PAD_PAGE, MainWindow


def main() -> int:
    app = start_app()
    with tempfile.TemporaryDirectory() as work:
        for language in LANGUAGES:
            with translated(app, language):
                settings = QSettings(
                    str(Path(work) / f"{language}.ini"), QSettings.Format.IniFormat
                )
                window = MainWindow(settings)
                window.resize(960, 640)
                window.show()
                window.show_page(DIAL_PAD_PAGE)
                save(window, f"dial-pad-{language}")
                window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
