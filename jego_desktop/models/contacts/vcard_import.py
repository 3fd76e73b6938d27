"""Reading a .vcf file off the GUI thread: vobject takes seconds on a 16 MB file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from jego_desktop.domain.contacts import Contact

log = logging.getLogger(__name__)


class _Read(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class VCardReader(QObject):
    """Parses one file at a time on a worker thread; the outcome comes back as a signal
    on the GUI thread.

    Signals:
        read(str, object): the file's name and its contacts (list[Contact]).
        failed(str, str): the file's name and why it cannot be read (English details).
    """

    read = Signal(str, object)
    failed = Signal(str, str)
    _done = Signal(str, object, str)  # emitted on the worker, delivered queued

    def __init__(self, parse: Callable[[Path], list[Contact]], parent: QObject | None = None):
        super().__init__(parent)
        self._parse = parse
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._done.connect(self._on_done)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, path: Path) -> bool:
        """Read `path` on the worker; False (nothing started) while another is read."""
        if self._busy:
            return False
        self._busy = True

        def work() -> None:
            try:
                contacts = self._parse(path)
            except (ValueError, RuntimeError, OSError) as error:  # VCardError is a ValueError
                self._done.emit(path.name, None, str(error))
                return
            except Exception as error:  # a parser bug on a hostile file: still an answer
                log.exception("reading %s failed", path.name)
                self._done.emit(path.name, None, str(error) or type(error).__name__)
                return
            self._done.emit(path.name, contacts, "")

        self._pool.start(_Read(work))
        return True

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return bool(self._pool.waitForDone(timeout_ms))

    @Slot(str, object, str)
    def _on_done(self, name: str, contacts: list[Contact] | None, problem: str) -> None:
        self._busy = False
        if contacts is None:
            self.failed.emit(name, problem)
        else:
            self.read.emit(name, contacts)
