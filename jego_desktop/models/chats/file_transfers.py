"""Uploads and downloads run on a thread pool, reported to the GUI thread by signals.

The transfers themselves are `store.http_transfer` (blocking, no Qt); this only moves
them off the GUI thread, throttles progress reports and lets the user cancel.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from jego_desktop.domain.fetch_rules import FileServerTrust
from jego_desktop.domain.file_transfer import FileInfo
from jego_desktop.store.file_store import FileStore
from jego_desktop.store.http_auth import Credentials
from jego_desktop.store.transfer_errors import TransferError

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.1  # seconds between progress reports of one transfer
DEFAULT_MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024


class _Job(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class FileTransfers(QObject):
    """Starts transfers and reports on them; every signal carries the job id it concerns.

    Signals (emitted from worker threads, delivered queued to GUI-thread receivers):
    `progress(job, done, total)` at most every 100 ms, then exactly one of
    `uploaded(job, FileInfo)`, `downloaded(job, path)` or `failed(job, message)`;
    a cancelled job fails with a "cancelled" message. `failed_because(job, error)`
    comes just before `failed` with the `TransferError` itself, for callers that
    act on its kind (expired, cancelled...).
    """

    progress = Signal(int, object, object)  # object: sizes above 2 GB do not fit an int
    uploaded = Signal(int, object)
    downloaded = Signal(int, str)
    failed = Signal(int, str)
    failed_because = Signal(int, object)

    def __init__(
        self,
        files: FileStore,
        *,
        max_download_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES,
        max_parallel: int = 3,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._max_download_bytes = max_download_bytes
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_parallel)
        self._ids = itertools.count(1)
        self._cancelled: dict[int, threading.Event] = {}
        self._lock = threading.Lock()

    def start_upload(
        self,
        server_url: str,
        path: Path,
        content_type: str,
        credentials: Credentials | None = None,
        *,
        playing_length_ms: int | None = None,
        plain_http_loopback: bool = False,
    ) -> int:
        """Upload a file (already in the profile's sent folder); the job id."""

        def work(job: int, cancel: threading.Event) -> None:
            from jego_desktop.store.http_transfer import upload  # see start_download

            info = upload(
                server_url,
                path,
                content_type,
                credentials,
                self._progress_reporter(job),
                playing_length_ms=playing_length_ms,
                cancel=cancel.is_set,
                plain_http_loopback=plain_http_loopback,
            )
            self.uploaded.emit(job, info)

        return self._start(work)

    def start_download(
        self,
        info: FileInfo,
        credentials: Credentials | None = None,
        *,
        trust: FileServerTrust | None = None,
        then: Callable[[Path], None] | None = None,
    ) -> int:
        """Download a received file into the profile's received folder; the job id.

        `trust` says which server may have `credentials` and be on a private address
        (see `store.http_transfer.download`). `then(path)` runs on the worker thread
        after a successful download, before `downloaded` is emitted (making a
        thumbnail, probing a voice message).
        """

        def work(job: int, cancel: threading.Event) -> None:
            # Imported at the first transfer, on its worker thread: http.client, ssl and
            # email wait for it instead of loading with the app (issue #15).
            from jego_desktop.store.http_transfer import download

            path = download(
                info,
                self._files,
                self._max_download_bytes,
                self._progress_reporter(job),
                cancel.is_set,
                credentials=credentials,
                trust=trust,
            )
            if then is not None:
                try:
                    then(path)
                except Exception:  # a preview is a nicety: the file itself is fine
                    log.exception("after downloading %s", path.name)
            self.downloaded.emit(job, str(path))

        return self._start(work)

    def cancel(self, job: int) -> None:
        with self._lock:
            event = self._cancelled.get(job)
        if event is not None:
            event.set()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every transfer and wait for the workers; False if some did not stop."""
        with self._lock:
            for event in self._cancelled.values():
                event.set()
        return bool(self._pool.waitForDone(timeout_ms))

    def _start(self, work: Callable[[int, threading.Event], None]) -> int:
        job = next(self._ids)
        cancel = threading.Event()
        with self._lock:
            self._cancelled[job] = cancel

        def run() -> None:
            try:
                work(job, cancel)
            except TransferError as error:
                self.failed_because.emit(job, error)
                self.failed.emit(job, str(error))
            except Exception as error:  # a bug or the disk: still tell the user
                failure = TransferError(
                    QCoreApplication.translate(
                        "FileTransfers", "The transfer failed (%1)."
                    ).replace("%1", str(error))
                )
                self.failed_because.emit(job, failure)
                self.failed.emit(job, str(failure))
            finally:
                with self._lock:
                    self._cancelled.pop(job, None)

        self._pool.start(_Job(run))
        return job

    def _progress_reporter(self, job: int) -> Callable[[int, int], None]:
        last = [0.0]

        def report(done: int, total: int) -> None:
            now = time.monotonic()
            if done >= total or now - last[0] >= PROGRESS_INTERVAL:
                last[0] = now
                self.progress.emit(job, done, total)

        return report
