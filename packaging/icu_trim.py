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
any locale it has no data for (ICU's own fallback: never an error). Converters,
normalization and the supplemental tables stay whole.

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
# Trees none of those calls opens.
UNUSED_TREES = ("brkitr/", "translit/", "rbnf/", "unit/", "curr/", "lang/", "region/")
# In the trees and at the top: a locale's bundle (language, then _script/_region...).
LOCALE_BUNDLE = re.compile(r"(?:coll/|zone/)?(?!res_index)([a-z]{2,3})(?:_\w*)?\.res")
KEPT_LANGUAGES = {"en", "fr", "zh"}


def unneeded(item: str) -> bool:
    if item.startswith(UNUSED_TREES):
        return True
    locale = LOCALE_BUNDLE.fullmatch(item)
    return locale is not None and locale.group(1) not in KEPT_LANGUAGES


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120).stdout


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
        removed = [item for item in items if unneeded(item)]
        (work / "removed.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
        # icupkg names the items after the output file: the same name as the input.
        (work / "out").mkdir()
        trimmed = work / "out" / package.name
        _run("icupkg", "-r", str(work / "removed.txt"), str(package), str(trimmed))
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
