"""A pjsua2 Call with the state the app needs, turned into immutable snapshots."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Protocol

import pjsua2 as pj

from jego_desktop.domain.calls import CallDirection, CallState, DtmfMethod
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.domain.peers import address_part
from jego_desktop.engine.call_info import (
    InfoOutcome,
    InfoRequest,
    incoming_info,
    outgoing_info_outcome,
)
from jego_desktop.engine.guard import guarded
from jego_desktop.engine.sip_account import raw_message, read_text

if TYPE_CHECKING:
    from jego_desktop.domain.incoming_messages import RawMessage

_DISPLAY_NAME = re.compile(r'^\s*"?([^"<]*?)"?\s*<')


class CallListener(Protocol):
    def on_call_state(self, call: SipCall) -> None: ...
    def on_call_media(self, call: SipCall) -> None: ...
    def on_stream_ending(self, call: SipCall) -> None: ...
    def on_dtmf(self, call: SipCall, digit: str, method: DtmfMethod) -> None: ...
    def on_transfer_status(self, call: SipCall, code: int, reason: str, final: bool) -> None: ...
    def on_call_message(self, call: SipCall, raw: RawMessage, contact: str) -> None: ...
    def on_call_typing(self, call: SipCall, from_uri: str, active: bool) -> None: ...
    def on_call_info(self, call: SipCall, info: InfoRequest) -> None: ...
    def on_call_info_outcome(self, call: SipCall, outcome: InfoOutcome) -> None: ...


def peer_display_name(remote_uri: str) -> str:
    match = _DISPLAY_NAME.match(remote_uri)
    return match.group(1).strip() if match else ""


def _plain_uri(remote: str) -> str:
    return address_part(remote)


class SipCall(pj.Call):  # type: ignore[misc]
    """Engine-thread only. Keeps times and flags pjsua2 does not keep for us."""

    def __init__(
        self,
        account: pj.Account,
        call_id: str,
        account_key: str,
        direction: CallDirection,
        listener: CallListener,
        pj_call_id: int = pj.PJSUA_INVALID_ID,
    ) -> None:
        super().__init__(account, pj_call_id)
        self.call_id = call_id
        self.account_key = account_key
        self.direction = direction
        self._listener = listener
        self.started_at = time.time()
        self.answered_at: float | None = None
        self.ended_at: float | None = None
        self.local_hold = False
        self.muted = False
        self.recording = False
        outgoing = direction is CallDirection.OUTGOING
        self.state = CallState.DIALING if outgoing else CallState.RINGING_IN
        self.remote_hold = False
        self.secure_media = False
        self.code = 0
        self.reason = ""
        self.heard_back = False  # the far end rang or answered (any state past dialling)
        self.sip_call_id = ""
        self.peer = ""
        self.peer_name = ""
        self.audio_index = -1  # media index of the active audio stream, -1 when none
        self.lost = False  # ended by us because the far end's RTP stopped

    def expects_rtp(self) -> bool:
        """Answered, with live audio that neither side has put on hold."""
        return (
            self.state is CallState.ACTIVE
            and self.audio_index >= 0
            and not self.local_hold
            and not self.remote_hold
        )

    def refresh(self) -> None:
        """Read pjsua2's view of the call (bind getInfo() once: its media list is freed with it)."""
        info = self.getInfo()
        self.sip_call_id = info.callIdString
        remote = info.remoteContact or info.remoteUri
        self.peer = _plain_uri(info.remoteUri)
        if info.remoteContact and "@" not in self.peer:
            self.peer = _plain_uri(remote)
        self.peer_name = peer_display_name(info.remoteUri)
        self.code = int(info.lastStatusCode)
        self.reason = str(info.lastReason)
        self.state = self._map_state(info.state)
        if self.state in (CallState.RINGING_OUT, CallState.CONNECTING, CallState.ACTIVE):
            self.heard_back = True
        if self.state is CallState.ACTIVE and self.answered_at is None:
            self.answered_at = time.time()
        if self.state is CallState.ENDED and self.ended_at is None:
            self.ended_at = time.time()
        self.audio_index = -1
        self.remote_hold = False
        media = info.media
        for index in range(len(media)):
            item = media[index]
            if item.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            if item.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                self.audio_index = index
            elif item.status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD:
                self.remote_hold = True

    def _map_state(self, state: int) -> CallState:
        if state == pj.PJSIP_INV_STATE_CALLING or state == pj.PJSIP_INV_STATE_NULL:
            return CallState.DIALING
        if state in (pj.PJSIP_INV_STATE_INCOMING, pj.PJSIP_INV_STATE_EARLY):
            if self.direction is CallDirection.INCOMING:
                return CallState.RINGING_IN
            return CallState.RINGING_OUT
        if state == pj.PJSIP_INV_STATE_CONNECTING:
            return CallState.CONNECTING
        if state == pj.PJSIP_INV_STATE_CONFIRMED:
            return CallState.ACTIVE
        return CallState.ENDED

    def snapshot(self) -> CallChanged:
        return CallChanged(
            call_id=self.call_id,
            sip_call_id=self.sip_call_id,
            account_key=self.account_key,
            direction=self.direction,
            peer=self.peer,
            peer_name=self.peer_name,
            state=self.state,
            local_hold=self.local_hold,
            remote_hold=self.remote_hold,
            muted=self.muted,
            recording=self.recording,
            secure_media=self.secure_media,
            early_media=self.has_early_media(),
            code=self.code,
            reason=self.reason,
            started_at=self.started_at,
            answered_at=self.answered_at,
            ended_at=self.ended_at,
        )

    def has_early_media(self) -> bool:
        """Still ringing, but the far end's sound already flows (183 with SDP)."""
        return self.state is CallState.RINGING_OUT and self.audio_index >= 0

    @guarded
    def onCallState(self, prm: pj.OnCallStateParam) -> None:  # noqa: N802 - pjsua2 API
        self.refresh()
        self._listener.on_call_state(self)

    @guarded
    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:  # noqa: N802 - pjsua2 API
        self.refresh()
        self._listener.on_call_media(self)

    # pjsua has queued the stream's removal from the bridge and destroys the stream (and
    # then its ICE/TURN transport) once this returns.
    @guarded
    def onStreamDestroyed(self, prm: pj.OnStreamDestroyedParam) -> None:  # noqa: N802
        self._listener.on_stream_ending(self)

    @guarded
    def onDtmfDigit(self, prm: pj.OnDtmfDigitParam) -> None:  # noqa: N802 - pjsua2 API
        method = (
            DtmfMethod.SIP_INFO
            if prm.method == pj.PJSUA_DTMF_METHOD_SIP_INFO
            else DtmfMethod.RFC4733
        )
        self._listener.on_dtmf(self, str(prm.digit), method)

    @guarded
    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:  # noqa: N802
        self._listener.on_transfer_status(
            self, int(prm.statusCode), str(prm.reason), bool(prm.finalNotify)
        )
        prm.cont = True

    # A MESSAGE inside the call's dialog comes here, not to the account; pjsua has
    # answered it 200 OK already, so it must not be dropped.
    @guarded
    def onInstantMessage(self, prm: pj.OnInstantMessageParam) -> None:  # noqa: N802
        raw = raw_message(prm, self.account_key)
        self._listener.on_call_message(self, raw, read_text(lambda: prm.contactUri))

    @guarded
    def onTypingIndication(self, prm: pj.OnTypingIndicationParam) -> None:  # noqa: N802
        self._listener.on_call_typing(self, str(prm.fromUri), bool(prm.isTyping))

    @guarded
    def onCallTsxState(self, prm: pj.OnCallTsxStateParam) -> None:  # noqa: N802
        info = incoming_info(prm)
        if info is not None:
            self._listener.on_call_info(self, info)
            return
        outcome = outgoing_info_outcome(prm)
        if outcome is not None:
            self._listener.on_call_info_outcome(self, outcome)
