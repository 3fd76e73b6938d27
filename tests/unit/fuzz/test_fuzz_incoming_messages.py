"""Fuzzing the interpretation of a whole incoming SIP MESSAGE: it never raises.

`interpret` is documented to turn anything unreadable into a stored explanation or an
`Ignored`; an exception would lose a message pjsua has already answered 200 OK.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.incoming_messages import IncomingText, RawMessage, interpret
from tests.unit.fuzz.support import any_text, assembled, call_timed, fuzz
from tests.unit.fuzz.test_fuzz_message_formats import (
    CPIM_FRAGMENTS,
    IMDN_FRAGMENTS,
    cpim_documents,
    ft_http_documents,
    imdn_documents,
    is_composing_documents,
)

content_types = st.one_of(
    st.sampled_from(
        [
            "text/plain",
            "text/plain;charset=gb2312",
            'text/plain; charset="x-unknown"',
            "text/plain;charset=utf-16",
            "Message/CPIM",
            "message/imdn+xml",
            "application/im-iscomposing+xml",
            "application/vnd.gsma.rcs-ft-http+xml",
            "image/png",
            "",
            ";",
            "text/html; charset=utf-8;charset=big5",
        ]
    ),
    st.text(max_size=40),
)
uris = st.one_of(
    st.sampled_from(
        [
            '"Bob" <sip:bob@example.org>',
            "<sip:+8613800138000@127.0.0.2;transport=udp>",
            "sip:x@y",
            '"<b>" <sip:a@b>',
            "<tel:+86138>",
            "<sips:[::1]:5061>",
            "",
            "<>",
        ]
    ),
    any_text,
)
bodies = st.one_of(
    any_text,
    cpim_documents(),
    imdn_documents(),
    is_composing_documents(),
    ft_http_documents(),
    assembled(CPIM_FRAGMENTS + IMDN_FRAGMENTS),
)
requests = st.one_of(
    st.builds(
        lambda call_id, cseq, rest: (
            f"MESSAGE sip:a@b SIP/2.0\r\nCall-ID: {call_id}\r\nCSeq: {cseq} MESSAGE\r\n{rest}"
        ),
        any_text,
        any_text,
        any_text,
    ),
    any_text,
)


@given(
    st.builds(
        RawMessage,
        account_key=st.just("alice@example.org"),
        from_uri=uris,
        to_uri=uris,
        content_type=content_types,
        body=bodies,
        whole_message=requests,
    )
)
@fuzz
def test_an_incoming_message_is_always_interpreted(raw: RawMessage) -> None:
    result = call_timed("SIP MESSAGE interpretation", interpret, raw)
    if isinstance(result, IncomingText):
        assert result.message_id and result.peer_uri
