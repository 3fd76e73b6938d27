"""Noticing a far end that vanished: no BYE, and no more RTP (Linphone's nortp-timeout,
baresip's rtp_timeout)."""

from __future__ import annotations

from dataclasses import dataclass

CHECK_INTERVAL_S = 1.0


@dataclass
class _Seen:
    packets: int
    since: float  # when the count last moved (or watching began)


class RtpWatch:
    """How long each call has received no RTP; engine thread only.

    `observe` is given the call's received-packet count, or None while no RTP is
    expected (on hold either way, media inactive, not answered yet): the silence is
    then forgotten, so a call resumed after a long hold starts counting afresh.
    A `timeout_s` of 0 never calls a call silent.
    """

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._seen: dict[str, _Seen] = {}

    def observe(self, call_id: str, packets: int | None, now: float) -> bool:
        """True when `call_id` has received nothing for `timeout_s` or longer."""
        if packets is None or self.timeout_s <= 0:
            self._seen.pop(call_id, None)
            return False
        seen = self._seen.get(call_id)
        if seen is None or packets != seen.packets:
            self._seen[call_id] = _Seen(packets, now)
            return False
        return now - seen.since >= self.timeout_s

    def forget(self, call_id: str) -> None:
        self._seen.pop(call_id, None)
