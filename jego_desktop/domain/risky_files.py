"""Received files that run something when opened: programs, scripts, installers, shortcuts.

The system handler (Explorer, Finder, xdg-open) runs these instead of showing them, so
one click on `invoice.pdf.exe` would run a stranger's program. The app asks first and
names the real extension, the last one: a name may show `.pdf` before it. Files whose
first bytes are a program (ELF, Windows PE, Mach-O, a `#!` script) count whatever their
name says.
"""

from __future__ import annotations

_PROGRAM_EXTENSIONS = frozenset(
    str.split(
        # Windows: programs, installers, scripts, shortcuts, control-panel and help files,
        # disk images that mount with their own autorun, Office files with macros.
        "exe com scr pif bat cmd msi msp mst msix msixbundle appx appxbundle appinstaller"
        " application gadget hta cpl msc jar jnlp js jse vbs vbe wsf wsh wsc ws ps1 ps1xml"
        " ps2 psc1 psc2 psd1 psm1 lnk url scf inf reg dll sys drv ocx chm hlp iso img vhd"
        " vhdx library-ms settingcontent-ms searchconnector-ms xll xlam docm dotm xlsm xltm"
        " pptm potm ppam sldm"
        # Linux and other Unix systems
        " sh bash zsh csh ksh fish run bin out elf appimage desktop deb rpm snap flatpak"
        " flatpakref py pyw pyz pl rb php lua tcl"
        # macOS
        " command tool app pkg mpkg dmg workflow terminal scpt applescript action"
        " inetloc webloc fileloc"
        # Android
        " apk xapk"
    )
)

_PROGRAM_MAGIC = (
    b"\x7fELF",  # Linux and BSD programs
    b"MZ",  # Windows programs and libraries
    b"#!",  # scripts
    b"\xcf\xfa\xed\xfe",  # Mach-O 64-bit
    b"\xce\xfa\xed\xfe",  # Mach-O 32-bit
    b"\xca\xfe\xba\xbe",  # Mach-O universal (and Java classes)
)


def real_extension(name: str) -> str:
    """The extension the system goes by: `.exe` for `invoice.pdf.exe`, "" for none."""
    base = name.rstrip(" .")
    stem, dot, extension = base.rpartition(".")
    return f".{extension.lower()}" if dot and stem and extension else ""


def program_extension(name: str) -> str:
    """The real extension when it makes the file a program (`.exe`, `.desktop`), else ""."""
    extension = real_extension(name)
    return extension if extension[1:] in _PROGRAM_EXTENSIONS else ""


def is_program(name: str, head: bytes) -> bool:
    """True when opening the file (named `name`, starting with `head`) would run it."""
    return bool(program_extension(name)) or head.startswith(_PROGRAM_MAGIC)
