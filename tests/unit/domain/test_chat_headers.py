"""Jego's CPIM namespace: replies and recalls on the wire, and hostile variants of them."""

from __future__ import annotations

from jego_desktop.domain.chat_headers import RECALL_ID, REPLY_TO_ID, chat_header
from jego_desktop.domain.cpim import parse_cpim
from jego_desktop.domain.incoming_messages import Ignored, IncomingRecall, IncomingText, interpret
from jego_desktop.domain.outgoing_messages import encode_text
from jego_desktop.domain.reply_quotes import author_of, quoted_for_plain_text
from tests.unit.domain.test_incoming_messages import raw

ALICE, BOB = "sip:alice@example.org", "sip:bob@example.org"


def encoded(body: str, headers: tuple[tuple[str, str], ...]) -> str:
    payload = encode_text(
        message_id="m-2",
        body=body,
        content_type="text/plain",
        from_uri=BOB,
        to_uri=ALICE,
        at=1_700_000_000.0,
        use_cpim=True,
        chat_headers=headers,
    )
    return payload.content


def test_a_reply_names_its_original_in_the_jego_namespace() -> None:
    body = encoded("yes, at noon", ((REPLY_TO_ID, "m-1"),))
    assert "NS: jego <urn:jego:params:chat>\r\n" in body
    assert "jego.Reply-To-Id: m-1\r\n" in body
    message = interpret(raw(body, "Message/CPIM"))
    assert isinstance(message, IncomingText)
    assert (message.body, message.reply_to, message.message_id) == ("yes, at noon", "m-1", "m-2")
    assert message.wants_delivery_report  # a reply is a message like any other


def test_a_recall_is_not_a_message_and_asks_no_receipt() -> None:
    body = encoded("(message taken back)", ((RECALL_ID, "m-1"),))
    assert "imdn.Disposition-Notification" not in body
    assert interpret(raw(body, "Message/CPIM")) == IncomingRecall(
        "alice@x", "sip:bob@example.org", "m-1"
    )


def test_a_group_recall_names_its_group_and_a_malformed_one_is_ignored() -> None:
    group_id = "0123456789abcdef0123456789abcdef"
    body = encoded("(message taken back)", (("Group-Id", group_id), (RECALL_ID, "m-1")))
    assert interpret(raw(body, "Message/CPIM")) == IncomingRecall(
        "alice@x", "sip:bob@example.org", "m-1", group_id
    )
    bad = encoded("(message taken back)", (("Group-Id", "../etc"), (RECALL_ID, "m-1")))
    assert isinstance(interpret(raw(bad, "Message/CPIM")), Ignored)


def test_headers_count_only_under_the_prefix_the_sender_declared() -> None:
    body = encoded("hi", ((REPLY_TO_ID, "m-1"),)).replace("NS: jego <", "NS: j <")
    assert parse_cpim(body).chat_headers == ()  # "jego." now names no declared namespace
    renamed = body.replace("jego.Reply-To-Id", "j.Reply-To-Id")
    assert chat_header(parse_cpim(renamed).chat_headers, "reply-to-id") == "m-1"


def test_an_overlong_id_is_refused_or_dropped() -> None:
    recall = encoded("x", ((RECALL_ID, "r" * 300),))
    assert isinstance(interpret(raw(recall, "Message/CPIM")), Ignored)
    reply = interpret(raw(encoded("x", ((REPLY_TO_ID, "r" * 300),)), "Message/CPIM"))
    assert isinstance(reply, IncomingText) and reply.reply_to == "" and reply.body == "x"


def test_plain_text_peers_get_the_quote_as_text() -> None:
    assert quoted_for_plain_text("Bob", "are you coming?", "yes") == "> Bob: are you coming?\nyes"
    assert quoted_for_plain_text("", "x" * 100, "ok").startswith("> " + "x" * 79 + "…\n")
    assert author_of('"Bob" <sip:+8613800138000@example.org;transport=tcp>') == "+8613800138000"
