"""Who may do what in a group: the rules each arriving group message is held to."""

from __future__ import annotations

import dataclasses

import pytest

from jego_desktop.domain.group_headers import GroupHeaders
from jego_desktop.domain.group_rules import (
    MAX_INVITATIONS_PER_SENDER,
    MAX_PENDING_INVITATIONS,
    Change,
    LastChange,
    Verdict,
    on_arrival,
)
from jego_desktop.domain.groups import (
    MAX_GROUP_MEMBERS,
    Group,
    GroupError,
    GroupProblem,
    GroupStatus,
    checked_members,
    checked_name,
    group_id_of,
    group_peer,
    is_group_peer,
    new_group_id,
)

KEY = "me@x"
ME, ALICE, BOB, EVE = "sip:me@x", "sip:alice@x", "sip:bob@x", "sip:eve@x"
GID = "0123456789abcdef0123456789abcdef"
STORED = Group(GID, KEY, "Family", (ALICE, BOB), 3, GroupStatus.MEMBER, ALICE, 7)


def arrive(stored: Group | None, headers: GroupHeaders, sender: str, *, known: bool = True, **kw):
    return on_arrival(
        stored,
        headers,
        account_key=KEY,
        sender=sender,
        own_uris=frozenset({ME}),
        sender_is_known=known,
        **kw,
    )


def headers(version: int, members: tuple[str, ...] | None, event: str = "") -> GroupHeaders:
    return GroupHeaders(GID, "Family", version, members, event)


def test_a_member_s_message_is_stored_and_an_older_version_changes_nothing() -> None:
    arrival = arrive(STORED, headers(2, (ALICE, ME)), ALICE)
    assert arrival.verdict is Verdict.STORE and arrival.group == STORED and not arrival.changed


def test_a_newer_member_list_wins() -> None:
    newer = GroupHeaders(GID, "Family 2026", 5, (ALICE, ME, BOB, "sip:carol@x"), "added")
    arrival = arrive(STORED, newer, BOB)
    assert arrival.changed and arrival.group is not None
    assert arrival.group.members == (ALICE, BOB, "sip:carol@x")
    assert (arrival.group.version, arrival.group.name) == (5, "Family 2026")


def test_a_member_may_remove_the_user() -> None:
    arrival = arrive(STORED, headers(4, (ALICE, BOB), "removed"), BOB)
    assert arrival.group is not None and arrival.group.status is GroupStatus.REMOVED


def test_someone_who_is_not_a_member_is_refused_whatever_the_version() -> None:
    forged = headers(99, (EVE, ME), "removed")
    arrival = arrive(STORED, forged, EVE)
    assert arrival.verdict is Verdict.REFUSED and arrival.group is None


def test_a_newer_list_without_its_sender_is_refused_unless_the_sender_leaves() -> None:
    assert arrive(STORED, headers(4, (ALICE, ME)), BOB).verdict is Verdict.REFUSED
    left = arrive(STORED, headers(4, (ALICE, ME), "left"), BOB)
    assert left.group is not None and left.group.members == (ALICE,)


@pytest.mark.parametrize("status", [GroupStatus.LEFT, GroupStatus.REMOVED])
def test_a_group_the_user_is_not_in_refuses_everything_but_a_re_add(status: GroupStatus) -> None:
    stored = dataclasses.replace(STORED, status=status)
    assert arrive(stored, headers(4, (ALICE, BOB, ME)), ALICE).verdict is Verdict.REFUSED
    renamed = headers(4, (ALICE, BOB, ME), "renamed")
    assert arrive(stored, renamed, ALICE, change=Change("e1")).verdict is Verdict.REFUSED


