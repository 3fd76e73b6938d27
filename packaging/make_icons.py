"""Render the app icon for packages from resources/icons/jego.svg (the only source).

    python packaging/make_icons.py OUT_DIR

writes OUT_DIR/hicolor/<N>x<N>/apps/net.jego.JegoDesktop.png (16 … 512) and
OUT_DIR/hicolor/scalable/apps/net.jego.JegoDesktop.svg for Linux, OUT_DIR/jego-desktop.ico
for the Windows executable and installer, and OUT_DIR/jego-desktop.icns for the
macOS bundle. Run by packaging/build_bundle.sh; nothing generated is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed

from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jego_desktop import APP_ID  # noqa: E402
from jego_desktop.platform.app_icons import (  # noqa: E402
    icns_bytes,
    ico_bytes,
    write_hicolor_icons,
)


def main(out: Path) -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = ROOT / "resources" / "icons" / "jego.svg"
    out.mkdir(parents=True, exist_ok=True)
    write_hicolor_icons(svg, out / "hicolor")
    (out / f"{APP_ID}.ico").write_bytes(ico_bytes(svg))
    (out / f"{APP_ID}.icns").write_bytes(icns_bytes(svg))
    print(out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
