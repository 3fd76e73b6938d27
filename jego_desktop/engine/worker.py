"""The engine's public face: commands in through a queue, events out as Qt signals.

One Python thread owns pjsua2 from libCreate to libDestroy and runs every command.
Callers on any thread use the methods below; they never touch pjsua2 themselves.
Connect to the signals with queued connections (the default across threads).
"""

from __future__ import annotations

import gc
import itertools
import logging
import queue
import socket
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY, AccountConfig
from jego_desktop.domain.calls import DtmfMethod
from jego_desktop.domain.my_status import MyStatus
from jego_desktop.domain.reasons import reason
from jego_desktop.engine.call_ids import new_call_id
from jego_desktop.engine.command_error import CommandError
from jego_desktop.engine.guard import log_failure
from jego_desktop.engine.signals import EngineSignals

if TYPE_CHECKING:
    from jego_desktop.domain.audio import AudioEndpoint
    from jego_desktop.domain.chat_headers import ChatHeaders
    from jego_desktop.domain.incoming_messages import IncomingMessageSink
    from jego_desktop.engine.config import EngineConfig
    from jego_desktop.engine.core import EngineCore

log = logging.getLogger(__name__)

Command = Callable[["EngineCore"], None]
PasswordSource = Callable[[], "str | None"]

# Each poll costs ~0.13 ms of CPU however short it is, so the loop sleeps as long as it
# can: a submitted command wakes it at once (see _wake), pjsip wakes it for its own
# sockets and timers, and the core says when its next timer is due.
MAX_POLL_MS = 1000
WAKE_UP = b"\r\n\r\n"  # a SIP keep-alive (RFC 5626): pjsip ignores it


