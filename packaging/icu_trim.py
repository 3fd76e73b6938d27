"""Rebuild Qt's ICU data library with only what Qt asks ICU for, in Jego's languages.

    python packaging/icu_trim.py BUNDLE_DIR

PySide6's QtCore calls ICU for four things only (its imports, checked here against
`readelf`): character set converters (ucnv_*), collation (ucol_*, QCollator: region
names sorted in English, French and Chinese), time zone names and ids (ucal_*) and
locale-aware case mapping (u_strToUpper/Lower). Of libicudata's 31 MB, the break
iterator dictionaries, transliterators, number spell-out and the display names of
units, currencies, languages and regions serve none of those; collation, time zone
names and the locales' own data are kept for the root locale and English, French and
Chinese only. A locale left out falls back to the root locale's data, as ICU does for
any locale it has no data for (ICU's own fallback: never an error). Of the converters,
those of the encodings web browsers know stay (WEB_ENCODINGS): opening any other fails
(QStringDecoder.isValid() is false) instead of converting. Normalization and the
supplemental tables stay whole.

The data is taken out of the library's one symbol (icudtNN_dat), trimmed with ICU's
`icupkg` (Debian's icu-devtools; the package format does not depend on the version)
and linked back with gcc into a library of the same soname. Run by
packaging/build_bundle.sh; prints the MB saved.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

# What QtCore may import from ICU; anything else stops the build (the rules below
# would have to be checked again).
QT_ICU_CALLS = re.compile(r"(ucnv|ucol|ucal|UCNV)_\w+|u_strTo(Upper|Lower)")
# Trees and items none of those calls opens: break iterators, transliterators, number
# spell-out, display names, character names (u_charName), StringPrep profiles (usprep_*)
# and the spoof checker's confusables (uspoof_*).
UNUSED_TREES = ("brkitr/", "translit/", "rbnf/", "unit/", "curr/", "lang/", "region/")
UNUSED_ITEMS = re.compile(r"unames\.icu|confusables\.cfu|rfc\d+\w*\.spp")
# In the trees and at the top: a locale's bundle (language, then _script/_region...).
LOCALE_BUNDLE = re.compile(r"(?:coll/|zone/)?(?!res_index)([a-z]{2,3})(?:_\w*)?\.res")
KEPT_LANGUAGES = {"en", "fr", "zh"}
# Converters: those of the encodings a web browser knows (the WHATWG Encoding Standard's
# names, as ICU's aliases map them), the tables ICU's ISO-2022 converters load, and
# COMPOUND_TEXT (X11's clipboard). Qt asks ICU only for encodings other than UTF-8,
# UTF-16, UTF-32 and Latin-1, which it converts itself.
WEB_ENCODINGS = [
    "IBM866",
    "ISO-8859-2",
    "ISO-8859-3",
    "ISO-8859-4",
    "ISO-8859-5",
    "ISO-8859-6",
    "ISO-8859-7",
    "ISO-8859-8",
    "ISO-8859-8-I",
    "ISO-8859-10",
    "ISO-8859-13",
    "ISO-8859-14",
    "ISO-8859-15",
    "ISO-8859-16",
    "KOI8-R",
    "KOI8-U",
    "macintosh",
    "x-mac-cyrillic",
    "windows-874",
    "windows-1250",
    "windows-1251",
    "windows-1252",
    "windows-1253",
    "windows-1254",
    "windows-1255",
    "windows-1256",
    "windows-1257",
    "windows-1258",
    "GBK",
    "gb18030",
    "GB2312",
    "Big5",
    "Big5-HKSCS",
    "EUC-JP",
    "Shift_JIS",
    "EUC-KR",
]
ISO_2022_TABLES = re.compile(
    r"(jisx-|ibm-5478|ksc_5601|iso-ir-165|cns-11643|ibm-949_|icu-internal-)"
)


def web_converters() -> set[str]:
    """The item names (NAME.cnv) of the WEB_ENCODINGS, from `uconv -l` (canonical name,
    then its aliases, a converter a line)."""
    wanted = {name.lower() for name in WEB_ENCODINGS}
    items = set()
    for line in _run("uconv", "-l").splitlines():
        names = line.split()
        if names and wanted & {name.lower() for name in names}:
            items.add(f"{names[0]}.cnv")
    return items


def unneeded(item: str, kept_converters: set[str]) -> bool:
    if item.startswith(UNUSED_TREES) or UNUSED_ITEMS.fullmatch(item):
        return True
    if item.endswith(".cnv"):
        return item not in kept_converters and not ISO_2022_TABLES.match(item)
    locale = LOCALE_BUNDLE.fullmatch(item)
    return locale is not None and locale.group(1) not in KEPT_LANGUAGES


def _run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {done.stderr[-2000:]}")
    return done.stdout


def _missing_bases(work: Path, package: Path, trimmed: Path, removed: list[str]) -> set[str]:
    """Run icupkg without `removed`; the items it says kept ones depend on, if any."""
    (work / "removed.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
    trimmed.unlink(missing_ok=True)
    done = subprocess.run(
        ["icupkg", "-r", str(work / "removed.txt"), str(package), str(trimmed)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    missing = set(re.findall(r"depends on missing item (\S+)", done.stderr))
    if done.returncode != 0 and not missing:
        raise SystemExit(f"icupkg failed: {done.stderr[-2000:]}")
    return missing


def check_qt_calls(qt_core: Path, version: str) -> None:
    calls = {
        fields[7].split("@")[0].removesuffix(f"_{version}")
        for line in _run("readelf", "-W", "--dyn-syms", str(qt_core)).splitlines()
        if len(fields := line.split()) >= 8 and fields[6] == "UND" and f"_{version}" in fields[7]
    }
    unexpected = sorted(call for call in calls if not QT_ICU_CALLS.fullmatch(call))
    if unexpected:
        raise SystemExit(f"QtCore calls ICU for more than this trims for: {unexpected}")


def data_of(library: Path, symbol: str) -> bytes:
    """The bytes of `symbol`, found through its section (readelf)."""
    symbols = _run("readelf", "-W", "--dyn-syms", str(library))
    match = re.search(
        rf":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+{symbol}\b",
        symbols,
    )
    if match is None:
        raise SystemExit(f"no {symbol} in {library}")
    address, size, section = int(match.group(1), 16), int(match.group(2), 0), int(match.group(3))
    sections = _run("readelf", "-W", "-S", str(library))
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    assert row is not None
    offset = address - int(row.group(1), 16) + int(row.group(2), 16)
    return library.read_bytes()[offset : offset + size]


def trim_icu(bundle: Path) -> int:
    qt_lib = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    library = next(qt_lib.glob("libicudata.so.*"))
    version = library.name.rsplit(".", 1)[1]
    check_qt_calls(qt_lib / "libQt6Core.so.6", version)
    symbol = f"icudt{version}_dat"
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        package = work / f"icudt{version}l.dat"
        package.write_bytes(data_of(library, symbol))
        items = _run("icupkg", "-l", str(package)).split()
        converters = web_converters()
        for needed in ("gb18030.cnv", "windows-936-2000.cnv", "windows-950-2000.cnv"):
            if needed not in converters or needed not in items:
                raise SystemExit(f"ICU's aliases did not give {needed}")
        removed = [item for item in items if unneeded(item, converters)]
        # icupkg names the items after the output file: the same name as the input.
        (work / "out").mkdir()
        trimmed = work / "out" / package.name
        # A converter's extension table names its base table: kept with it.
        while missing := _missing_bases(work, package, trimmed, removed):
            removed = [item for item in removed if item not in missing]
        left = set(_run("icupkg", "-l", str(trimmed)).split())
        assert left == set(items) - set(removed), "icupkg removed something else"
        assembly = work / "icudata.s"
        assembly.write_text(
            "\n".join(
                [
                    '.section .rodata,"a"',
                    ".balign 16",
                    f".globl {symbol}",
                    f".type {symbol},@object",
                    f".size {symbol},{trimmed.stat().st_size}",
                    f"{symbol}:",
                    f'.incbin "{trimmed}"',
                    '.section .note.GNU-stack,"",@progbits',
                    "",
                ]
            ),
            encoding="utf-8",
        )
        output = work / library.name
        _run(
            "gcc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{library.name}",
            "-o", str(output), str(assembly),
        )  # fmt: skip
        library.write_bytes(output.read_bytes())
        print(f"ICU data: {len(removed)} of {len(items)} items left out")
    return before - library.stat().st_size


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    saved = trim_icu(Path(sys.argv[1]))
    print(f"ICU data: {saved / 2**20:.0f} MB saved")
