"""Logging into the profile's logs folder, in files only the user can read."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from jego_desktop.store.private_files import make_private_folder, open_private, restrict_entry


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600 (the first one and each after rotation)."""

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        restrict_entry(path)  # a log from an older version was 0644
        descriptor = open_private(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(logs_dir: Path, verbose: bool = False) -> Path:
    """Log to a rotating file in the profile (and to stderr when verbose)."""
    make_private_folder(logs_dir)
    log_path = logs_dir / "jego.log"
    handler = PrivateRotatingFileHandler(
        log_path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    if verbose:
        root.addHandler(logging.StreamHandler())
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_path
