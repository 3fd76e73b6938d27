"""The calls, on the engine thread: placing and answering them, their audio routing,
recording, keypad tones, the watch on far ends that vanish, and their statistics.

EngineCore (core.py) owns one CallCenter and hands it the calls' commands; pjsua2's
call callbacks come here (SipCall's listener). Engine thread only.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import pjsua2 as pj

from jego_desktop.domain.calls import CallDirection, CallState, DtmfMethod
from jego_desktop.domain.engine_events import (
    CallInfoFailed,
    CallInfoReceived,
    CallStats,
    DtmfFailed,
    DtmfReceived,
    TransferProgress,
)
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY
from jego_desktop.domain.sip_reasons import CONNECTION_LOST, call_end_reason
from jego_desktop.engine.audio_port import BridgePort
from jego_desktop.engine.call_ids import new_call_id
from jego_desktop.engine.command_error import CommandError
from jego_desktop.engine.dtmf import DTMF_RELAY, are_dtmf_digits, send_with_fallback
from jego_desktop.engine.rtp_watch import CHECK_INTERVAL_S, RtpWatch
from jego_desktop.engine.sip_call import SipCall
from jego_desktop.engine.sound_clock import SoundClock

if TYPE_CHECKING:
    from jego_desktop.domain.audio import AudioEndpoint
    from jego_desktop.domain.incoming_messages import RawMessage
    from jego_desktop.engine.call_info import InfoOutcome, InfoRequest
    from jego_desktop.engine.config import EngineConfig
    from jego_desktop.engine.endpoint import Endpoint
    from jego_desktop.engine.sip_account import SipAccount

log = logging.getLogger(__name__)

Publish = Callable[[object], None]
Later = Callable[[float, Callable[[], None]], None]
MEDIA_SESSION_SPACING_S = 0.05
BRIDGE_DRAIN_S = 0.1  # five ticks of the bridge: the ports of calls just ended go out
_DTMF_METHODS = {
    DtmfMethod.RFC4733: pj.PJSUA_DTMF_METHOD_RFC2833,
    DtmfMethod.SIP_INFO: pj.PJSUA_DTMF_METHOD_SIP_INFO,
}


class CallCenter:
    """Owns the calls (SipCall), the audio port and the recorders."""

    def __init__(
        self,
        config: EngineConfig,
        endpoint: Endpoint,
        audio: AudioEndpoint,
        publish: Publish,
        after: Later,
        account_for: Callable[[str], SipAccount],
        dialled: Callable[[str, str], None],
        dialog_message: Callable[[SipCall, RawMessage, str], None],
        dialog_typing: Callable[[SipCall, str, bool], None],
        call_forgotten: Callable[[], None] = lambda: None,
    ) -> None:
        self.config = config
        self.endpoint = endpoint
        self._audio = audio
        self._publish = publish
        self._after = after
        self._account_for = account_for
        self._dialled = dialled  # the user called this peer (receipts may go to it now)
        self._dialog_message = dialog_message
        self._dialog_typing = dialog_typing
        self._calls: dict[str, SipCall] = {}
        self._ended: list[SipCall] = []
        self._audio_media: dict[str, pj.AudioMedia] = {}
        self._conference: set[str] = set()
        self._recorders: dict[str, pj.AudioMediaRecorder] = {}
        # Made for the first call and kept until shutdown: freed while the bridge ticks,
        # a port may be called after it is gone; freed while the bridge is stopped, its
        # queued removal reads it on the next call's first tick.
        self._port: BridgePort | None = None
        self._clock = SoundClock(self._switch_clock, after)
        self._audio_open = False
        self._next_stats = 0.0
        self._rtp_watch = RtpWatch(config.rtp_timeout_s)
        self._next_rtp_check = 0.0
        self._last_media_session = 0.0
        self._declined_while_busy: set[str] = set()  # call ids refused with 486 by the status
        self._call_forgotten = call_forgotten

    # ----- the engine loop ------------------------------------------------------------

    @property
    def active(self) -> bool:
        return bool(self._calls)

    def tick(self, now: float) -> None:
        """Ended calls dropped, statistics and the RTP watch when they are due."""
        if self._ended:
            self._ended.clear()  # drop pjsua2 Call objects here, never inside their callback
        if self._calls and now >= self._next_stats:
            self._next_stats = now + self.config.stats_interval_s
            self._publish_stats()
        if self._calls and now >= self._next_rtp_check:
            self._next_rtp_check = now + CHECK_INTERVAL_S
            self._end_silent_calls(now)

    def due(self) -> list[float]:
        """When tick() has something to do (monotonic seconds); none without calls."""
        return [self._next_stats, self._next_rtp_check] if self._calls else []

    def hang_up_before_shutdown(self) -> None:
        # A function of its own: a loop variable in the caller would keep the last call
        # alive past libDestroy, and a pjsua2 Call freed then aborts the process.
        for call in list(self._calls.values()):
            with contextlib.suppress(pj.Error):
                call.hangup(pj.CallOpParam(True))

    def release(self) -> None:
        """At shutdown, after the accounts: every pjsua2 object of the calls let go."""
        self._stop_all_audio()
        self._audio_media.clear()  # a call that did not end in time still holds its media
        self._calls.clear()
        self._ended.clear()
        if self._clock.running:
            time.sleep(BRIDGE_DRAIN_S)
            self._clock.stop_now()
        self._port = None  # the bridge has stopped: nothing calls the port as it goes

    # ----- calls ----------------------------------------------------------------------

    def incoming(self, account: SipAccount, pj_call_id: int, decline_as_busy: bool) -> None:
        """A call arrives: ringing, or refused (too many calls, or my status is busy)."""
        self._pace_media_sessions()
        call_id = new_call_id()
        call = SipCall(account, call_id, account.key, CallDirection.INCOMING, self, pj_call_id)
        call.refresh()
        self._calls[call_id] = call
        if len(self._calls) > self.config.max_calls:
            self._answer(call, 486)
            return
        if decline_as_busy:
            log.info("call %s declined: the status is busy", call_id)
            self._declined_while_busy.add(call_id)
            self._answer(call, 486)
            return
        self._answer(call, 180)
        self._publish(call.snapshot())

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
        account = self._account_for(account_key)
        self._dialled(account_key, uri)
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

    def follow_new_address(self, account_key: str) -> None:
        """Re-INVITE the account's answered calls from its new address: new Contact and
        Via, new media transports (new ICE candidates), as pjsua's own address change does.
        """
        for call in list(self._calls.values()):
            if call.account_key != account_key:
                continue
            prm = pj.CallOpParam(True)
            prm.opt.flag = (
                pj.PJSUA_CALL_REINIT_MEDIA | pj.PJSUA_CALL_UPDATE_CONTACT | pj.PJSUA_CALL_UPDATE_VIA
            )
            try:
                if call.getInfo().state != pj.PJSIP_INV_STATE_CONFIRMED:
                    continue
                call.reinvite(prm)
            except pj.Error as error:
                log.warning("re-INVITE of %s from the new address: %s", call.call_id, error.info())

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
        # Over 1300 bytes (a video offer), pjsip first tries TCP (RFC 3261 18.1.1); the
        # account is bound to UDP, so it logs "Unsuitable transport selected
        # (PJSIP_ETPNOTSUITABLE)" and sends the INFO over UDP at once, ~50 us later.
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
    def on_call_message(self, call: SipCall, raw: RawMessage, contact: str) -> None:
        self._dialog_message(call, raw, contact)  # messages inside a call's dialog

    def on_call_typing(self, call: SipCall, from_uri: str, active: bool) -> None:
        self._dialog_typing(call, from_uri, active)

    def on_call_state(self, call: SipCall) -> None:
        if call.call_id in self._declined_while_busy and call.state is not CallState.ENDED:
            return  # declined unseen: the app hears of it only when it has ended
        if call.state is CallState.ENDED:
            call.reason = call_end_reason(
                call.code,
                call.reason,
                heard_back=call.heard_back,
                answered=call.answered_at is not None,
            )
            if call.lost:
                call.reason = CONNECTION_LOST
            if call.call_id in self._declined_while_busy:
                self._declined_while_busy.discard(call.call_id)
                call.reason = MISSED_WHILE_BUSY
            log.info("call %s ended: %s", call.call_id, call.reason)
            self._forget_call(call)
        elif call.call_id in self._audio_media:
            self._route_audio()  # answered after early media: the microphone goes out now
        self._publish(call.snapshot())

    def _forget_call(self, call: SipCall) -> None:
        self._rtp_watch.forget(call.call_id)
        self._drop_recorder(call.call_id)
        self._audio_media.pop(call.call_id, None)
        self._conference.discard(call.call_id)
        if self._calls.pop(call.call_id, None) is not None:
            self._ended.append(call)
        self._route_audio()
        self._call_forgotten()

    def on_stream_ending(self, call: SipCall) -> None:
        # A bridge tick already under way still sends into this stream (it may wait for
        # our port's Python callbacks, i.e. for the GIL, for milliseconds): destroyed under
        # it, the stream's ICE transport crashed the clock thread (pj_ice_strans_sendto2).
        # Stopping the clock waits for that tick; the call's next state starts it again.
        self._clock.pause()

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
        if live and not self._clock.needed:
            self._start_audio()
        elif live:
            self._clock.start()  # after a stream was replaced (on_stream_ending)
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
        if not live and self._clock.needed and not self._recorders:
            self._stop_all_audio()

    def _switch_clock(self, running: bool) -> None:
        self.endpoint.sound_clock(running)
        if not running and self._port is not None:
            self._port.forget_clock_thread()  # the clock's thread has been joined

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
        self._clock.start()
        if self._port is None:
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
        self._clock.release()  # not at once: see engine/sound_clock.py
        if self._audio_open:
            self._audio_open = False
            try:
                self._audio.close()
            except Exception as error:
                log.warning("sound devices failed to close: %s", error)

    # ----- far ends that vanished ----------------------------------------------------

    def _end_silent_calls(self, now: float) -> None:
        """End each call whose far end has sent no RTP for the timeout while it should.

        A killed process or a lost Wi-Fi sends no BYE; without this the call stays up
        for ever. A call on hold (either side) expects no RTP and is never cut.
        """
        for call in list(self._calls.values()):
            packets = self._received_packets(call) if call.expects_rtp() else None
            if not self._rtp_watch.observe(call.call_id, packets, now):
                continue
            log.info(
                "call %s: no RTP for %.0f s; ending it", call.call_id, self._rtp_watch.timeout_s
            )
            call.lost = True
            with contextlib.suppress(pj.Error):
                self._hangup(call, 0)

    @staticmethod
    def _received_packets(call: SipCall) -> int | None:
        try:
            return int(call.getStreamStat(call.audio_index).rtcp.rxStat.pkt)
        except pj.Error:
            return None

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
