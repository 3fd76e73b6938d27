"""What the Linux bundle leaves out: files Jego never loads. Used by jego-desktop.spec.

A plugin or module listed here is dropped with the libraries only it needed: a library
stays while any kept file names it in DT_NEEDED (so nothing the dynamic linker asks for
at load time goes), and files no other file needs (Python extension modules, Qt plugins,
libraries opened with ctypes) stay unless listed. What the linker needs but Jego never
uses (PyAV's x264, x265, SVT-AV1...) is replaced after PyInstaller by stand-ins that
fail cleanly (packaging/library_stubs.py, run by build_bundle.sh).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from elf_needs import read_needs

# (destination in the bundle, source path, PyInstaller typecode)
TocEntry = tuple[str, str, str]

QT = "PySide6/Qt/"
UNUSED_BINARIES = re.compile(
    "|".join(
        [
            # Displays Jego never runs on (framebuffer, EGLFS, VNC, Vulkan) and their input.
            QT + r"plugins/platforms/libq(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)\.so",
            QT + r"plugins/(egldeviceintegrations|generic)/",
            # Needs GTK 3, which the bundle does not carry; the portal theme stays.
            QT + r"plugins/platformthemes/libqgtk3\.so",
            # Picture formats no phone sends (PNG, JPEG, GIF, WebP, SVG, ICO stay).
            QT + r"plugins/imageformats/libq(tiff|tga|wbmp|icns)\.so",
            # Wayland shells of embedded compositors (xdg-shell stays).
            QT + r"plugins/wayland-shell-integration/lib(fullscreen-shell-v1|ivi-shell"
            r"|qt-shell|wl-shell-plugin)\.so",
        ]
    )
)
# Parts of glibc that PyInstaller does not know as such: they come from the system's C
# library like libc itself (libmvec asks the dynamic linker for GLIBC_PRIVATE symbols,
# which only the glibc it was built with is sure to have).
GLIBC_PARTS = re.compile(r"libmvec\.so\.1")
# Qt's own translations: only those of Jego's languages (French, Simplified and
# Traditional Chinese).
QT_TRANSLATION = re.compile(QT + r"translations/(.*)\.qm")
KEPT_QT_TRANSLATIONS = re.compile(r"qtbase_(fr|zh_CN|zh_TW)")
# Of translations/, only the compiled catalogues: the .ts sources and tools stay behind.
JEGO_TRANSLATION_SOURCE = re.compile(r"translations/(?!jego_[A-Za-z_]+\.qm$)")


def _name(destination: str) -> str:
    return destination.rsplit("/", 1)[-1]


def _left_out(destination: str) -> bool:
    return bool(UNUSED_BINARIES.match(destination) or GLIBC_PARTS.fullmatch(destination))


def kept_binaries(binaries: Iterable[TocEntry]) -> list[TocEntry]:
    """`binaries` without the unused plugins and the libraries only they needed."""
    entries = list(binaries)
    needed: dict[str, list[str]] = {}
    for destination, source, _kind in entries:
        needs = read_needs(Path(source)) if Path(source).is_file() else None
        needed[destination] = needs.libraries if needs is not None else []
    by_name: dict[str, list[str]] = {}
    for destination, _source, _kind in entries:
        by_name.setdefault(_name(destination), []).append(destination)
    named = {library for libraries in needed.values() for library in libraries}
    roots = [
        destination
        for destination, _source, _kind in entries
        if _name(destination) not in named and not _left_out(destination)
    ]
    reached = set(roots)
    todo = list(roots)
    while todo:
        for library in needed[todo.pop()]:
            for destination in by_name.get(library, []):
                if destination not in reached and not _left_out(destination):
                    reached.add(destination)
                    todo.append(destination)
    return [entry for entry in entries if entry[0] in reached]


def without_dangling_links(*tocs: list[TocEntry]) -> list[list[TocEntry]]:
    """The lists without PyInstaller's SYMLINK entries (top-level links to libraries in
    sub-folders) whose library was left out."""
    files = {entry[0] for toc in tocs for entry in toc if entry[2] != "SYMLINK"}
    return [[e for e in toc if e[2] != "SYMLINK" or e[1] in files] for toc in tocs]


def kept_datas(datas: Iterable[TocEntry]) -> list[TocEntry]:
    kept = []
    for entry in datas:
        destination = entry[0]
        translation = QT_TRANSLATION.fullmatch(destination)
        if translation and not KEPT_QT_TRANSLATIONS.fullmatch(translation.group(1)):
            continue
        if JEGO_TRANSLATION_SOURCE.match(destination):
            continue
        kept.append(entry)
    return kept
