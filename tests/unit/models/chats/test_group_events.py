"""Membership events in words, from JSON that came from the network."""

from __future__ import annotations

import json

import pytest

from jego_desktop.models.chats.group_events import MAX_EVENT_BYTES, event_sentence
from jego_desktop.models.chats.group_texts import MemberNames, own_uri_of

ACCOUNT = "+33100000000@sip.example.org"
ALICE = "sip:+33611111111@sip.example.org"
NAMES = MemberNames(
    {ALICE: "Alice"}.get,  # type: ignore[arg-type]
    own_uri_of(ACCOUNT),
    "FR",
)


def sentence(event: object) -> str:
    return event_sentence(json.dumps(event), NAMES)


def test_each_event_reads_as_a_sentence() -> None:
    assert sentence({"event": "created", "by": ALICE, "name": "Family"}) == (
        "Alice created the group “Family”"
    )
    assert sentence({"event": "renamed", "by": ALICE, "name": "Famille"}) == (
        "Alice renamed the group to “Famille”"
    )
    assert sentence({"event": "added", "by": "sip:" + ACCOUNT, "members": [ALICE]}) == (
        "You added Alice"
    )
    assert sentence({"event": "created", "by": "sip:" + ACCOUNT, "name": "Li"}) == (
        "You created the group “Li”"
    )
    assert sentence({"event": "removed", "by": ALICE, "members": ["sip:bob@example.org"]}) == (
        "Alice removed bob@example.org"
    )
    assert sentence({"event": "left", "by": "sip:+33622222222@sip.example.org"}) == (
        "06 22 22 22 22 left"
    )
    assert sentence({"event": "added", "by": "sip:%2@x.org", "name": "%3", "members": [ALICE]}) == (
        "%2@x.org added Alice"  # a placeholder in a name stays text
    )


@pytest.mark.parametrize(
    "body",
    [
        "",
        "null",
        "[1, 2]",
        '"renamed"',
        "{",
        json.dumps({"event": "renamed"}),  # no name
        json.dumps({"event": "added", "by": ALICE, "members": "sip:bob@x"}),  # not a list
        json.dumps({"event": "added", "by": ALICE, "members": [1, None, {}]}),
        json.dumps({"event": ["renamed"], "name": "x"}),
        json.dumps({"event": "explode"}),
        json.dumps({"event": "joined", "by": ALICE}),  # not an event Jego writes
        "[" * 100_000,  # deeper than json's recursion
        json.dumps({"event": "renamed", "name": "x" * MAX_EVENT_BYTES}),  # too big to read
    ],
)
def test_anything_else_is_a_neutral_line(body: str) -> None:
    assert event_sentence(body, NAMES) == "The group changed"


def test_names_from_the_network_are_short_single_lines() -> None:
    event = {
        "event": "renamed",
        "by": {"not": "a string"},
        "name": "<b>Fam\nily</b>\u202e\x00" + "y" * 500,
    }
    text = sentence(event)
    assert text.startswith("Someone renamed the group to “<b>Fam ily</b>")  # plain text
    assert "\n" not in text and "\x00" not in text and "\u202e" not in text
    assert len(text) < 120

    many = [f"sip:member{n}@example.org" for n in range(40)]
    text = sentence({"event": "added", "by": ALICE, "members": many})
    assert text == (
        "Alice added member0@example.org, member1@example.org, member2@example.org and 37 others"
    )


def test_the_user_is_you() -> None:
    own = "sip:" + ACCOUNT
    assert sentence({"event": "added", "by": ALICE, "members": [own]}) == "Alice added you"
    assert sentence({"event": "removed", "by": ALICE, "members": [own]}) == "Alice removed you"
    assert sentence({"event": "left", "by": own}) == "You left the group"
    assert sentence({"event": "renamed", "by": own, "name": "Li"}) == (
        "You renamed the group to “Li”"
    )


def test_a_member_whose_address_reads_percent_two_stays_as_written() -> None:
    many = ["sip:%2@example.org", "sip:%1@example.org"] + [f"sip:m{n}@x" for n in range(3)]
    text = sentence({"event": "added", "by": ALICE, "members": many})
    assert text == "Alice added %2@example.org, %1@example.org, m0@x and 2 others"
