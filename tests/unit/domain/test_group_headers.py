"""The group headers on the wire: written, read back, and refused whole when wrong."""

from __future__ import annotations

import pytest

from jego_desktop.domain.cpim import CpimMessage, build_cpim, parse_cpim
from jego_desktop.domain.group_events import GroupEvent, GroupEventError, parse_group_event
from jego_desktop.domain.group_headers import (
    GroupHeaderError,
    GroupHeaders,
    group_chat_headers,
    parse_group_headers,
)
from jego_desktop.domain.group_plain_text import plain_group_text
from jego_desktop.domain.groups import GROUP_EVENT_CONTENT_TYPE, MAX_GROUP_MEMBERS
from jego_desktop.domain.incoming_messages import Ignored, IncomingText, RawMessage, interpret

GID = "0123456789abcdef0123456789abcdef"
FIFTY = tuple(f"sip:+86138001380{n:02d}@sip.example.com" for n in range(MAX_GROUP_MEMBERS))


def through_cpim(headers: GroupHeaders, content_type: str = "text/plain", body: str = "hi") -> str:
    return build_cpim(
        CpimMessage(
            content_type=content_type,
            content=body,
            from_uri="sip:+8613800138000@sip.example.com",
            to_uri="sip:+8613800138001@sip.example.com",
            message_id="m1",
            dispositions=frozenset({"positive-delivery", "display"}),
            chat_headers=group_chat_headers(headers),
        )
    )


def test_fifty_members_and_a_chinese_name_travel_in_cpim() -> None:
    sent = GroupHeaders(GID, "家人 Family", 12, FIFTY, "added")
    envelope = parse_cpim(through_cpim(sent))
    assert parse_group_headers(envelope.chat_headers) == sent


def test_a_message_without_the_member_list_keeps_it_none() -> None:
    sent = GroupHeaders(GID, "Family", 3, None)
    assert parse_group_headers(parse_cpim(through_cpim(sent)).chat_headers) == sent


def test_no_group_id_is_no_group() -> None:
    assert parse_group_headers((("Reply-To-Id", "x"),)) is None


@pytest.mark.parametrize(
    "headers",
    [
        (("Group-Id", "not-hex"), ("Group-Name", "F"), ("Group-Version", "1")),
        (("Group-Id", GID), ("Group-Name", ""), ("Group-Version", "1")),
        (("Group-Id", GID), ("Group-Name", "x" * 65), ("Group-Version", "1")),
        (("Group-Id", GID), ("Group-Name", "F"), ("Group-Version", "0")),
        (("Group-Id", GID), ("Group-Name", "F"), ("Group-Version", "9" * 40)),
        (("Group-Id", GID), ("Group-Name", "F"), ("Group-Version", "\u00b2")),  # isdigit() says yes
        (("Group-Id", GID), ("Group-Name", "F"), ("Group-Version", "\u0661\u0662")),
        (("Group-Id", GID), ("Group-Name", "F"), ("Group-Version", "0" * 11 + "1" + "9" * 12)),
        (("Group-Id", GID), ("Group-Name", "F"), ("Group-Version", "1"), ("Group-Event", "boom")),
        (("Group-Id", GID), ("Group-Id", GID), ("Group-Name", "F"), ("Group-Version", "1")),
        (("Group-Id", GID), ("Group-Name", "F"), ("Group-Version", "1"), ("Group-Members", "x")),
        (
            ("Group-Id", GID),
            ("Group-Name", "F"),
            ("Group-Version", "1"),
            ("Group-Members", " ".join(f"sip:m{n}@x" for n in range(MAX_GROUP_MEMBERS + 1))),
        ),
    ],
)
def test_malformed_group_headers_are_refused(headers: tuple[tuple[str, str], ...]) -> None:
    with pytest.raises(GroupHeaderError):
        parse_group_headers(headers)


def raw(body: str) -> RawMessage:
    return RawMessage(
        "me@x", "<sip:alice@x>", "<sip:me@x>", "message/cpim", body, "Call-ID: c\r\nCSeq: 1 MESSAGE"
    )


def test_an_incoming_group_message_carries_its_group_and_an_event_its_json() -> None:
    event = GroupEvent("renamed", "sip:alice@x", "Family 2026")
    found = interpret(
        raw(
            through_cpim(
                GroupHeaders(GID, "Family 2026", 2, None, "renamed"),
                GROUP_EVENT_CONTENT_TYPE,
                event.to_json(),
            )
        )
    )
    assert isinstance(found, IncomingText) and found.group is not None
    assert found.group.event == "renamed" and found.content_type == GROUP_EVENT_CONTENT_TYPE
    assert parse_group_event(found.body, "sip:alice@x") == event


def test_bad_group_headers_make_the_message_ignored() -> None:
    text = through_cpim(GroupHeaders(GID, "F", 1, None)).replace(GID, "zz")
    assert isinstance(interpret(raw(text)), Ignored)


def test_a_version_of_non_ascii_digits_makes_the_message_ignored() -> None:
    text = through_cpim(GroupHeaders(GID, "F", 1, None)).replace(
        "Group-Version: 1", "Group-Version: \u00b2"
    )
    assert "\u00b2" in text
    assert isinstance(interpret(raw(text)), Ignored)


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[]",
        '{"event": "exploded", "name": "F", "members": []}',
        '{"event": "added", "name": "F", "members": ["not an address"]}',
        '{"event": "added", "name": "F", "members": 3}',
        '{"event": "added", "name": "F", "members": []' + " " * 20000 + "}",
        "[" * 15000,  # nested beyond the recursion limit, within the size limit
    ],
)
def test_malformed_group_events_are_refused(body: str) -> None:
    with pytest.raises(GroupEventError):
        parse_group_event(body, "sip:alice@x")


def test_a_plain_text_member_gets_the_group_name_and_the_author_in_front() -> None:
    assert plain_group_text("Family", "alice", "hello", "text/plain") == (
        "[Family] alice: hello",
        "text/plain",
    )
    added = GroupEvent("added", "sip:alice@x", "Family", ("sip:bob@x", "sip:carol@x")).to_json()
    assert plain_group_text("Family", "alice", added, GROUP_EVENT_CONTENT_TYPE) == (
        "[Family] alice added bob, carol",
        "text/plain",
    )
    assert plain_group_text("Family", "alice", "yes", "text/plain", "lunch?") == (
        "[Family] alice: > lunch?\nyes",
        "text/plain",
    )