@pytest.mark.parametrize("status", [GroupStatus.LEFT, GroupStatus.REMOVED])
def test_a_member_s_re_add_joins_the_user_again(status: GroupStatus) -> None:
    stored = dataclasses.replace(STORED, status=status)
    re_add = headers(4, (ALICE, BOB, ME), "added")
    joined = arrive(stored, re_add, ALICE, known=True, change=Change("e1", adds_user=True))
    assert joined.verdict is Verdict.STORE and joined.group is not None
    assert (joined.group.status, joined.group.version) == (GroupStatus.MEMBER, 4)
    assert joined.group.members == (ALICE, BOB) and joined.group.invited_by == ALICE
    invited = arrive(stored, re_add, ALICE, known=False, change=Change("e1", adds_user=True))
    assert invited.verdict is Verdict.INVITED and invited.group is not None
    assert invited.group.status is GroupStatus.INVITED
    # not the user added, an old version, or someone outside the list we knew: refused
    assert arrive(stored, re_add, ALICE, change=Change("e1")).verdict is Verdict.REFUSED
    old = headers(3, (ALICE, BOB, ME), "added")
    assert arrive(stored, old, ALICE, change=Change("e1", True)).verdict is Verdict.REFUSED
    forged = headers(9, (EVE, ME), "added")
    assert arrive(stored, forged, EVE, change=Change("e1", True)).verdict is Verdict.REFUSED
    full = arrive(
        stored,
        re_add,
        ALICE,
        known=False,
        change=Change("e1", True),
        invitations_from_sender=MAX_INVITATIONS_PER_SENDER,
    )
    assert full.verdict is Verdict.REFUSED


def test_messages_of_a_waiting_invitation_are_held_and_only_a_member_s() -> None:
    stored = dataclasses.replace(STORED, status=GroupStatus.INVITED)
    held = arrive(stored, headers(3, None), ALICE)
    assert held.verdict is Verdict.HELD and held.group == stored
    newer = arrive(stored, headers(4, (ALICE, BOB, ME, EVE), "added"), BOB, change=Change("e"))
    assert newer.verdict is Verdict.HELD and newer.group is not None
    assert newer.group.status is GroupStatus.INVITED and EVE in newer.group.members
    assert arrive(stored, headers(3, None), EVE).verdict is Verdict.REFUSED
    withdrawn = arrive(stored, headers(4, (ALICE, BOB), "removed"), BOB, change=Change("e"))
    assert withdrawn.verdict is Verdict.REFUSED and withdrawn.group is not None
    assert withdrawn.group.status is GroupStatus.REMOVED


@pytest.mark.parametrize("order", ["bob first", "alice first"])
def test_two_changes_of_one_version_end_the_same_whatever_their_order(order: str) -> None:
    """Alice renames and Bob adds Eve, both from version 3 to 4: every member keeps
    Bob's ("sip:bob@x", "b-event") sorts after ("sip:alice@x", "a-event")."""
    base = LastChange("sip:carol@x", "c-old", ())
    by_alice = (ALICE, GroupHeaders(GID, "Fam", 4, (ALICE, BOB, ME), "renamed"), "a-event")
    by_bob = (BOB, GroupHeaders(GID, "Family", 4, (ALICE, BOB, ME, EVE), "added"), "b-event")
    group, last = STORED, base
    for sender, change, event_id in (
        [by_bob, by_alice] if order == "bob first" else [by_alice, by_bob]
    ):
        arrival = arrive(group, change, sender, change=Change(event_id), last_change=last)
        assert arrival.verdict is Verdict.STORE and arrival.group is not None
        if arrival.group != group:
            group, last = arrival.group, LastChange(sender, event_id, STORED.members)
    assert (group.name, group.members, group.version) == ("Family", (ALICE, BOB, EVE), 4)


def test_a_tie_won_by_a_member_the_other_change_removed_still_applies() -> None:
    """Alice removed Bob (version 4) while Bob renamed (version 4): Bob's sorts higher."""
    after_removal = dataclasses.replace(STORED, members=(ALICE,), version=4)
    last = LastChange(ALICE, "a-event", (ALICE, BOB))
    rename = GroupHeaders(GID, "Fam", 4, (ALICE, BOB, ME), "renamed")
    arrival = arrive(after_removal, rename, BOB, change=Change("b-event"), last_change=last)
    assert arrival.group is not None and arrival.group.members == (ALICE, BOB)
    assert arrive(STORED, headers(3, None), EVE).verdict is Verdict.REFUSED


