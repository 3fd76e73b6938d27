"""Replace NumPy's OpenBLAS (25 MB, kernels for every CPU) by Debian's reference BLAS.

    python packaging/openblas_standin.py BUNDLE_DIR

NumPy's wheel links its core module and numpy.linalg to scipy-openblas64 (64-bit
integers), so the library loads with `import numpy` whatever Jego asks of NumPy: a dot
product over a voice message's samples (cblas_sdot), nothing of numpy.linalg. The
stand-in keeps the soname and exports exactly what the bundle's files import from it:

- every CBLAS function and Fortran BLAS routine jumps to the same routine of Debian's
  reference BLAS built with 64-bit integers (libblas64-3, 0.5 MB, bundled beside it):
  same arguments, the same products up to rounding (only slower on large matrices);
- each LAPACK routine of numpy.linalg writes "numpy.linalg is not available in this
  bundle" to standard error and aborts the process. Jego never calls numpy.linalg, and
  NumPy has no clean way out: given an error code (INFO < 0) it raises for solve, inv
  and cholesky but returns garbage from det, eig, eigh, svd, lstsq and qr (measured),
  so a loud stop is the only honest answer. tests/integration/test_bundle.py compares
  the products with OpenBLAS's and sees numpy.linalg stop with the message.

OpenBLAS's libgfortran and libquadmath, needed by nothing else, go too. A symbol this
table does not know stops the build. Run by packaging/build_bundle.sh.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from elf_needs import bundle_elves
from library_stubs import exported, imported, remove_library, soname

REFERENCE_BLAS = Path("/usr/lib/x86_64-linux-gnu/blas64/libblas64.so.3")
# scipy-openblas64 names: scipy_cblas_<name>64_ and scipy_<name>_64_ (Fortran).
CBLAS = re.compile(r"scipy_(cblas_\w+?)64_")
FORTRAN = re.compile(r"scipy_(\w+?)_64_")
# The LAPACK routines numpy.linalg calls (for s, d, c and z).
LAPACK = re.compile(r"[sdcz](gesv|getrf|potrf|geev|syevd|heevd|gelsd|gesdd|geqrf|orgqr|ungqr)")
STOP = """#include <stdlib.h>
#include <unistd.h>
static void stop(void) {
    static const char message[] = "numpy.linalg is not available in this bundle "
        "(packaging/openblas_standin.py)\\n";
    write(2, message, sizeof message - 1);
    abort();
}
"""


def standin_sources(symbols: list[str], blas: set[str]) -> tuple[str, str]:
    """(assembly of the jumps to the reference BLAS, C of the stopping LAPACK routines)."""
    jumps = [".text"]
    failing = [STOP]
    for symbol in symbols:
        cblas, fortran = CBLAS.fullmatch(symbol), FORTRAN.fullmatch(symbol)
        target = cblas.group(1) if cblas else f"{fortran.group(1)}_" if fortran else None
        if target in blas:
            jumps += [
                f".globl {symbol}",
                f".type {symbol},@function",
                f"{symbol}:",
                f"    jmp {target}@PLT",
            ]
            continue
        if fortran is None or not LAPACK.fullmatch(fortran.group(1)):
            raise SystemExit(f"no stand-in for {symbol}")
        failing.append(f"void {symbol}(void) {{ stop(); }}")
    jumps.append('.section .note.GNU-stack,"",@progbits')
    return "\n".join(jumps) + "\n", "\n".join(failing) + "\n"


def replace_openblas(bundle: Path) -> int:
    elves = dict(bundle_elves(bundle))
    before = sum(path.stat().st_size for path in elves)
    openblas = next(path for path in elves if path.name.startswith("libscipy_openblas64_"))
    name = soname(openblas)
    users = [path for path, needs in elves.items() if name in needs.libraries]
    symbols = sorted(
        {name for user in users for name in imported(user)} & exported(openblas).keys()
    )
    if not REFERENCE_BLAS.is_file():
        raise SystemExit(f"{REFERENCE_BLAS} is missing (Debian's libblas64-3)")
    blas = set(exported(REFERENCE_BLAS))
    folder = openblas.parent
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        jumps, failing = standin_sources(symbols, blas)
        (work / "jumps.s").write_text(jumps, encoding="utf-8")
        (work / "lapack.c").write_text(failing, encoding="utf-8")
        script = work / "exports.map"
        script.write_text("{ global: " + " ".join(f"{s};" for s in symbols) + " local: *; };\n")
        shutil.copy2(REFERENCE_BLAS, folder / REFERENCE_BLAS.name)
        output = work / openblas.name
        subprocess.run(
            [
                "gcc", "-shared", "-fPIC", "-O2", "-s",
                f"-Wl,-soname,{name}", f"-Wl,--version-script,{script}",
                "-Wl,-rpath,$ORIGIN", "-Wl,-z,noexecstack", "-o", str(output),
                str(work / "jumps.s"), str(work / "lapack.c"), str(folder / REFERENCE_BLAS.name),
            ],
            check=True,
            timeout=120,
        )  # fmt: skip
        openblas.write_bytes(output.read_bytes())
    print(f"{openblas.relative_to(bundle)}: {len(symbols)} symbols, from {REFERENCE_BLAS.name}")
    while unneeded := _unneeded_in(folder, bundle):
        for path in unneeded:
            print(f"removed, needed only by OpenBLAS: {path.relative_to(bundle)}")
            remove_library(path, bundle)
    return before - sum(path.stat().st_size for path, _needs in bundle_elves(bundle))


def _unneeded_in(folder: Path, bundle: Path) -> list[Path]:
    needed = {lib for _path, needs in bundle_elves(bundle) for lib in needs.libraries}
    return [path for path in sorted(folder.iterdir()) if soname(path) not in needed]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    saved = replace_openblas(Path(sys.argv[1]))
    print(f"OpenBLAS stand-in: {saved / 2**20:.0f} MB saved")
