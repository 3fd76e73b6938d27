"""The command line works without a display and keeps profiles apart."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jego_desktop import __version__
from jego_desktop.__main__ import build_parser
from jego_desktop.cli.command_line import parse
from jego_desktop.store.profile import Profile


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}  # no DISPLAY, no Qt platform
    return subprocess.run(
        [sys.executable, "-m", "jego_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version_prints_the_package_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Jego Desktop {__version__}"


def test_help_documents_the_profile_option() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--profile DIR" in result.stdout


def test_unknown_option_fails_on_stderr() -> None:
    result = run_cli("--no-such-option")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_profile_option_is_parsed_as_a_path(tmp_path: Path) -> None:
    args = build_parser().parse_args(["--profile", str(tmp_path)])
    assert args.profile == tmp_path


def test_two_profiles_share_no_file(tmp_path: Path) -> None:
    first = Profile.open(tmp_path / "one")
    second = Profile.open(tmp_path / "two")
    first_paths = {first.database_path, first.settings_path, first.logs_dir, first.files_dir}
    second_paths = {second.database_path, second.settings_path, second.logs_dir, second.files_dir}
    assert not first_paths & second_paths
    assert all(path.is_relative_to(first.root) for path in first_paths)
    assert first.keyring_service != second.keyring_service
    assert first.logs_dir.is_dir() and second.files_dir.is_dir()


def test_default_profile_is_the_per_user_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    profile = Profile.open(None)
    assert profile.root == tmp_path / "data" / "jego-desktop"


def test_help_documents_exit_codes_and_the_status_schema() -> None:
    result = run_cli("--help")
    assert "Exit codes: 0" in result.stdout and '"running": bool' in result.stdout


def test_status_without_a_running_app_needs_no_display_and_exits_0(tmp_path: Path) -> None:
    result = run_cli("--profile", str(tmp_path / "p"), "status", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "running": False,
        "my_status": "online",
        "accounts": [],
        "calls": [],
        "unread": 0,
    }


def test_start_hidden_is_a_global_option_for_start_at_login() -> None:
    invocation, _ = parse(["--start-hidden"])
    assert invocation.start_hidden and invocation.command == []
    assert not parse([])[0].start_hidden
