"""Screenshots of the main window's dial pad in French and Chinese (offscreen).

Run from the repository root after compiling the translations:
    .venv/bin/pyside6-lrelease translations/*.ts
    .venv/bin/python docs/screenshot_languages.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from jego_desktop.ui.main_window import DIAL_PAD_PAGE, MainWindow  # noqa: E402
from jego_desktop.ui.translations import install_translators  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work:
        for language in ("fr", "zh_CN"):
            translators = install_translators(app, language)
            settings = QSettings(str(Path(work) / f"{language}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(settings)
            window.resize(960, 640)
            window.show()
            window.show_page(DIAL_PAD_PAGE)
            app.processEvents()
            window.grab().save(str(ROOT / "docs" / "screenshots" / f"dial-pad-{language}.png"))
            window.close()
            for translator in translators:
                app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
