"""Which received files would run something if opened: by their real extension or bytes."""

from __future__ import annotations

import pytest

from jego_desktop.domain.risky_files import is_program, program_extension, real_extension


@pytest.mark.parametrize(
    ("name", "extension"),
    [
        ("invoice.pdf.exe", ".exe"),
        ("Invoice.PDF.EXE", ".exe"),
        ("photo.jpg.lnk", ".lnk"),
        ("launcher.desktop", ".desktop"),
        ("install.sh", ".sh"),
        ("run.bat", ".bat"),
        ("view.js", ".js"),
        ("tool.jar", ".jar"),
        ("setup.msi", ".msi"),
        ("fix.ps1", ".ps1"),
        ("macro.vbs", ".vbs"),
        ("Safari.app", ".app"),
        ("open.command", ".command"),
        ("Viewer.AppImage", ".appimage"),
        ("budget.xlsm", ".xlsm"),
        ("trailing.exe. ", ".exe"),
    ],
)
def test_programs_by_their_real_extension(name: str, extension: str) -> None:
    assert program_extension(name) == extension
    assert is_program(name, b"")


@pytest.mark.parametrize("name", ["report.pdf", "exe.pdf", "photo.jpeg", "notes", ".bashrc", "a."])
def test_documents_are_not_programs(name: str) -> None:
    assert program_extension(name) == "" and not is_program(name, b"%PDF-1.7")


@pytest.mark.parametrize(
    "head", [b"\x7fELF\x02", b"MZ\x90\x00", b"#!/bin/sh\n", b"\xcf\xfa\xed\xfe"]
)
def test_programs_by_their_bytes_whatever_the_name(head: bytes) -> None:
    assert is_program("holiday.txt", head)
    assert program_extension("holiday.txt") == ""


def test_the_real_extension_is_the_last_one() -> None:
    assert real_extension("invoice.pdf.exe") == ".exe"
    assert real_extension("README") == ""
