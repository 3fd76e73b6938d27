"""One asyncio event loop on its own thread for every aiortc object of the app.

aiortc is asyncio through and through; Qt owns the main thread. Everything aiortc
(peer connections, tracks, their executor threads) lives and dies on this loop;
other threads only hand it coroutines. asyncio (~30 modules) is imported when the loop
first starts, at the first video use, not with the app (issue #15).
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)
T = TypeVar("T")


class VideoLoop:
    """Start with start(), stop with stop(): pending tasks are cancelled, the executor
    threads joined and the thread ended."""

    def __init__(self, name: str = "jego-video") -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        import asyncio

        loop = asyncio.new_event_loop()
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(ready.set)
            try:
                loop.run_forever()
                self._finish(loop)
            finally:
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name=self._name, daemon=True)
        self._thread.start()
        ready.wait()

    @staticmethod
    def _finish(loop: asyncio.AbstractEventLoop) -> None:
        import asyncio

        tasks = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run `coroutine` on the loop; any thread may call this."""
        loop = self._loop
        if loop is None or not self.running:
            coroutine.close()
            raise RuntimeError("the video loop is not running")
        import asyncio

        return asyncio.run_coroutine_threadsafe(coroutine, loop)

    def run_blocking(self, work: Callable[[], T]) -> concurrent.futures.Future[T]:
        """Run `work` in the loop's executor, so it blocks neither the caller nor the loop."""

        async def in_executor() -> T:
            import asyncio

            return await asyncio.get_running_loop().run_in_executor(None, work)

        return self.submit(in_executor())

    def stop(self, timeout: float = 5.0) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if thread is threading.current_thread():
            raise RuntimeError("the video loop cannot stop itself")
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        if thread.is_alive():
            log.error("the video thread did not stop within %.0f s", timeout)
        self._loop = None
        self._thread = None


def run_on_own_thread(
    work: Callable[[], T], name: str
) -> tuple[concurrent.futures.Future[T], threading.Thread]:
    """Run `work` once on a short-lived thread of its own (returned, to be joined), for a
    job that needs no event loop: listing the cameras while no video runs would otherwise
    import asyncio and start the loop's thread and executor for it (~2 MB that stay)."""
    future: concurrent.futures.Future[T] = concurrent.futures.Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work())
        except BaseException as error:  # handed to whoever reads the future
            future.set_exception(error)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return future, thread
