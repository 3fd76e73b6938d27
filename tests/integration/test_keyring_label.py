"""On a real Secret Service (gnome-keyring, in a D-Bus session of the test's own), a
password moved from its old name carries a label a person understands."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = "+8613800138000@sip.example.com"
PROBE = f"""
import json, keyring, secretstorage
from keyring.backends.SecretService import Keyring
from jego_desktop.store.secrets import SecretStore
keyring.set_keyring(Keyring())
keyring.set_password("jego-desktop:/old/profile/folder", {KEY!r}, "s3cret")
found = SecretStore("jego-desktop:0123", ("jego-desktop:/old/profile/folder",)).password({KEY!r})
items = secretstorage.get_default_collection(secretstorage.dbus_init()).get_all_items()
print(json.dumps({{"found": found, "items": [
    [item.get_label(), item.get_attributes()["service"]] for item in items
]}}))
"""


def test_a_moved_password_is_labelled_with_the_number_and_server(tmp_path: Path) -> None:
    for program in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed (packaging/setup.sh test installs it)")
    pytest.importorskip("secretstorage")
    home = tmp_path / "home"
    home.mkdir()
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_RUNTIME_DIR=str(tmp_path),
        PYTHONPATH=str(ROOT),
    )
    env.pop("PYTHON_KEYRING_BACKEND", None)
    script = tmp_path / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    shell = (
        "printf test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
        f' && exec "$0" {script}'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell, sys.executable],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["found"] == "s3cret"
    assert probe["items"] == [
        ["Jego Desktop: +86 138 0013 8000 at sip.example.com", "jego-desktop:0123"]
    ]
