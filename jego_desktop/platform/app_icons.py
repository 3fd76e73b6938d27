"""The app's icon in the freedesktop hicolor theme: PNGs rendered from the one SVG.

The PNGs are not committed: the install step (`install_link_handler`) and the bundle
build (`packaging/make_icons.py`) render them from `resources/icons/jego.svg` with
QSvgRenderer, so the SVG stays the only source. Rendering needs a QGuiApplication.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from jego_desktop import DESKTOP_ID

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render_icon(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent `size`×`size` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def hicolor_paths(hicolor: Path, name: str = DESKTOP_ID) -> dict[int, Path]:
    """Where each PNG size goes: hicolor/<N>x<N>/apps/<name>.png (the desktop id)."""
    return {size: hicolor / f"{size}x{size}" / "apps" / f"{name}.png" for size in HICOLOR_SIZES}


def scalable_path(hicolor: Path, name: str = DESKTOP_ID) -> Path:
    return hicolor / "scalable" / "apps" / f"{name}.svg"


def write_hicolor_icons(svg: Path, hicolor: Path, name: str = DESKTOP_ID) -> list[Path]:
    """Write every PNG size and the scalable SVG under `hicolor`; returns the files written.

    Nothing is rewritten when the installed SVG is this one and every PNG is there.
    """
    source = svg.read_bytes()
    scalable = scalable_path(hicolor, name)
    pngs = hicolor_paths(hicolor, name)
    up_to_date = scalable.exists() and scalable.read_bytes() == source
    if up_to_date and all(path.exists() for path in pngs.values()):
        return []
    written = []
    for size, path in pngs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp.png")
        if not render_icon(svg, size).save(str(temporary)):  # PNG, from the suffix
            raise OSError(f"could not write {path}")
        temporary.replace(path)
        written.append(path)
    # The SVG last: it marks the set as complete for the next start.
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(source)
    written.append(scalable)
    os.utime(hicolor)  # icon caches look at the theme folder's time
    return written


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"could not encode a PNG image: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


# ----- containers for the Windows executable and the macOS bundle (built, not run, here) --

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-based icns types (macOS 10.7+): (type, pixel size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 pt @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic10", 1024),  # 512 pt @2x
)


def ico_bytes(svg: Path) -> bytes:
    """A Windows .ico with PNG-compressed images (Vista and later) in ICO_SIZES."""
    images = [png_bytes(render_icon(svg, size)) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(ICO_SIZES, images, strict=False):
        side = size if size < 256 else 0  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


def icns_bytes(svg: Path) -> bytes:
    """A macOS .icns made of PNG images (ICNS_TYPES)."""
    rendered: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        image = rendered.setdefault(size, png_bytes(render_icon(svg, size)))
        body += kind + struct.pack(">I", 8 + len(image)) + image
    return b"icns" + struct.pack(">I", 8 + len(body)) + body
