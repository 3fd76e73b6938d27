"""Which pjsip and which OpenSSL the engine runs on, for the app log.

The `pjsua2-python` wheel links its own OpenSSL (1.0.2k, 2017) for SIP over TLS and
SRTP; pjsua2 does not report it, so it is read from the library the wheel ships.
"""

from __future__ import annotations

import ctypes
import logging
from pathlib import Path

import pjsua2 as pj

log = logging.getLogger(__name__)


def pjsip_version(lib: pj.Endpoint) -> str:
    return str(lib.libVersion().full)


def bundled_openssl_version() -> str:
    """The version string of the OpenSSL shipped in the pjsua2 wheel; "" if none is found."""
    package = Path(pj.__file__).resolve().parent
    folders = [*package.parent.glob("pjsua2*.libs"), package / ".dylibs", package]
    for folder in folders:
        for library in sorted(folder.glob("libcrypto*")):
            version = _openssl_version(library)
            if version:
                return version
    return ""


def _openssl_version(library: Path) -> str:
    try:
        crypto = ctypes.CDLL(str(library))
    except OSError:
        return ""
    for name in ("OpenSSL_version", "SSLeay_version"):  # 1.1 and later, then 1.0
        function = getattr(crypto, name, None)
        if function is not None:
            function.restype = ctypes.c_char_p
            function.argtypes = [ctypes.c_int]
            text = function(0)  # OPENSSL_VERSION / SSLEAY_VERSION
            return text.decode("ascii", "replace") if text else ""
    return ""


def log_engine_versions(lib: pj.Endpoint) -> None:
    log.info("pjsip %s", pjsip_version(lib))
    openssl = bundled_openssl_version() or "not found beside pjsua2 (system or static)"
    log.info("OpenSSL for SIP TLS and SRTP (pjsua2's own): %s", openssl)
