"""shiboken6 reads the source of every module imported after it, and linecache keeps it.

PySide6's import hook (shibokensupport.feature.feature_imported) asks of each new module
whether it uses PySide6, by `inspect.getsource(module)`: every line of every module the
app imports stays in linecache, ~12 MB at start. The same question is answered here by
reading the file once, keeping nothing. Reaches into PySide6 beyond its API:
tests/unit/platform/test_pyside_imports.py fails if PySide6 changes this.
"""

from __future__ import annotations

import logging
from types import ModuleType

log = logging.getLogger(__name__)


def keep_no_module_sources() -> bool:
    """Install the lighter check; False (and PySide6 left as it is) where it cannot be."""
    import PySide6  # noqa: F401 - installs shiboken's import hook

    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("shiboken has no _mod_uses_pyside: nothing to change")
        return False
    feature._mod_uses_pyside = module_uses_pyside
    return True


def module_uses_pyside(module: ModuleType) -> bool:
    """What shiboken's own check answers ("PySide6" in the module's source), uncached."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in or compiled: shiboken's getsource fails there too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
