"""Presence on the engine thread: our own status and the contacts we watch.

Our status is PUBLISHed by pjsua (AccountPresConfig.publishEnabled) to the presence
server; without one, pjsua answers watchers' SUBSCRIBEs itself. Each watched contact
is a subscribing `Buddy`, apart from the messaging buddies (engine/messaging.py),
which never subscribe and come and go as messages are sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pjsua2 as pj

from jego_desktop.domain.engine_events import PresenceChanged
from jego_desktop.domain.my_status import MyStatus
from jego_desktop.engine.guard import guarded

log = logging.getLogger(__name__)

Publish = Callable[[object], None]
# pjsua allows PJSUA_MAX_BUDDIES (256) in all; messaging keeps up to 128 of them.
MAX_WATCHED = 120


def presence_state(status: int, activity: int) -> str:
    """A pjsua buddy status and RPID activity as "online", "away", "busy", "offline" or
    "unknown"."""
    if status == pj.PJSUA_BUDDY_STATUS_ONLINE:
        if activity == pj.PJRPID_ACTIVITY_BUSY:
            return "busy"
        return "away" if activity == pj.PJRPID_ACTIVITY_AWAY else "online"
    if status == pj.PJSUA_BUDDY_STATUS_OFFLINE:
        return "offline"
    return "unknown"


def subscription_uri(uri: str, server: str) -> str:
    """`uri` with the registrar's port when it names the registrar's host and no port.

    "sip:bob@127.0.0.1", "127.0.0.1:5070" -> "sip:bob@127.0.0.1:5070"; anything else
    is returned unchanged. The presence server reads only user and host.
    """
    host, _, port = server.rpartition(":")
    if not host or not port.isdigit():
        return uri
    scheme, colon, rest = uri.partition(":")
    user, at, hostpart = rest.partition("@")
    if not colon or not at:
        return uri
    uri_host, semicolon, params = hostpart.partition(";")
    if uri_host.lower() != host.lower():
        return uri
    return f"{scheme}:{user}@{uri_host}:{port}{semicolon}{params}"


# What each status publishes: basic status, RPID activity, note. The note is for the
# watchers' eyes, in no one language: pjsua's own English words, as Linphone sends.
_PIDF: dict[MyStatus, tuple[int, int, str]] = {
    MyStatus.ONLINE: (pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_UNKNOWN, "Online"),
    MyStatus.AWAY: (pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_AWAY, "Away"),
    MyStatus.BUSY: (pj.PJSUA_BUDDY_STATUS_ONLINE, pj.PJRPID_ACTIVITY_BUSY, "Busy"),
    MyStatus.INVISIBLE: (pj.PJSUA_BUDDY_STATUS_OFFLINE, pj.PJRPID_ACTIVITY_UNKNOWN, "Offline"),
}


def pidf_status(my_status: MyStatus) -> pj.PresenceStatus:
    """The pjsua2 PresenceStatus that publishes `my_status`."""
    basic, activity, note = _PIDF[my_status]
    status = pj.PresenceStatus()
    status.status = basic
    status.activity = activity
    status.note = note
    return status


class WatchedBuddy(pj.Buddy):  # type: ignore[misc]
    """A subscribed buddy that reports each change of its presence once."""

    def __init__(self, account_key: str, uri: str, publish: Publish) -> None:
        super().__init__()
        self.account_key = account_key
        self.uri = uri
        self._publish = publish
        self._last: tuple[str, str] | None = None

    @guarded
    def onBuddyState(self) -> None:  # noqa: N802 - pjsua2 API
        info = self.getInfo()
        status = info.presStatus
        state = presence_state(int(status.status), int(status.activity))
        note = str(status.note or "")
        if note.lower() in ("online", "offline", "idle", "away", "busy"):
            note = ""  # pjsua's own words for the state, nothing the person wrote
        if (state, note) == self._last:
            return
        self._last = (state, note)
        self._publish(PresenceChanged(self.account_key, self.uri, state, note))

    @guarded
    def onBuddyEvSubState(self, prm: pj.OnBuddyEvSubStateParam) -> None:  # noqa: N802
        info = self.getInfo()
        if int(info.subState) == pj.PJSIP_EVSUB_STATE_TERMINATED:
            log.info(
                "presence subscription to %s ended: %d %s",
                self.uri,
                int(info.subTermCode),
                str(info.subTermReason),
            )


class PresenceCenter:
    """The watched buddies per account. Engine thread only."""

    def __init__(self, publish: Publish) -> None:
        self._publish = publish
        self._watched: dict[str, dict[str, WatchedBuddy]] = {}

    def watch(
        self,
        account: pj.Account,
        account_key: str,
        uris: list[str],
        server: str = "",
        default_account: pj.Account | None = None,
    ) -> None:
        """Watch exactly `uris` on this account: new ones are subscribed, others dropped.

        pjsua2's Buddy cannot be told its account: pjsua picks one for the SUBSCRIBE by
        the buddy's host and port (pjsua_acc_find_for_outgoing: same registrar host
        and port first, then same host, then the default account). So the watching
        account is made the default while its buddies are created, `default_account`
        restored after, and a URI on the registrar's host (`server`, "host:port") gets
        its port, which the local account's identity cannot match.
        """
        wanted = list(dict.fromkeys(uris))[:MAX_WATCHED]
        if len(uris) > MAX_WATCHED:
            log.warning("watching the first %d of %d contacts only", MAX_WATCHED, len(uris))
        current = self._watched.setdefault(account_key, {})
        for uri in [uri for uri in current if uri not in wanted]:
            del current[uri]  # the Buddy's destructor ends the subscription
        missing = [uri for uri in wanted if uri not in current]
        if not missing:
            return
        account.setDefault()
        try:
            for uri in missing:
                buddy = self._subscribe(account, account_key, uri, server)
                if buddy is not None:
                    current[uri] = buddy
        finally:
            if default_account is not None:
                default_account.setDefault()

    def _subscribe(
        self, account: pj.Account, account_key: str, uri: str, server: str
    ) -> WatchedBuddy | None:
        config = pj.BuddyConfig()
        config.uri = subscription_uri(uri, server)
        config.subscribe = True
        buddy = WatchedBuddy(account_key, uri, self._publish)
        try:
            buddy.create(account, config)
        except pj.Error as error:
            log.warning("cannot watch %s: %s", uri, error.reason)
            self._publish(PresenceChanged(account_key, uri, "unknown", ""))
            return None
        return buddy

    def set_status(self, account: pj.Account, my_status: MyStatus) -> None:
        """Publish `my_status` for this account (PIDF through the presence server)."""
        try:
            account.setOnlineStatus(pidf_status(my_status))
        except pj.Error as error:
            log.info("online status not set: %s", error.reason)

    def drop_account(self, account_key: str) -> None:
        """Before the account itself goes: its buddies must die first (engine thread)."""
        self._watched.pop(account_key, None)

    def shutdown(self) -> None:
        self._watched.clear()