def test_a_group_of_another_account_is_refused() -> None:
    stored = dataclasses.replace(STORED, account_key="other@x")
    assert arrive(stored, headers(3, None), ALICE).verdict is Verdict.REFUSED


def test_a_known_sender_s_new_group_joins_the_user_a_stranger_s_waits() -> None:
    first = headers(1, (ALICE, ME, BOB), "created")
    joined = arrive(None, first, ALICE, known=True)
    assert joined.verdict is Verdict.STORE and joined.group is not None
    assert joined.group.status is GroupStatus.MEMBER and joined.group.members == (ALICE, BOB)
    invited = arrive(None, first, ALICE, known=False)
    assert invited.verdict is Verdict.INVITED and invited.group is not None
    assert invited.group.status is GroupStatus.INVITED and invited.group.invited_by == ALICE


@pytest.mark.parametrize(
    "first",
    [
        headers(1, None),  # no member list
        headers(1, (BOB, ME)),  # the sender is not in it
        headers(1, (ALICE, BOB)),  # the user is not in it
    ],
)
def test_an_unknown_group_needs_a_list_with_its_sender_and_the_user(first: GroupHeaders) -> None:
    assert arrive(None, first, ALICE).verdict is Verdict.REFUSED


def test_invitations_from_strangers_are_bounded() -> None:
    first = headers(1, (ALICE, ME))
    full = arrive(None, first, ALICE, known=False, pending_invitations=MAX_PENDING_INVITATIONS)
    assert full.verdict is Verdict.REFUSED
    spammer = arrive(
        None, first, ALICE, known=False, invitations_from_sender=MAX_INVITATIONS_PER_SENDER
    )
    assert spammer.verdict is Verdict.REFUSED
    contact = arrive(None, first, ALICE, known=True, pending_invitations=MAX_PENDING_INVITATIONS)
    assert contact.verdict is Verdict.STORE


def test_names_are_cleaned_and_bounded() -> None:
    assert checked_name("  Family\n2026 ") == "Family 2026"
    with pytest.raises(GroupError) as empty:
        checked_name(" \t")
    assert empty.value.problem is GroupProblem.NO_NAME
    with pytest.raises(GroupError) as long:
        checked_name("x" * 65)
    assert long.value.problem is GroupProblem.NAME_TOO_LONG


def test_members_are_normalised_once_without_the_user_and_at_most_fifty() -> None:
    members = checked_members(["sip:Bob@X", "sip:bob@x", "<sip:me@x>", "sip:carol@x"], ME)
    assert members == ("sip:Bob@x", "sip:bob@x", "sip:carol@x")
    with pytest.raises(GroupError) as bad:
        checked_members(["sip:bob@x", "tel:+33612"], ME)
    assert (bad.value.problem, bad.value.detail) == (GroupProblem.BAD_ADDRESS, "tel:+33612")
    with pytest.raises(GroupError) as alone:
        checked_members([ME], ME)
    assert alone.value.problem is GroupProblem.NO_MEMBERS
    many = [f"sip:m{n}@x" for n in range(MAX_GROUP_MEMBERS)]
    with pytest.raises(GroupError) as crowd:
        checked_members(many, ME)
    assert crowd.value.problem is GroupProblem.TOO_MANY_MEMBERS
    assert len(checked_members(many[:-1], ME)) == MAX_GROUP_MEMBERS - 1


def test_group_peers() -> None:
    group_id = new_group_id()
    assert is_group_peer(group_peer(group_id)) and group_id_of(group_peer(group_id)) == group_id
    assert group_id_of("group:nothex") == "" and group_id_of("sip:bob@x") == ""
