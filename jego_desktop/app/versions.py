"""The versions of the libraries under the app, one line each in the log at start.

pjsip and its OpenSSL are logged by the engine when it starts (engine/library_versions).
"""

from __future__ import annotations

import logging
import platform
import sqlite3

import PySide6
from PySide6.QtCore import qVersion

log = logging.getLogger(__name__)


def log_library_versions() -> None:
    import ssl  # here: it loads OpenSSL (~3 ms), and this runs after the first paint

    log.info("Python %s (%s)", platform.python_version(), platform.platform(terse=True))
    log.info("Qt %s", qVersion())
    log.info("PySide6 %s", PySide6.__version__)
    log.info("OpenSSL for HTTP file transfers (Python's): %s", ssl.OPENSSL_VERSION)
    log.info("SQLite %s", sqlite3.sqlite_version)
