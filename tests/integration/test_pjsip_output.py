"""pjsip's start-up lines go to the log only: a plain start prints nothing of pjsip's."""

from __future__ import annotations

import re
import time
from pathlib import Path

from tests.integration.app_process import AppProcess

# pjsip's own line: its time, the source file that logged, then the text.
PJSIP_LINE = re.compile(r"\d\d:\d\d:\d\d\.\d{3}\s+\S+\.c\s")


def test_without_verbose_pjsip_start_up_lines_reach_the_log_not_stdout(tmp_path: Path) -> None:
    app = AppProcess(tmp_path / "p", tmp_path / "keyring.json", verbose=False)
    try:
        app.start()
        log_path = app.profile / "logs" / "jego.log"
        deadline = time.monotonic() + 20
        while "SIP UDP transport listening" not in log_path.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, "the engine never started"
            time.sleep(0.1)
    finally:
        app.stop()
    output = app.output_path.read_text(encoding="utf-8", errors="replace")
    log = log_path.read_text(encoding="utf-8")
    assert not [line for line in output.splitlines() if PJSIP_LINE.search(line)], output
    assert "pjlib" not in output and "PJSUA" not in output, output
    for start_up_line in ("pjlib 2.", "PJSUA state changed: NULL --> CREATED"):
        assert start_up_line in log
    assert PJSIP_LINE.search(log)