class CallEngine(EngineSignals):
    """The engine's thread and its command queue; its events come out as the signals of
    `EngineSignals` (see engine/signals.py)."""

    def __init__(
        self, config: EngineConfig, audio: AudioEndpoint, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._config = config
        self._audio = audio
        self._commands: queue.SimpleQueue[tuple[str, Command]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stop_requested = threading.Event()
        self._wake_address: tuple[str, int] | None = None  # our own SIP UDP socket
        self._waker = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._check_ids = itertools.count(1)

    @property
    def config(self) -> EngineConfig:
        """What the engine was started with (frozen; the video sessions bind as it does)."""
        return self._config

    # ----- life cycle -----------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="jego-engine", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Hang up everything, unregister, destroy pjsua2, and join the thread."""
        thread = self._thread
        if thread is not None:
            self._stop_requested.set()
            self._wake()
            thread.join(timeout)
            if thread.is_alive():
                log.error("the engine thread did not stop within %.0f s", timeout)
            self._thread = None
        self._waker.close()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        # pjsua2 and the engine's ~25 modules load here, on the engine's thread: the GUI
        # holds the engine (its queue and signals) before its first paint without them.
        from jego_desktop.domain.engine_events import EngineStopped
        from jego_desktop.engine.core import EngineCore

        core = EngineCore(self._config, self._audio, self.publish)
        try:
            self._serve(core)
        finally:
            try:
                core.shutdown()
            except Exception:
                log_failure(log, "the call engine did not shut down cleanly")
            del core
            gc.collect()  # whatever pjsua2 object is left must die on this thread
            self.publish(EngineStopped())

    def _serve(self, core: EngineCore) -> None:
        from jego_desktop.domain.engine_events import EngineError, EngineStarted

        try:
            ports = core.start()
        except Exception as error:
            log_failure(log, "the call engine failed to start")
            self.publish(EngineError("start", reason("the call engine failed to start: %1", error)))
            return
        if "udp" in ports:
            host = self._config.bind_address or "127.0.0.1"
            self._wake_address = (host if host != "0.0.0.0" else "127.0.0.1", ports["udp"])
        self.publish(EngineStarted(ports))
        core.publish_codecs()
        fallback_ms = 25 if self._wake_address is None else MAX_POLL_MS
        while not self._stop_requested.is_set():
            core.endpoint.lib.libHandleEvents(min(fallback_ms, core.next_timer_ms()))
            self._run_commands(core)
            core.tick()

    def _run_commands(self, core: EngineCore) -> None:
        from jego_desktop.domain.engine_events import EngineError

        while True:
            try:
                name, command = self._commands.get_nowait()
            except queue.Empty:
                return
            try:
                command(core)
            except CommandError as error:
                self.publish(EngineError(name, str(error)))
            except Exception as error:
                log_failure(log, "engine command %s failed", name)
                message = error.info() if hasattr(error, "info") else str(error)
                self.publish(EngineError(name, str(message)))

    def _submit(self, name: str, command: Command) -> None:
        self._commands.put((name, command))
        self._wake()

    def _wake(self) -> None:
        """Interrupt the engine thread's poll so a command runs now, not at the next tick."""
        address = self._wake_address
        if address is not None:
            try:
                self._waker.sendto(WAKE_UP, address)
            except OSError as error:
                log.debug("waking the engine failed: %s", error)

    # ----- commands (any thread) ------------------------------------------------------

    def add_account(self, config: AccountConfig, password: PasswordSource) -> None:
        """Register `config`; `password` is called on the engine thread, when needed."""
        self._submit("add_account", lambda core: core.add_account(config, password()))

    def test_registration(self, config: AccountConfig, password: str) -> int:
        """Try `config` with `password` on the side, without saving or binding anything.

        Returns the request id that the RegistrationTested answer (within about 10 s)
        carries. A bound account with the same key is left as it is.
        """
        request_id = next(self._check_ids)
        self._submit(
            "test_registration",
            lambda core: core.test_registration(request_id, config, password),
        )
        return request_id

    def set_codec_priorities(self, order: list[str]) -> None:
        """Offer these codecs (ids as in CodecsListed, or "PCMA") in this order, no others."""
        codecs = list(order)
        self._submit("set_codec_priorities", lambda core: core.set_codec_priorities(codecs))

    def remove_account(self, key: str) -> None:
        self._submit("remove_account", lambda core: core.remove_account(key))

    def reregister(self, key: str | None = None) -> None:
        self._submit("reregister", lambda core: core.reregister(key))

    def network_changed(self) -> None:
        self._submit("network_changed", lambda core: core.network_changed())

    def make_call(self, uri: str, account_key: str = DIRECT_ACCOUNT_KEY) -> str:
        """Dial `uri` (already a SIP URI) from an account, or directly with DIRECT_ACCOUNT_KEY."""
        call_id = new_call_id()
        self._submit("make_call", lambda core: core.calls.make_call(call_id, account_key, uri))
        return call_id

    def answer(self, call_id: str) -> None:
        self._submit("answer", lambda core: core.calls.answer(call_id))

    def decline(self, call_id: str, busy: bool = False) -> None:
        self._submit("decline", lambda core: core.calls.decline(call_id, busy))

    def hangup(self, call_id: str) -> None:
        self._submit("hangup", lambda core: core.calls.hangup(call_id))

    def hangup_all(self) -> None:
        self._submit("hangup_all", lambda core: core.calls.hangup_all())

    def hold(self, call_id: str) -> None:
        self._submit("hold", lambda core: core.calls.hold(call_id))

    def resume(self, call_id: str) -> None:
        self._submit("resume", lambda core: core.calls.resume(call_id))

    def mute(self, call_id: str, muted: bool) -> None:
        self._submit("mute", lambda core: core.calls.mute(call_id, muted))

    def send_dtmf(self, call_id: str, digits: str, method: DtmfMethod = DtmfMethod.RFC4733) -> None:
        self._submit("send_dtmf", lambda core: core.calls.send_dtmf(call_id, digits, method))

    def send_call_info(self, call_id: str, content_type: str, body: str) -> None:
        """A SIP INFO in the call's dialog; a non-2xx answer comes back as CallInfoFailed."""
        self._submit(
            "send_call_info", lambda core: core.calls.send_call_info(call_id, content_type, body)
        )

    def transfer(self, call_id: str, target_uri: str) -> None:
        self._submit("transfer", lambda core: core.calls.transfer(call_id, target_uri))

    def transfer_to_call(self, call_id: str, other_call_id: str) -> None:
        self._submit("transfer", lambda core: core.calls.transfer_to_call(call_id, other_call_id))

    def conference(self, call_ids: list[str]) -> None:
        ids = list(call_ids)
        self._submit("conference", lambda core: core.calls.conference(ids))

    def start_recording(self, call_id: str, path: str) -> None:
        self._submit("start_recording", lambda core: core.calls.start_recording(call_id, path))

    def stop_recording(self, call_id: str) -> None:
        self._submit("stop_recording", lambda core: core.calls.stop_recording(call_id))

    # ----- messages (any thread) ------------------------------------------------------

    def set_message_sink(self, sink: IncomingMessageSink | None) -> None:
        """Where incoming messages are stored; `sink.accept` runs on the engine thread.

        Set it before adding accounts: messages arriving earlier are announced but
        not stored.
        """
        self._submit("set_message_sink", lambda core: core.set_message_sink(sink))

    def free_before_trim(self, step: Callable[[], None]) -> None:
        """Run `step` on the engine thread once SIP traffic has been quiet, just before
        the heap's free pages go back to the system (engine/memory.py): for caches
        filled on the engine thread, such as the store's writer connection."""
        self._submit("free_before_trim", lambda core: core.add_memory_step(step))

    def send_message(
        self,
        account_key: str,
        peer_uri: str,
        message_id: str,
        body: str,
        content_type: str = "text/plain",
        imdn: bool = True,
        chat_headers: ChatHeaders = (),
    ) -> None:
        """Send one message; MessageSent or MessageFailed follows, then perhaps receipts.

        With `imdn` the message is CPIM-wrapped (Linphone's way), carries `message_id`
        and asks for delivery and display receipts; without, it travels as plain
        `content_type` for peers that do not speak CPIM, and no receipt will come.
        `chat_headers`: Jego's CPIM headers (domain/chat_headers.py), CPIM only.
        """
        self._submit(
            "send_message",
            lambda core: core.send_message(
                account_key, peer_uri, message_id, body, content_type, imdn, chat_headers
            ),
        )

    def send_display_receipts(
        self, account_key: str, peer_uri: str, message_ids: list[str]
    ) -> None:
        """Tell `peer_uri` these messages of theirs were shown to the user."""
        ids = list(message_ids)
        self._submit(
            "send_display_receipts",
            lambda core: core.send_display_receipts(account_key, peer_uri, ids),
        )

    def send_typing(self, account_key: str, peer_uri: str, active: bool) -> None:
        self._submit("send_typing", lambda core: core.send_typing(account_key, peer_uri, active))

    def set_my_status(self, my_status: MyStatus) -> None:
        """Publish this status on every account, now and on each account added later.

        MyStatus.BUSY also declines incoming calls with 486 Busy Here; such a call ends
        with the reason MISSED_WHILE_BUSY (domain/my_status.py).
        """
        if not isinstance(my_status, MyStatus):
            raise TypeError(f"not a MyStatus: {my_status!r}")
        self._submit("set_my_status", lambda core: core.set_my_status(my_status))

    def watch_presence(self, account_key: str, uris: list[str]) -> None:
        """Watch exactly these contacts' presence on the account (replaces the set).

        PresenceChanged follows for each, first when its subscription is answered.
        """
        for uri in uris:
            if not uri.lower().startswith(("sip:", "sips:")):
                raise ValueError(f"not a SIP URI: {uri!r}")
        watched = list(uris)
        self._submit("watch_presence", lambda core: core.watch_presence(account_key, watched))
