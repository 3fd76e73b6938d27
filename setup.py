"""The wheel's build step: icons and compiled translations become package data.

The repository keeps its sources at the top (`resources/`, `translations/*.ts`); a wheel
carries them inside the package, where `importlib.resources` finds them:
`jego_desktop/resources/` (a copy) and `jego_desktop/translations/*.qm`, compiled here
by Qt's `lrelease` (from PySide6-Essentials, a build requirement).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> str:
    """Qt's translation compiler as PySide6 ships it (or one on PATH)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in list(spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            if (Path(folder) / name).is_file():
                return str(Path(folder) / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError("Qt's lrelease is needed to compile the translations")
    return found


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        package = Path(self.build_lib) / "jego_desktop"
        shutil.copytree(ROOT / "resources", package / "resources", dirs_exist_ok=True)
        compiled = package / "translations"
        compiled.mkdir(parents=True, exist_ok=True)
        for source in sorted((ROOT / "translations").glob("*.ts")):
            target = compiled / f"{source.stem}.qm"
            subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
            if not target.is_file():
                raise RuntimeError(f"lrelease wrote no {target.name}")


setup(cmdclass={"build_py": BuildWithResources})
