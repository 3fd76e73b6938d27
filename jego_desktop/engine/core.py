"""Everything the engine does, on the engine thread: accounts, calls, audio routing.

Only `CallEngine` (worker.py) creates this, on its own thread; no method here may be
called from any other thread.
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import itertools
import logging
import time
from collections.abc import Callable

import pjsua2 as pj

from jego_desktop.domain.accounts import (
    AccountConfig,
    RegistrationState,
    SrtpMode,
    Transport,
    split_host_port,
)
from jego_desktop.domain.audio import AudioEndpoint
from jego_desktop.domain.calls import CallDirection, CallState, DtmfMethod
from jego_desktop.domain.chat_headers import ChatHeaders
from jego_desktop.domain.engine_events import (
    CallInfoFailed,
    CallInfoReceived,
    CallStats,
    CodecsListed,
    DtmfFailed,
    DtmfReceived,
    MessageFailed,
    RegistrationChanged,
    TransferProgress,
)
from jego_desktop.domain.imdn import NotificationKind
from jego_desktop.domain.incoming_messages import IncomingMessageSink, RawMessage
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY, MyStatus
from jego_desktop.domain.peers import address_part
from jego_desktop.domain.sip_auth import challenge_realm
from jego_desktop.domain.sip_reasons import (
    call_end_reason,
    is_temporary_registration_failure,
    registration_reason,
)
from jego_desktop.engine.audio_port import BridgePort
from jego_desktop.engine.call_info import InfoOutcome, InfoRequest
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.dtmf import DTMF_RELAY, are_dtmf_digits, send_with_fallback
from jego_desktop.engine.endpoint import Endpoint
from jego_desktop.engine.memory import RELEASE_AFTER_S, release_free_memory
from jego_desktop.engine.messaging import MessageCenter
from jego_desktop.engine.presence import PresenceCenter
from jego_desktop.engine.registration_check import RegistrationChecks, addressed_to_check
from jego_desktop.engine.sip_account import SipAccount
from jego_desktop.engine.sip_call import SipCall

log = logging.getLogger(__name__)

Publish = Callable[[object], None]
RETRY_DELAYS_S = (2, 4, 8, 16, 32, 64, 120, 300)
MEDIA_SESSION_SPACING_S = 0.05
_DTMF_METHODS = {
    DtmfMethod.RFC4733: pj.PJSUA_DTMF_METHOD_RFC2833,
    DtmfMethod.SIP_INFO: pj.PJSUA_DTMF_METHOD_SIP_INFO,
}
_SRTP_USE = {
    SrtpMode.DISABLED: pj.PJMEDIA_SRTP_DISABLED,
    SrtpMode.OPTIONAL: pj.PJMEDIA_SRTP_OPTIONAL,
    SrtpMode.MANDATORY: pj.PJMEDIA_SRTP_MANDATORY,
}


class CommandError(Exception):
    """A command that cannot be carried out; its message is for the user."""


class EngineCore:
    """Owns the Endpoint, the accounts, the calls and the audio port."""

    def __init__(self, config: EngineConfig, audio: AudioEndpoint, publish: Publish) -> None:
        self.config = config
        self.endpoint = Endpoint(config, self._on_connection_lost)
        self._audio = audio
        self._publish = publish
        self._accounts: dict[str, SipAccount] = {}
        self._account_configs: dict[str, AccountConfig] = {}
        self._retry_attempts: dict[str, int] = {}
        # The only realm each account's credentials answer (domain/sip_auth.py), and
        # the password kept to rebuild them once, when the registrar names another.
        self._realms: dict[str, str] = {}
        self._passwords: dict[str, str] = {}
        self._realm_relearned: set[str] = set()
        self._local_account: SipAccount | None = None
        self._calls: dict[str, SipCall] = {}
        self._ended: list[SipCall] = []
        self._audio_media: dict[str, pj.AudioMedia] = {}
        self._conference: set[str] = set()
        self._recorders: dict[str, pj.AudioMediaRecorder] = {}
        self._port: BridgePort | None = None
        self._audio_open = False
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._timer_order = itertools.count()
        self._next_stats = 0.0
        self._last_media_session = 0.0
        self.messages = MessageCenter(publish)
        self.presence = PresenceCenter(publish)
        self._my_status = MyStatus.ONLINE
        self._declined_while_busy: set[str] = set()  # call ids refused with 486 by the status
        self._checks = RegistrationChecks(publish, self.after)
        self._memory_release_due = False

    # ----- life cycle -----------------------------------------------------------------

    def start(self) -> dict[str, int]:
        self.endpoint.start()
        self._local_account = self._create_local_account()
        return dict(self.endpoint.ports)

    def _create_local_account(self) -> SipAccount:
        cfg = pj.AccountConfig()
        # With its port, so that pjsua never picks it for a SUBSCRIBE meant for a
        # registered account (engine/presence.py, PresenceCenter.watch).
        cfg.idUri = self.own_uri("")
        self._bind_media(cfg)
        cfg.regConfig.registerOnAdd = False
        account = SipAccount("", self)
        account.create(cfg, True)
        return account

    def _bind_media(self, cfg: pj.AccountConfig) -> None:
        """RTP listens where SIP does: with a bind address, on that interface only.

        pjsua binds RTP to every interface otherwise; on a machine running several
        user agents (the test bench) another one's stray RTP then reached our calls.
        """
        if self.config.bind_address:
            cfg.mediaConfig.transportConfig.boundAddress = self.config.bind_address
        cfg.mediaConfig.transportConfig.port = self.config.rtp_port

    def tick(self) -> None:
        """Called by the loop between event polls: timers, ended calls, statistics."""
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, _, action = heapq.heappop(self._timers)
            action()
        if self._ended:
            self._ended.clear()  # drop pjsua2 Call objects here, never inside their callback
        if self._calls and now >= self._next_stats:
            self._next_stats = now + self.config.stats_interval_s
            self._publish_stats()

    def next_timer_ms(self) -> int:
        """How long the loop may sleep before tick() has something to do."""
        due = [self._timers[0][0]] if self._timers else []
        if self._calls:
            due.append(self._next_stats)
        if not due:
            return 60_000
        return max(1, int((min(due) - time.monotonic()) * 1000) + 1)

    def shutdown(self) -> None:
        """Hang up, unregister, and free every pjsua2 object before libDestroy."""
        self._hang_up_before_shutdown()
        deadline = time.monotonic() + 1.0
        while self._calls and time.monotonic() < deadline:
            self.endpoint.lib.libHandleEvents(20)
        self.messages.shutdown()  # buddies before the accounts they belong to
        self.presence.shutdown()
        self._checks.shutdown()
        for key in list(self._accounts):
            self._drop_account(key)
        self._stop_all_audio()
        self._audio_media.clear()  # a call that did not end in time still holds its media
        self._calls.clear()
        self._ended.clear()
        if self._local_account is not None:
            self._local_account.shutdown()
            self._local_account = None
        self._timers.clear()  # their closures hold pjsua2 objects
        gc.collect()  # free pjsua2 objects on this thread, before libDestroy
        self.endpoint.destroy()

    def _hang_up_before_shutdown(self) -> None:
        # A function of its own: a loop variable in shutdown() would keep the last call
        # alive past libDestroy, and a pjsua2 Call freed then aborts the process.
        for call in list(self._calls.values()):
            with contextlib.suppress(pj.Error):
                call.hangup(pj.CallOpParam(True))

    def after(self, delay_s: float, action: Callable[[], None]) -> None:
        heapq.heappush(self._timers, (time.monotonic() + delay_s, next(self._timer_order), action))

    # ----- accounts -------------------------------------------------------------------

    def add_account(self, config: AccountConfig, password: str | None) -> None:
        self._realm_relearned.discard(config.key)
        self._create_account(config, password or "")

    def _create_account(self, config: AccountConfig, password: str) -> None:
        if config.key in self._accounts:
            self._drop_account(config.key)
        account = SipAccount(config.key, self)
        self._account_configs[config.key] = config
        self._accounts[config.key] = account
        self._passwords[config.key] = password
        self._publish_registration(config.key, RegistrationState.REGISTERING, 0, "registering")
        realm = self._realms.setdefault(config.key, config.domain)
        cfg = self._pj_account_config(config, password, realm)
        cfg.presConfig.publishEnabled = True  # our status from registration to unregistration
        account.create(cfg)
        self.presence.set_status(account, self._my_status)

    def set_my_status(self, my_status: MyStatus) -> None:
        """Publish `my_status` on every account (the direct one answers SUBSCRIBEs itself)."""
        self._my_status = my_status
        accounts = [*self._accounts.values(), self._local_account]
        for account in accounts:
            if account is not None:
                self.presence.set_status(account, my_status)

    def _pj_account_config(
        self, config: AccountConfig, password: str, realm: str = "*"
    ) -> pj.AccountConfig:
        """`realm`: the only challenges the password answers; "*" (any) is for the
        registration check alone, which sends nothing but its REGISTER."""
        cfg = pj.AccountConfig()
        cfg.idUri = config.identity()
        server = config.server_uri()
        cfg.regConfig.registrarUri = server
        cfg.regConfig.timeoutSec = config.register_expires
        cfg.regConfig.retryIntervalSec = 0  # we retry ourselves, with backoff
        cfg.regConfig.firstRetryIntervalSec = 0
        cfg.sipConfig.proxies.append(f"{server};lr")
        cfg.sipConfig.transportId = self.endpoint.transport_ids[config.transport.value]
        cfg.sipConfig.authCreds.append(
            pj.AuthCredInfo("digest", realm, config.auth_username, 0, password)
        )
        self._bind_media(cfg)
        cfg.mediaConfig.srtpUse = _SRTP_USE[config.srtp]
        cfg.mediaConfig.srtpSecureSignaling = 0
        if config.transport is not Transport.UDP:
            cfg.natConfig.sipOutboundUse = 0
        return cfg

    def test_registration(self, request_id: int, config: AccountConfig, password: str) -> None:
        """Register `config` once on the side and publish RegistrationTested."""
        self._checks.start(request_id, self._pj_account_config(config, password))

    def set_codec_priorities(self, order: list[str]) -> None:
        try:
            self.endpoint.set_codec_priorities(order)
        except ValueError as error:
            raise CommandError(str(error)) from None
        self.publish_codecs()

    def publish_codecs(self) -> None:
        self._publish(CodecsListed(self.endpoint.codec_priorities()))

    def remove_account(self, key: str) -> None:
        if key not in self._accounts:
            raise CommandError("no such account")
        self._drop_account(key)
        self._publish_registration(key, RegistrationState.UNREGISTERED, 0, "removed")

    def _drop_account(self, key: str) -> None:
        account = self._accounts.pop(key)
        self._account_configs.pop(key, None)
        self._passwords.pop(key, None)
        self._retry_attempts.pop(key, None)
        self.messages.drop_account(key)
        self.presence.drop_account(key)
        try:
            account.shutdown()
        except pj.Error as error:
            log.warning("shutting down account %s: %s", key, error.info())

    def reregister(self, key: str | None = None) -> None:
        keys = [key] if key else list(self._accounts)
        for name in keys:
            account = self._accounts.get(name)
            if account is not None:
                self._publish_registration(name, RegistrationState.REGISTERING, 0, "registering")
                account.setRegistration(True)

    def _on_connection_lost(self, transport_type: str) -> None:
        """A TCP/TLS connection dropped: the server may have restarted and forgotten us."""
        for key, config in self._account_configs.items():
            if config.transport.value == transport_type:
                log.info("connection to %s lost; registering again", config.server)
                self.after(1.0, lambda key=key: self.reregister(key))  # type: ignore[misc]

    def network_changed(self) -> None:
        """Interfaces changed: let pjsua re-create transports and re-register."""
        self.endpoint.lib.handleIpChange(pj.IpChangeParam())

    # AccountListener
    def on_registration(self, account: SipAccount, code: int, reason: str, expires: int) -> None:
        if account.key not in self._accounts:
            return
        if code in (401, 407) and self._learn_realm(account):
            return
        if 200 <= code < 300 and expires > 0:
            self._retry_attempts.pop(account.key, None)
            state = RegistrationState.REGISTERED
        elif 200 <= code < 300:
            state = RegistrationState.UNREGISTERED
        else:
            state = RegistrationState.FAILED
            if is_temporary_registration_failure(code):
                self._schedule_retry(account.key)
        self._publish_registration(
            account.key, state, code, registration_reason(code, reason), expires
        )

    def _learn_realm(self, account: SipAccount) -> bool:
        """The registrar challenged in a realm other than the one guessed: take its
        realm, once per account, and register again with it (after this callback)."""
        key = account.key
        realm = challenge_realm(account.last_registration_response)
        if realm is None or realm == self._realms.get(key) or key in self._realm_relearned:
            return False
        self._realm_relearned.add(key)
        self._realms[key] = realm
        log.info("the registrar of %s uses realm %r; registering with it", key, realm)

        def register_again() -> None:
            config, password = self._account_configs.get(key), self._passwords.get(key)
            if config is not None and password is not None:
                self._create_account(config, password)

        self.after(0.0, register_again)  # never delete an account inside its own callback
        return True

    def _schedule_retry(self, key: str) -> None:
        attempt = self._retry_attempts.get(key, 0)
        self._retry_attempts[key] = attempt + 1
        delay = RETRY_DELAYS_S[min(attempt, len(RETRY_DELAYS_S) - 1)]
        log.info("registration of %s failed; retrying in %d s", key, delay)

        def retry() -> None:
            account = self._accounts.get(key)
            if account is not None:
                account.setRegistration(True)

        self.after(delay, retry)

    def _publish_registration(
        self, key: str, state: RegistrationState, code: int, reason: str, expires: int = 0
    ) -> None:
        self._publish(RegistrationChanged(key, state, code, reason, expires))

    def on_incoming_call(self, account: SipAccount, pj_call_id: int, request_line: str) -> None:
        if addressed_to_check(request_line):
            return  # a branch forked to a registration check: pjsua2 refuses it
        self._pace_media_sessions()
        call_id = self.new_call_id()
        call = SipCall(account, call_id, account.key, CallDirection.INCOMING, self, pj_call_id)
        call.refresh()
        self._calls[call_id] = call
        if len(self._calls) > self.config.max_calls:
            self._answer(call, 486)
            return
        if self._my_status.declines_calls:
            log.info("call %s declined: the status is busy", call_id)
            self._declined_while_busy.add(call_id)
            self._answer(call, 486)
            return
        self._answer(call, 180)
        self._publish(call.snapshot())

    # ----- messages -------------------------------------------------------------------

    def set_message_sink(self, sink: IncomingMessageSink | None) -> None:
        self.messages.set_sink(sink)

    def own_uri(self, key: str) -> str:
        config = self._account_configs.get(key)
        if config is not None:
            return config.aor
        host = self.config.bind_address or "localhost"
        port = self.endpoint.ports.get("udp")
        return f"sip:jego@{host}:{port}" if port else f"sip:jego@{host}"

    def send_message(
        self,
        account_key: str,
        peer_uri: str,
        message_id: str,
        body: str,
        content_type: str,
        use_cpim: bool,
        chat_headers: ChatHeaders = (),
    ) -> None:
        account = self._messaging_account(account_key)
        if account is None:
            reason = "the account is not set up"
            self._publish(MessageFailed(account_key, peer_uri, message_id, 0, reason))
            return
        self.messages.send_message(
            account,
            account_key,
            self.own_uri(account_key),
            peer_uri,
            message_id,
            body,
            content_type,
            use_cpim,
            chat_headers,
        )

    def send_display_receipts(
        self, account_key: str, peer_uri: str, message_ids: list[str]
    ) -> None:
        account = self._messaging_account(account_key)
        if account is None:
            raise CommandError("no such account")
        self.messages.send_receipts(
            account,
            account_key,
            self.own_uri(account_key),
            peer_uri,
            message_ids,
            NotificationKind.DISPLAY,
        )

    def send_typing(self, account_key: str, peer_uri: str, active: bool) -> None:
        account = self._messaging_account(account_key)
        if account is not None:
            self.messages.send_typing(account, account_key, peer_uri, active)

    def watch_presence(self, account_key: str, uris: list[str]) -> None:
        account = self._messaging_account(account_key)
        if account is None:
            raise CommandError("no such account")
        config = self._account_configs.get(account_key)
        server = ""
        if config is not None:
            host, port = split_host_port(config.server)
            server = f"{host}:{port}" if port else ""
        self.presence.watch(account, account_key, uris, server, self._local_account)

    def _messaging_account(self, key: str) -> SipAccount | None:
        return self._accounts.get(key) if key else self._local_account

    # AccountListener
    def on_instant_message(self, account: SipAccount, raw: RawMessage, contact: str) -> None:
        if addressed_to_check(raw.whole_message.split("\r\n", 1)[0]):
            return  # a copy forked to a registration check
        # Receipts to a registered peer go through the proxy to its address of record;
        # a direct (account-less) peer is reached at its contact.
        reply_uri = raw.from_uri if account.key else contact
        reply_uri = address_part(reply_uri)
        self.messages.on_incoming(account, raw, reply_uri, self.own_uri(account.key))

    def on_instant_message_status(
        self, account: SipAccount, to_uri: str, body: str, code: int, reason: str, response: str
    ) -> None:
        self.messages.on_status(account.key, to_uri, body, code, reason, response)

    def on_typing(self, account: SipAccount, from_uri: str, active: bool) -> None:
        self.messages.on_typing(account.key, from_uri, active)

    # CallListener: messages inside a call's dialog are handled like any other
    def on_call_message(self, call: SipCall, raw: RawMessage, contact: str) -> None:
        account = self._messaging_account(call.account_key)
        if account is not None:
            self.on_instant_message(account, raw, contact)

    def on_call_typing(self, call: SipCall, from_uri: str, active: bool) -> None:
        self.messages.on_typing(call.account_key, from_uri, active)

    # ----- calls ----------------------------------------------------------------------

    _call_numbers = itertools.count(1)

    @classmethod
    def new_call_id(cls) -> str:
        return f"call-{next(cls._call_numbers)}"

    def _pace_media_sessions(self) -> None:
        """Leave MEDIA_SESSION_SPACING_S between two new calls.

        Measured: back-to-back calls with no pause (~40/s) exhaust pjlib's socket poller
        after ~240 calls, because closed RTP sockets return to it only after a delay, and
        the wheel's asserts then abort the process. 30 ms apart, 400 calls were fine.
        """
        wait = self._last_media_session + MEDIA_SESSION_SPACING_S - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_media_session = time.monotonic()

    def make_call(self, call_id: str, account_key: str, uri: str) -> None:
        account = self._account(account_key)
        self.messages.contacted.remember(account_key, uri)
        self._pace_media_sessions()
        call = SipCall(account, call_id, account_key, CallDirection.OUTGOING, self)
        self._calls[call_id] = call
        prm = pj.CallOpParam(True)
        prm.opt.audioCount = 1
        prm.opt.videoCount = 0
        try:
            call.makeCall(uri, prm)
        except pj.Error as error:
            del self._calls[call_id]
            raise CommandError(f"cannot call {uri}: {error.reason}") from None
        call.refresh()
        self._publish(call.snapshot())

    def _account(self, key: str) -> SipAccount:
        if not key:
            assert self._local_account is not None
            return self._local_account
        account = self._accounts.get(key)
        if account is None:
            raise CommandError("no such account")
        return account

    def call(self, call_id: str) -> SipCall:
        call = self._calls.get(call_id)
        if call is None:
            raise CommandError("no such call")
        return call

    def answer(self, call_id: str) -> None:
        self._answer(self.call(call_id), 200)

    def decline(self, call_id: str, busy: bool = False) -> None:
        self._hangup(self.call(call_id), 486 if busy else 603)

    def hangup(self, call_id: str) -> None:
        self._hangup(self.call(call_id), 0)

    def hangup_all(self) -> None:
        for call in list(self._calls.values()):
            self._hangup(call, 0)

    @staticmethod
    def _answer(call: SipCall, code: int) -> None:
        prm = pj.CallOpParam(True)
        prm.statusCode = code
        prm.opt.audioCount = 1
        prm.opt.videoCount = 0
        call.answer(prm)

    @staticmethod
    def _hangup(call: SipCall, code: int) -> None:
        prm = pj.CallOpParam(True)
        if code:
            prm.statusCode = code
        call.hangup(prm)

    def hold(self, call_id: str) -> None:
        call = self.call(call_id)
        if call.local_hold:
            return
        call.setHold(pj.CallOpParam(True))
        call.local_hold = True
        self._route_audio()
        self._publish(call.snapshot())

    def resume(self, call_id: str) -> None:
        call = self.call(call_id)
        if not call.local_hold:
            return
        prm = pj.CallOpParam(True)
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        call.reinvite(prm)
        call.local_hold = False
        self._publish(call.snapshot())

    def mute(self, call_id: str, muted: bool) -> None:
        call = self.call(call_id)
        call.muted = muted
        self._route_audio()
        self._publish(call.snapshot())

    def send_dtmf(self, call_id: str, digits: str, method: DtmfMethod) -> None:
        """`method` first; RFC 4733 falls back to SIP INFO on a call without telephone-event
        (engine/dtmf.py). DtmfFailed when neither goes out, or later when an INFO is refused."""
        if not are_dtmf_digits(digits):
            raise CommandError(f"{digits!r} are not DTMF digits")
        call = self.call(call_id)

        def send(way: DtmfMethod) -> str | None:
            prm = pj.CallSendDtmfParam()
            prm.digits = digits
            prm.method = _DTMF_METHODS[way]
            try:
                call.sendDtmf(prm)
            except pj.Error as error:
                return str(error.reason)
            return None

        attempt = send_with_fallback(method, send)
        for way, reason in attempt.refusals:
            log.info("call %s: DTMF by %s refused: %s", call_id, way.value, reason)
        if attempt.method is None:
            reason = attempt.refusals[-1][1] if attempt.refusals else ""
            self._publish(DtmfFailed(call_id, digits, 0, reason))

    def send_call_info(self, call_id: str, content_type: str, body: str) -> None:
        """An INFO in the call's dialog; a non-2xx outcome comes back as CallInfoFailed."""
        kind, _, subtype = content_type.partition("/")
        if not kind or not subtype or any(c in content_type for c in "\r\n\0"):
            raise CommandError(f"{content_type!r} is not a content type")
        prm = pj.CallSendRequestParam()
        prm.method = "INFO"
        prm.txOption.contentType = content_type
        prm.txOption.msgBody = body
        self.call(call_id).sendRequest(prm)

    def transfer(self, call_id: str, target_uri: str) -> None:
        self.call(call_id).xfer(target_uri, pj.CallOpParam(True))

    def transfer_to_call(self, call_id: str, other_call_id: str) -> None:
        """Attended transfer: connect the far end of `call_id` to that of `other_call_id`."""
        self.call(call_id).xferReplaces(self.call(other_call_id), pj.CallOpParam(True))

    def conference(self, call_ids: list[str]) -> None:
        """Mix these calls together locally (everyone hears everyone)."""
        for call_id in call_ids:
            self.call(call_id)
        self._conference = set(call_ids)
        self._route_audio()

    def start_recording(self, call_id: str, path: str) -> None:
        call = self.call(call_id)
        if call_id in self._recorders:
            return
        recorder = pj.AudioMediaRecorder()
        recorder.createRecorder(path)
        self._recorders[call_id] = recorder
        call.recording = True
        self._route_audio()
        self._publish(call.snapshot())

    def stop_recording(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        self._drop_recorder(call_id)
        if call is not None:
            call.recording = False
            self._publish(call.snapshot())

    def _drop_recorder(self, call_id: str) -> None:
        recorder = self._recorders.pop(call_id, None)
        if recorder is None:
            return
        media = self._audio_media.get(call_id)
        for source in (media, self._port):
            if source is not None:
                with contextlib.suppress(pj.Error):
                    source.stopTransmit(recorder)
        del recorder  # closing the WAV file finishes its header

    # CallListener
    def on_call_state(self, call: SipCall) -> None:
        if call.call_id in self._declined_while_busy and call.state is not CallState.ENDED:
            return  # declined unseen: the app hears of it only when it has ended
        if call.state is CallState.ENDED:
            call.reason = call_end_reason(call.code, call.reason, heard_back=call.heard_back)
            if call.call_id in self._declined_while_busy:
                self._declined_while_busy.discard(call.call_id)
                call.reason = MISSED_WHILE_BUSY
            log.info("call %s ended: %s", call.call_id, call.reason)
            self._forget_call(call)
        elif call.call_id in self._audio_media:
            self._route_audio()  # answered after early media: the microphone goes out now
        self._publish(call.snapshot())

    def _forget_call(self, call: SipCall) -> None:
        self._drop_recorder(call.call_id)
        self._audio_media.pop(call.call_id, None)
        self._conference.discard(call.call_id)
        if self._calls.pop(call.call_id, None) is not None:
            self._ended.append(call)
        self._route_audio()
        if not self._calls and not self._memory_release_due:
            self._memory_release_due = True
            self.after(RELEASE_AFTER_S, self._release_memory)

    def _release_memory(self) -> None:
        """Once no call has run for a while, return what the last calls freed (memory.py)."""
        self._memory_release_due = False
        if self._calls:
            return  # the next call's end schedules it again
        release_free_memory()

    def on_call_media(self, call: SipCall) -> None:
        if call.call_id not in self._calls:
            return
        if call.audio_index >= 0:
            self._audio_media[call.call_id] = call.getAudioMedia(call.audio_index)
            call.secure_media = self._is_secure(call)
        else:
            self._audio_media.pop(call.call_id, None)
        self._route_audio()
        self._publish(call.snapshot())

    @staticmethod
    def _is_secure(call: SipCall) -> bool:
        # pjsua2 exposes SRTP's state only in the call dump (SDES over RTP/AVP keeps the
        # profile name, so the stream's protocol does not tell).
        try:
            return "SRTP status: Active" in call.dump(True, "")
        except pj.Error:
            return False

    def on_dtmf(self, call: SipCall, digit: str, method: DtmfMethod) -> None:
        self._publish(DtmfReceived(call.call_id, digit, method))

    def on_transfer_status(self, call: SipCall, code: int, reason: str, final: bool) -> None:
        self._publish(TransferProgress(call.call_id, code, reason, final))

    def on_call_info(self, call: SipCall, info: InfoRequest) -> None:
        self._publish(CallInfoReceived(call.call_id, info.content_type, info.body))

    def on_call_info_outcome(self, call: SipCall, outcome: InfoOutcome) -> None:
        if not 200 <= outcome.code < 300:
            kind, code, reason = outcome.content_type, outcome.code, outcome.reason
            if kind == DTMF_RELAY:
                if call.call_id in self._calls:  # a digit lost to a call that ended: no news
                    self._publish(DtmfFailed(call.call_id, outcome.dtmf_digit, code, reason))
            else:
                self._publish(CallInfoFailed(call.call_id, kind, code, reason))

    # ----- audio ----------------------------------------------------------------------

    def _route_audio(self) -> None:
        """Connect every call's audio to the port (and to each other in a conference).

        Recomputed from scratch after each change: simpler than tracking edges, and
        connecting an already connected pair is a no-op in the conference bridge.
        """
        live = {
            call_id: media
            for call_id, media in self._audio_media.items()
            if not self._calls[call_id].local_hold
        }
        if live and self._port is None:
            self._start_audio()
        port = self._port
        for call_id, media in self._audio_media.items():
            call = self._calls[call_id]
            talking = call_id in live
            # Early media: we hear the far end, but it must not hear us before answering.
            microphone = not call.muted and call.state is not CallState.RINGING_OUT
            self._link(media, port, talking)
            self._link(port, media, talking and microphone)
            recorder = self._recorders.get(call_id)
            if recorder is not None:
                self._link(media, recorder, True)
                self._link(port, recorder, microphone)
            for other_id, other in self._audio_media.items():
                if other_id != call_id:
                    mixed = {call_id, other_id} <= self._conference and talking and other_id in live
                    self._link(media, other, mixed)
        if not live and self._port is not None and not self._recorders:
            self._stop_all_audio()

    @staticmethod
    def _link(source: pj.AudioMedia | None, sink: pj.AudioMedia | None, on: bool) -> None:
        if source is None or sink is None:
            return
        try:
            if on:
                source.startTransmit(sink)
            else:
                source.stopTransmit(sink)
        except pj.Error as error:
            log.debug("audio link change failed: %s", error.info())

    def _start_audio(self) -> None:
        self.endpoint.sound_clock(True)
        port = BridgePort(self._audio)
        port.create()
        self._port = port
        if not self._audio_open:
            try:
                self._audio.open()
            except Exception as error:
                log.warning("sound devices failed to open: %s", error)
            self._audio_open = True

    def _stop_all_audio(self) -> None:
        for call_id in list(self._recorders):
            self._drop_recorder(call_id)
        self._port = None
        self.endpoint.sound_clock(False)
        if self._audio_open:
            self._audio_open = False
            try:
                self._audio.close()
            except Exception as error:
                log.warning("sound devices failed to close: %s", error)

    # ----- statistics -----------------------------------------------------------------

    def _publish_stats(self) -> None:
        for call in self._calls.values():
            if call.state is not CallState.ACTIVE or call.audio_index < 0:
                continue
            try:
                info = call.getStreamInfo(call.audio_index)
                stat = call.getStreamStat(call.audio_index)
            except pj.Error:
                continue
            rtcp = stat.rtcp
            self._publish(
                CallStats(
                    call_id=call.call_id,
                    codec=str(info.codecName),
                    clock_rate=int(info.codecClockRate),
                    rx_jitter_ms=rtcp.rxStat.jitterUsec.mean / 1000.0,
                    rx_loss_percent=_loss_percent(rtcp.rxStat.loss, rtcp.rxStat.pkt),
                    tx_loss_percent=_loss_percent(rtcp.txStat.loss, rtcp.txStat.pkt),
                    rtt_ms=rtcp.rttUsec.mean / 1000.0,
                    rx_packets=int(rtcp.rxStat.pkt),
                    tx_packets=int(rtcp.txStat.pkt),
                )
            )


def _loss_percent(lost: int, received: int) -> float:
    total = lost + received
    return 100.0 * lost / total if total else 0.0
