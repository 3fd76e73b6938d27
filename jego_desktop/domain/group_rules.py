"""Who may do what in a group, decided for each group message that arrives.

The rule (docs/chat_headers.md): any member may rename the group, add and remove
members, as in WeChat's small groups; a member is whoever our stored membership says.
A message from anyone else is refused whole: it is not stored, it changes nothing and
it never joins the user to anything. The first message of a group we do not know is an
invitation: from a known sender (a contact, or someone the user wrote to) the user
joins; from anyone else the group waits, INVITED, for the user's yes, and nothing of
it is shown before. A newer membership version's member list replaces ours; an older
or equal one changes nothing, except that two changes made at the same moment (the
same version) are settled the same way by every member: the one whose (author URI,
event id) sorts highest wins (`LastChange`). A member removed from a group, or who left
it, is a member again when a member of the list we last knew adds them in a newer
version ("added" naming the user): at once from a known sender, as an invitation from
anyone else. While an invitation waits, its members' messages are held, unseen.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass

from jego_desktop.domain.group_headers import GroupHeaders
from jego_desktop.domain.groups import Group, GroupStatus

MAX_PENDING_INVITATIONS = 20  # per account: a public number must not fill the store
MAX_INVITATIONS_PER_SENDER = 3


class Verdict(enum.Enum):
    STORE = "store"  # a member's message: store it (the group may have changed)
    INVITED = "invited"  # a new group from a stranger: kept, INVITED, nothing shown
    HELD = "held"  # a message of a group whose invitation waits: kept unseen until yes
    REFUSED = "refused"


@dataclass(frozen=True)
class LastChange:
    """The change that made the stored version: who made it, its event's message id,
    and the members (the user left out) the version before it listed."""

    by: str = ""
    event_id: str = ""
    prior_members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Change:
    """What the arriving message is, beyond its headers: its message id, and for an
    "added" event, whether the added members include the user."""

    event_id: str = ""
    adds_user: bool = False


@dataclass(frozen=True)
class Arrival:
    verdict: Verdict
    group: Group | None  # the group after this message (None when refused)
    reason: str = ""  # why it was refused
    changed: bool = False  # the group's row must be written


def on_arrival(
    stored: Group | None,
    headers: GroupHeaders,
    *,
    account_key: str,
    sender: str,
    own_uris: frozenset[str],
    sender_is_known: bool,
    pending_invitations: int = 0,
    invitations_from_sender: int = 0,
    change: Change | None = None,
    last_change: LastChange | None = None,
) -> Arrival:
    """What to do with a group message from `sender` (normalised) to the user."""
    change = change or Change()
    last = last_change or LastChange()
    if stored is None:
        return _first_message(
            headers,
            account_key=account_key,
            sender=sender,
            own_uris=own_uris,
            sender_is_known=sender_is_known,
            pending=pending_invitations,
            from_sender=invitations_from_sender,
        )
    if stored.account_key != account_key:
        return _refused("the group belongs to another account")
    if stored.status in (GroupStatus.LEFT, GroupStatus.REMOVED):
        return _rejoined(
            stored,
            headers,
            sender=sender,
            own_uris=own_uris,
            sender_is_known=sender_is_known,
            invitations_full=pending_invitations >= MAX_PENDING_INVITATIONS
            or invitations_from_sender >= MAX_INVITATIONS_PER_SENDER,
            change=change,
            last=last,
        )
    arrival = _as_member(
        stored, headers, sender=sender, own_uris=own_uris, change=change, last=last
    )
    if stored.status is GroupStatus.INVITED and arrival.group is not None:
        if arrival.group.status is GroupStatus.REMOVED:  # the invitation is withdrawn
            return Arrival(Verdict.REFUSED, arrival.group, "", True)
        group = dataclasses.replace(arrival.group, status=GroupStatus.INVITED)
        return Arrival(Verdict.HELD, group, "", arrival.changed)
    return arrival


def _as_member(
    stored: Group,
    headers: GroupHeaders,
    *,
    sender: str,
    own_uris: frozenset[str],
    change: Change,
    last: LastChange,
) -> Arrival:
    wins_tie = _wins_tie(stored, headers, sender, change, last)
    if sender not in stored.members and not (wins_tie and sender in last.prior_members):
        return _refused("the sender is not a member of the group")
    if headers.members is None or (headers.version <= stored.version and not wins_tie):
        return Arrival(Verdict.STORE, stored)
    # Only "left" makes the sender a non-member; anyone else must stay in their list.
    if sender not in headers.members and headers.event != "left":
        return _refused("a newer member list without its sender")
    others = _others(headers.members, own_uris)
    still_in = len(others) < len(headers.members)
    updated = dataclasses.replace(
        stored,
        name=headers.name,
        members=others,
        version=headers.version,
        status=GroupStatus.MEMBER if still_in else GroupStatus.REMOVED,
    )
    return Arrival(Verdict.STORE, updated, changed=True)


def _wins_tie(
    stored: Group, headers: GroupHeaders, sender: str, change: Change, last: LastChange
) -> bool:
    """A change of the same version as ours, made at the same moment, that sorts after
    the one we hold: every member applies the same one of the two."""
    return (
        bool(headers.event)
        and headers.members is not None
        and headers.version == stored.version
        and bool(change.event_id)
        and bool(last.event_id)  # what made our version is unknown: nothing to compare
        and (sender, change.event_id) > (last.by, last.event_id)
    )


def _rejoined(
    stored: Group,
    headers: GroupHeaders,
    *,
    sender: str,
    own_uris: frozenset[str],
    sender_is_known: bool,
    invitations_full: bool,
    change: Change,
    last: LastChange,
) -> Arrival:
    """A member of the list we last knew adds the user back in a newer version."""
    newer = headers.version > stored.version or _wins_tie(stored, headers, sender, change, last)
    if not (headers.event == "added" and change.adds_user and newer):
        return _refused(f"the user's group status is {stored.status.value}")
    if sender not in stored.members or headers.members is None or sender not in headers.members:
        return _refused("the sender is not a member of the group")
    others = _others(headers.members, own_uris)
    if len(others) == len(headers.members):
        return _refused("the user is not in the member list")
    if not sender_is_known and invitations_full:
        return _refused("too many invitations waiting")
    group = dataclasses.replace(
        stored,
        name=headers.name,
        members=others,
        version=headers.version,
        status=GroupStatus.MEMBER if sender_is_known else GroupStatus.INVITED,
        invited_by=sender,
    )
    return Arrival(Verdict.STORE if sender_is_known else Verdict.INVITED, group, changed=True)


def _first_message(
    headers: GroupHeaders,
    *,
    account_key: str,
    sender: str,
    own_uris: frozenset[str],
    sender_is_known: bool,
    pending: int,
    from_sender: int,
) -> Arrival:
    if headers.members is None:
        return _refused("an unknown group without its member list")
    if sender not in headers.members:
        return _refused("the sender is not in the member list")
    others = _others(headers.members, own_uris)
    if len(others) == len(headers.members):
        return _refused("the user is not in the member list")
    if not sender_is_known and (
        pending >= MAX_PENDING_INVITATIONS or from_sender >= MAX_INVITATIONS_PER_SENDER
    ):
        return _refused("too many invitations waiting")
    group = Group(
        id=headers.group_id,
        account_key=account_key,
        name=headers.name,
        members=others,
        version=headers.version,
        status=GroupStatus.MEMBER if sender_is_known else GroupStatus.INVITED,
        invited_by=sender,
        conversation_id=0,
    )
    return Arrival(Verdict.STORE if sender_is_known else Verdict.INVITED, group, changed=True)


def _others(members: tuple[str, ...], own_uris: frozenset[str]) -> tuple[str, ...]:
    return tuple(member for member in members if member not in own_uris)


def _refused(reason: str) -> Arrival:
    return Arrival(Verdict.REFUSED, None, reason)
