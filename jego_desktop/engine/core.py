"""Everything the engine does, on the engine thread: accounts, messages, presence, and
the calls (calls.py's CallCenter).

Only `CallEngine` (worker.py) creates this, on its own thread; no method here may be
called from any other thread.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import pjsua2 as pj

from jego_desktop.domain.accounts import (
    DIRECT_ACCOUNT_KEY,
    AccountConfig,
    RegistrationState,
    SrtpMode,
    Transport,
    split_host_port,
)
from jego_desktop.domain.calls import DtmfMethod
from jego_desktop.domain.engine_events import (
    CodecsListed,
    MessageFailed,
    RegistrationChanged,
    VoicemailChanged,
)
from jego_desktop.domain.imdn import NotificationKind
from jego_desktop.domain.message_summary import summary_from_notify
from jego_desktop.domain.my_status import MyStatus
from jego_desktop.domain.peers import address_part
from jego_desktop.domain.reasons import reason
from jego_desktop.domain.sip_auth import challenge_realm
from jego_desktop.domain.sip_reasons import (
    is_temporary_registration_failure,
    registration_reason,
)
from jego_desktop.engine.address_change import AddressChange
from jego_desktop.engine.calls import CallCenter
from jego_desktop.engine.command_error import CommandError
from jego_desktop.engine.endpoint import Endpoint
from jego_desktop.engine.memory import QuietRelease
from jego_desktop.engine.messaging import MessageCenter
from jego_desktop.engine.nat_settings import apply_nat
from jego_desktop.engine.presence import PresenceCenter
from jego_desktop.engine.registration_check import RegistrationChecks, addressed_to_check
from jego_desktop.engine.sip_account import SipAccount
from jego_desktop.engine.timers import Timers

if TYPE_CHECKING:
    from jego_desktop.domain.audio import AudioEndpoint
    from jego_desktop.domain.chat_headers import ChatHeaders
    from jego_desktop.domain.incoming_messages import IncomingMessageSink, RawMessage
    from jego_desktop.engine.config import EngineConfig
    from jego_desktop.engine.sip_call import SipCall

log = logging.getLogger(__name__)

Publish = Callable[[object], None]
RETRY_DELAYS_S = (2, 4, 8, 16, 32, 64, 120, 300)
MEDIA_SESSION_SPACING_S = 0.05
UNPUBLISH_WAIT_AT_QUIT_MS = 500
UNREGISTER_WAIT_AT_QUIT_MS = 1000
_DTMF_METHODS = {
    DtmfMethod.RFC4733: pj.PJSUA_DTMF_METHOD_RFC2833,
    DtmfMethod.SIP_INFO: pj.PJSUA_DTMF_METHOD_SIP_INFO,
}
_SRTP_USE = {
    SrtpMode.DISABLED: pj.PJMEDIA_SRTP_DISABLED,
    SrtpMode.OPTIONAL: pj.PJMEDIA_SRTP_OPTIONAL,
    SrtpMode.MANDATORY: pj.PJMEDIA_SRTP_MANDATORY,
}


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
        # Removed accounts whose MESSAGEs still wait for an answer: deleted once they have
        # it (deleting one earlier aborts pjsua when the answer comes), or at shutdown;
        # and once their un-REGISTER is answered, or deleting them sends another one, which
        # could remove the binding of the same number registered again meanwhile.
        self._retiring: list[SipAccount] = []
        self._unregistering: list[SipAccount] = []
        # Keys made anew while their old account unregisters: the same binding, so the new
        # REGISTER waits for the old un-REGISTER's answer (Kamailio may swap the two).
        self._register_after_unregister: set[str] = set()
        self._timers = Timers()
        self.messages = MessageCenter(publish)
        self.presence = PresenceCenter(publish)
        self.calls = CallCenter(
            config,
            self.endpoint,
            audio,
            publish,
            self.after,
            account_for=self._account,
            dialled=self.messages.contacted.remember,
            dialog_message=self._on_dialog_message,
            dialog_typing=self._on_dialog_typing,
            call_forgotten=lambda: self.memory.note_traffic(),
        )
        # Hands back what pjsip frees after bursts of calls and messages (memory.py).
        self.memory = QuietRelease(self.after, busy=lambda: self.calls.active)
        self._my_status = MyStatus.ONLINE
        self._checks = RegistrationChecks(publish, self.after)
        self._address = AddressChange(
            self._handle_ip_change, self._register, self.calls.follow_new_address, self.after
        )
        self._closing = False

    # ----- life cycle -----------------------------------------------------------------

    def start(self) -> dict[str, int]:
        self.endpoint.start()
        self._local_account = self._create_local_account()
        return dict(self.endpoint.ports)

    def _create_local_account(self) -> SipAccount:
        cfg = pj.AccountConfig()
        # With its port, so that pjsua never picks it for a SUBSCRIBE meant for a
        # registered account (engine/presence.py, PresenceCenter.watch).
        cfg.idUri = self.own_uri(DIRECT_ACCOUNT_KEY)
        self._media_config(cfg)
        cfg.regConfig.registerOnAdd = False
        _bound_waits_at_quit(cfg)  # libDestroy waits as long as the longest of all accounts
        account = SipAccount(DIRECT_ACCOUNT_KEY, self)
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

    def _media_config(self, cfg: pj.AccountConfig) -> None:
        """Where RTP listens, how calls cross NAT (STUN, ICE, TURN, keep-alives), and
        session timers."""
        self._bind_media(cfg)
        apply_nat(cfg, self.config.nat, self.config.bind_address)
        # AccountConfig() leaves these at 0 (measured), whatever pjsip then makes of it
        cfg.callConfig.timerUse = pj.PJSUA_SIP_TIMER_OPTIONAL  # when the peer supports them
        cfg.callConfig.timerSessExpiresSec = self.config.session_expires_s
        cfg.callConfig.timerMinSESec = self.config.session_min_se_s

    def tick(self) -> None:
        """Called by the loop between event polls: timers, ended calls, statistics."""
        now = time.monotonic()
        self._timers.run_due(now)
        self.calls.tick(now)

    def next_timer_ms(self) -> int:
        """How long the loop may sleep before tick() has something to do."""
        timer = self._timers.next_due()
        due = [timer] if timer is not None else []
        due += self.calls.due()
        if not due:
            return 60_000
        return max(1, int((min(due) - time.monotonic()) * 1000) + 1)

    def shutdown(self) -> None:
        """Hang up and free every pjsua2 object before libDestroy, except the accounts.

        A MESSAGE transaction of an account (a receipt sent as a message arrived, a text
        Kamailio challenged) may still be open at quit; should it end after its account
        was deleted, pjsua aborts the process (the assert in pjsua_acc_get_user_data).
        libDestroy ends the transactions while the accounts are still valid, then
        unregisters and deletes them itself: their Python objects go after it.
        """
        self.calls.hang_up_before_shutdown()
        deadline = time.monotonic() + 1.0
        while self.calls.active and time.monotonic() < deadline:
            self.endpoint.lib.libHandleEvents(20)
        self._closing = True  # callbacks during libDestroy start nothing new
        self.messages.shutdown()  # buddies before the accounts they belong to
        self.presence.shutdown()
        self._checks.shutdown()
        accounts = [self._forget_account(key) for key in list(self._accounts)]
        accounts += self._retiring
        self._retiring, self._unregistering = [], []
        if self._local_account is not None:
            accounts.append(self._local_account)
            self._local_account = None
        self.calls.release()
        self._timers.clear()  # their closures hold pjsua2 objects
        gc.collect()  # free pjsua2 objects on this thread, before libDestroy
        self.endpoint.destroy()
        accounts.clear()  # pjsua has forgotten them: freeing them now deletes nothing

    def after(self, delay_s: float, action: Callable[[], None]) -> None:
        self._timers.after(delay_s, action)

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
        self._publish_registration(
            config.key, RegistrationState.REGISTERING, 0, reason("registering")
        )
        realm = self._realms.setdefault(config.key, config.domain)
        cfg = self._pj_account_config(config, password, realm)
        cfg.presConfig.publishEnabled = True  # our status from registration to unregistration
        cfg.mwiConfig.enabled = True  # RFC 3842: the mailbox tells us what waits
        if any(old.key == config.key for old in self._unregistering):
            cfg.regConfig.registerOnAdd = False
            self._register_after_unregister.add(config.key)
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
        _bound_waits_at_quit(cfg)
        cfg.sipConfig.proxies.append(f"{server};lr")
        cfg.sipConfig.transportId = self.endpoint.transport_ids[config.transport.value]
        cfg.sipConfig.authCreds.append(
            pj.AuthCredInfo("digest", realm, config.auth_username, 0, password)
        )
        self._media_config(cfg)
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
        self._publish_registration(key, RegistrationState.UNREGISTERED, 0, reason("removed"))

    def _drop_account(self, key: str) -> None:
        retiring = bool(self.messages.open_transactions(self._accounts[key]))
        account = self._forget_account(key, answers_awaited=retiring)
        if retiring:
            log.info("account %s goes once its messages have their answers", key)
            self._retiring.append(account)
            try:
                account.setRegistration(False)
            except pj.Error as error:  # it was not registered
                log.info("unregistering account %s: %s", key, error.info())
            else:
                self._unregistering.append(account)
            return
        self._delete_account(account)

    def _delete_account(self, account: SipAccount) -> None:
        try:
            account.shutdown()
        except pj.Error as error:
            log.warning("shutting down account %s: %s", account.key, error.info())

    def _retire_done(self, account: SipAccount) -> None:
        """A retiring account's last MESSAGE has its answer: delete it (not inside its
        own callback)."""
        if (
            account in self._retiring
            and account not in self._unregistering
            and not self.messages.open_transactions(account)
        ):
            self._retiring.remove(account)
            self._delete_account(account)

    def _in_charge(self, account: SipAccount) -> bool:
        """This object is the account of its key now (not one retiring, nor a stale one)."""
        return self._accounts.get(account.key) is account

    def _forget_account(self, key: str, answers_awaited: bool = False) -> SipAccount:
        """Everything kept about an account, its buddies included, but not the account;
        `answers_awaited`: its messages on their way still get their answers."""
        account = self._accounts.pop(key)
        self._account_configs.pop(key, None)
        self._passwords.pop(key, None)
        self._retry_attempts.pop(key, None)
        self._address.forget(key)
        self.messages.drop_account(key, answers_awaited)
        self.presence.drop_account(key)
        return account

    def reregister(self, key: str | None = None) -> None:
        keys = [key] if key else list(self._accounts)
        for name in keys:
            account = self._accounts.get(name)
            if account is not None:
                self._publish_registration(
                    name, RegistrationState.REGISTERING, 0, reason("registering")
                )
                self._register(name)

    def _register(self, key: str) -> None:
        """Send the account's REGISTER. pjsua raises when it cannot even be sent (no route:
        "Network is unreachable"), after reporting the failure to on_registration."""
        account = self._accounts.get(key)
        if account is None:
            return
        try:
            account.setRegistration(True)
        except pj.Error as error:
            log.info("registering %s: %s", key, error.info())

    def _on_connection_lost(self, transport_type: str) -> None:
        """A TCP/TLS connection dropped: the server may have restarted and forgotten us."""
        for key, config in self._account_configs.items():
            if config.transport.value == transport_type:
                log.info("connection to %s lost; registering again", config.server)
                self.after(1.0, lambda key=key: self.reregister(key))  # type: ignore[misc]

    def network_changed(self) -> None:
        """Interfaces changed: pjsua re-creates transports, registers again and re-INVITEs
        the calls; engine/address_change.py finishes what it could not."""
        self._address.changed(list(self._accounts))

    def _handle_ip_change(self) -> bool:
        try:
            self.endpoint.lib.handleIpChange(pj.IpChangeParam())
        except pj.Error as error:
            log.info("handling the address change: %s", error.info())
            return False
        return True

    # AccountListener
    def on_registration(self, account: SipAccount, code: int, reason: str, expires: int) -> None:
        if account in self._unregistering:  # a retiring account's un-REGISTER was answered
            self._unregistering.remove(account)
            self.after(0.0, lambda: self._retire_done(account))
            key = account.key
            if key in self._register_after_unregister:
                self._register_after_unregister.discard(key)
                self.after(0.0, lambda: self.reregister(key))
        if not self._in_charge(account):
            return
        if code in (401, 407) and self._learn_realm(account):
            return
        key = account.key
        if 200 <= code < 300 and expires > 0:
            self._retry_attempts.pop(key, None)
            state = RegistrationState.REGISTERED
            # its calls' re-INVITE waits until pjsua is out of this callback
            self.after(0.0, lambda: self._address.registered(key))
        elif 200 <= code < 300:
            state = RegistrationState.UNREGISTERED
        else:
            state = RegistrationState.FAILED
            temporary = is_temporary_registration_failure(code)
            if temporary and not self._address.registration_failed(key):
                self._schedule_retry(key)
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
            self._register(key)

        self.after(delay, retry)

    def _publish_registration(
        self, key: str, state: RegistrationState, code: int, reason: str, expires: int = 0
    ) -> None:
        self._publish(RegistrationChanged(key, state, code, reason, expires))

    def on_incoming_call(self, account: SipAccount, pj_call_id: int, request_line: str) -> None:
        if self._closing or account in self._retiring:
            return  # pjsua2 refuses a call nobody took; a SipCall now would outlive pjsua
        if addressed_to_check(request_line):
            return  # a branch forked to a registration check: pjsua2 refuses it
        self.calls.incoming(account, pj_call_id, decline_as_busy=self._my_status.declines_calls)

    # ----- messages -------------------------------------------------------------------

    def set_message_sink(self, sink: IncomingMessageSink | None) -> None:
        self.messages.set_sink(sink)

    def add_memory_step(self, step: Callable[[], None]) -> None:
        self.memory.add_step(step)

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
            failure = reason("the account is not set up")
            self._publish(MessageFailed(account_key, peer_uri, message_id, 0, failure))
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
        return self._local_account if key == DIRECT_ACCOUNT_KEY else self._accounts.get(key)

    # AccountListener
    def on_instant_message(self, account: SipAccount, raw: RawMessage, contact: str) -> None:
        if addressed_to_check(raw.whole_message.split("\r\n", 1)[0]):
            return  # a copy forked to a registration check
        # Receipts to a registered peer go through the proxy to its address of record;
        # a direct (account-less) peer is reached at its contact.
        reply_uri = contact if account is self._local_account else raw.from_uri
        reply_uri = address_part(reply_uri)
        # pjsua said 200 OK already: a message reaching a retiring account is kept, and
        # any receipt goes through the account now in charge of its key, if there is one.
        sender = self._accounts.get(account.key) if account in self._retiring else account
        self.messages.on_incoming(sender, raw, reply_uri, self.own_uri(account.key))
        self.memory.note_traffic()  # its transaction lingers 32 s (engine/memory.py)

    def on_instant_message_status(
        self, account: SipAccount, to_uri: str, body: str, code: int, reason: str, response: str
    ) -> None:
        self.messages.transaction_ended(account)
        self.messages.on_status(account.key, to_uri, body, code, reason, response)
        if account in self._retiring:
            self.after(0.0, lambda: self._retire_done(account))

    def on_typing(self, account: SipAccount, from_uri: str, active: bool) -> None:
        self.messages.on_typing(account.key, from_uri, active)

    def on_message_waiting(self, account: SipAccount, whole_notify: str) -> None:
        if not self._in_charge(account):
            return  # the direct account has no mailbox; a retiring one no longer counts
        summary = summary_from_notify(whole_notify)
        if summary is None:
            log.info("a message-waiting NOTIFY for %s had no readable summary", account.key)
            return
        self._publish(VoicemailChanged(account.key, summary))

    # Messages inside a call's dialog (CallCenter hands them here) are like any other
    def _on_dialog_message(self, call: SipCall, raw: RawMessage, contact: str) -> None:
        account = self._messaging_account(call.account_key)
        if account is not None:
            self.on_instant_message(account, raw, contact)

    def _on_dialog_typing(self, call: SipCall, from_uri: str, active: bool) -> None:
        self.messages.on_typing(call.account_key, from_uri, active)

    def _account(self, key: str) -> SipAccount:
        if key == DIRECT_ACCOUNT_KEY:
            assert self._local_account is not None
            return self._local_account
        account = self._accounts.get(key)
        if account is None:
            raise CommandError("no such account")
        return account


def _bound_waits_at_quit(cfg: pj.AccountConfig) -> None:
    """How long libDestroy waits for the un-PUBLISH answers, then the un-REGISTER ones.

    pjsua's defaults (2 s, then 4 s) are spent whole when a server does not answer: quit
    took 6 s more. pjsua sleeps about 1 s after the un-REGISTERs whatever their answers,
    so a 1 s bound on them costs nothing more; the un-PUBLISH's leaves two round trips (a
    challenge, then the answer) on a slow link.
    """
    cfg.regConfig.unregWaitMsec = UNREGISTER_WAIT_AT_QUIT_MS
    cfg.presConfig.publishShutdownWaitMsec = UNPUBLISH_WAIT_AT_QUIT_MS
