"""The wheel runs: built from the tracked sources (translations compiled by the build),
installed in a fresh venv (not editable), it starts offscreen, answers `status --json`
and shows French from its own package data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.peers.process import ManagedProcess
from tests.support.head_start import outcome
from tests.support.late_builds import chains, wheel_folder, wheel_step

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication
from jego_desktop.ui.resources import resources_dir
from jego_desktop.ui.translations import install_translators, translations_dir
app = QCoreApplication([])
loaded = install_translators(app, "fr")
print(json.dumps({
    "translations": str(translations_dir()),
    "resources": str(resources_dir()),
    "loaded": len(loaded),
    "quit": QCoreApplication.translate("Tray", "Quit"),
}))
"""


def run(argv: list[str], env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{argv}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def installed(request: pytest.FixtureRequest) -> tuple[Path, Path]:
    """(the wheel, the venv it is installed in): tests/support/wheel_install.py."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout to know the tracked sources")
    built = outcome(chains(request.config), wheel_step(request.config))
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    work = wheel_folder(request.config)
    (wheel,) = (work / "dist").glob("jego_desktop-*.whl")
    return wheel, work / "venv"


def app_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        QT_QPA_PLATFORM="offscreen",
        # No account is bound, so no password is read; no test module inside the venv.
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def test_the_wheel_carries_its_icons_and_compiled_translations(installed) -> None:
    wheel, _venv = installed
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "jego_desktop/resources/icons/jego.svg",
        "jego_desktop/translations/jego_fr.qm",
        "jego_desktop/translations/jego_zh_CN.qm",
    ):
        assert needed in names
    assert not [name for name in names if name.endswith((".ts", "import_table.py"))]


def test_the_installed_app_starts_and_answers_status(installed, tmp_path: Path) -> None:
    _wheel, venv = installed
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "settings.ini").write_text("[network]\nbind_address=127.0.0.1\n[ui]\nlanguage=fr\n")
    env = app_env(tmp_path / "home")
    app = ManagedProcess(
        "wheel app",
        [str(venv / "bin" / "jego-desktop"), "--profile", str(profile)],
        tmp_path / "app.log",
        env=env,
        cwd=tmp_path,  # not the checkout: the installed package must be the one imported
    )
    log = profile / "logs" / "jego.log"
    try:
        app.start()
        app.wait_until(
            lambda: log.exists() and "main window shown" in log.read_text(encoding="utf-8"),
            60,
            "the main window",
        )
        cli = [str(venv / "bin" / "jego-desktop-cli"), "--profile", str(profile)]
        status = json.loads(run([*cli, "status", "--json"], env, tmp_path))
    finally:
        app.stop(grace=10)
    assert status["running"] is True
    text = log.read_text(encoding="utf-8")
    assert "Traceback" not in text and "no translation jego_fr" not in text
    assert "language fr" in text


def test_french_loads_from_the_installed_package(installed, tmp_path: Path) -> None:
    _wheel, venv = installed
    probe = json.loads(
        run([str(venv / "bin" / "python"), "-c", PROBE], app_env(tmp_path / "home"), tmp_path)
    )
    site = str(venv / "lib")
    assert probe["translations"].startswith(site)
    assert probe["resources"].startswith(site)
    assert probe["quit"] == "Quitter"
    assert probe["loaded"] >= 1
