"""Strip the symbol tables of the Linux bundle's libraries, keeping only what still loads.

    python packaging/strip_bundle.py BUNDLE_DIR

Runs `strip --strip-unneeded` on every ELF file under _internal that has a symbol table
(only debuggers read it), then loads each with dlopen in a fresh interpreter, as the
bundle does (LD_LIBRARY_PATH=_internal), and puts back the original of every file the
dynamic linker then refuses: strip breaks some libraries that auditwheel patched with
patchelf (seen here: pjsua2's module, and NumPy's OpenBLAS and gfortran before they were
replaced, "ELF load command address/offset not page-aligned"). PyInstaller's own
strip=True has no such check. Run
by packaging/build_bundle.sh; prints the MB saved.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from elf_needs import bundle_elves

# Loads each file named on standard input; prints {path: error} for those that fail.
DLOPEN_EACH = """
import ctypes, json, os, sys
failed = {}
for path in sys.stdin.read().splitlines():
    try:
        ctypes.CDLL(path, mode=os.RTLD_LAZY)
    except OSError as error:
        failed[path] = str(error)
print(json.dumps(failed))
"""


def refused(files: list[Path], internal: Path) -> dict[str, str]:
    loaded = subprocess.run(
        [sys.executable, "-c", DLOPEN_EACH],
        input="\n".join(str(path) for path in files),
        env=dict(os.environ, LD_LIBRARY_PATH=str(internal)),
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: dict[str, str] = json.loads(loaded.stdout.splitlines()[-1])
    return result


def strip_bundle(bundle: Path) -> int:
    """Strip what stays loadable; returns the bytes saved."""
    internal = bundle / "_internal"
    files = [path for path, needs in bundle_elves(internal) if needs.has_symbol_table]
    before = sum(path.stat().st_size for path in files)
    with tempfile.TemporaryDirectory() as backup:
        originals = {path: Path(backup) / str(index) for index, path in enumerate(files)}
        for path, copy in originals.items():
            shutil.copy2(path, copy)
        for start in range(0, len(files), 100):
            chunk = [str(path) for path in files[start : start + 100]]
            subprocess.run(["strip", "--strip-unneeded", *chunk], check=True, timeout=600)
        for _round in range(10):
            # The file the linker names first in its message is the one it refused.
            broken = {
                path
                for error in refused(files, internal).values()
                for path in files
                if error.startswith(f"{path}:") or error.startswith(f"{path.name}:")
            }
            broken = {path for path in broken if path.read_bytes() != originals[path].read_bytes()}
            if not broken:
                break
            for path in broken:
                shutil.copy2(originals[path], path)
                print(f"left unstripped (strip broke it): {path.relative_to(bundle)}")
    return before - sum(path.stat().st_size for path in files)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    saved = strip_bundle(Path(sys.argv[1]))
    print(f"stripped: {saved / 2**20:.0f} MB saved")
