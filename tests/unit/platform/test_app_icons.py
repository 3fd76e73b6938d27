"""The app icon for packages: Windows .ico and macOS .icns read back by Qt's decoders."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

from jego_desktop.platform.app_icons import (
    ICNS_TYPES,
    ICO_SIZES,
    icns_bytes,
    ico_bytes,
    render_icon,
)

SVG = Path(__file__).resolve().parents[3] / "resources" / "icons" / "jego.svg"


def decoded_sizes(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    assert reader.canRead(), reader.errorString()
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert image.width() == image.height()
        assert image.pixelColor(image.width() // 2, image.height() // 4).alpha() == 255
        sizes.append(image.width())
    return sizes


def test_ico_holds_every_windows_size(qapp, tmp_path: Path) -> None:
    path = tmp_path / "jego-desktop.ico"
    path.write_bytes(ico_bytes(SVG))
    assert decoded_sizes(path) == list(ICO_SIZES)


def test_icns_holds_every_macos_size(qapp, tmp_path: Path) -> None:
    path = tmp_path / "jego-desktop.icns"
    path.write_bytes(icns_bytes(SVG))
    assert decoded_sizes(path) == [size for _kind, size in ICNS_TYPES]


def test_a_broken_svg_is_refused(qapp, tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="not a valid SVG"):
        render_icon(broken, 32)
