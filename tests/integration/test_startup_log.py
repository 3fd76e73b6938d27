"""The app log says, at start, which libraries it runs on: one line each, no secrets."""

from __future__ import annotations

import re
import time
from pathlib import Path

from tests.integration.app_process import AppProcess

EXPECTED = {
    "pjsip": r"INFO .* pjsip 2\.\d+",
    "pjsua2's OpenSSL": r"OpenSSL for SIP TLS and SRTP \(pjsua2's own\): OpenSSL \d",
    "Python": r"INFO .* Python 3\.\d+",
    "Qt": r"INFO .* Qt 6\.\d+",
    "PySide6": r"INFO .* PySide6 6\.\d+",
    "Python's OpenSSL": r"OpenSSL for HTTP file transfers \(Python's\): OpenSSL \d",
}


def test_the_log_names_every_library_version_once(tmp_path: Path) -> None:
    app = AppProcess(tmp_path / "p", tmp_path / "keyring.json")
    log = app.profile / "logs" / "jego.log"
    try:
        app.start()
        deadline = time.monotonic() + 20
        while "pjsip" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        app.stop()
    lines = log.read_text(encoding="utf-8").splitlines()
    for what, pattern in EXPECTED.items():
        found = [line for line in lines if re.search(pattern, line)]
        assert len(found) == 1, f"{what}: {found or 'missing'}"
    print("\n".join(line for line in lines if any(re.search(p, line) for p in EXPECTED.values())))
