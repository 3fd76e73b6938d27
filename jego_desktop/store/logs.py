"""Logging into the profile's logs folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def configure_logging(logs_dir: Path, verbose: bool = False) -> Path:
    """Log to a rotating file in the profile (and to stderr when verbose)."""
    log_path = logs_dir / "jego.log"
    handler = logging.handlers.RotatingFileHandler(
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
