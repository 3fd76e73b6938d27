"""Fuzzing the parsers of what arrives in a SIP MESSAGE: CPIM, IMDN, is-composing and the
file-transfer description. Each raises only its own documented error."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.cpim import parse_cpim
from jego_desktop.domain.file_transfer import FileInfoError, parse_ft_http, safe_file_name
from jego_desktop.domain.imdn import parse_imdn
from jego_desktop.domain.is_composing import parse_is_composing
from jego_desktop.domain.message_formats import MessageFormatError
from tests.unit.fuzz.support import any_text, assembled, call_timed, fuzz

# Numbers as people of every script write them ("١٢", "²"...), and as attackers do.
numberish = st.one_of(
    st.text(alphabet=st.characters(categories=("Nd", "No")), max_size=8),
    st.text(alphabet="0123456789+-. eE", max_size=12),
    st.sampled_from(["", "0", "-1", "99999999999999999999", "1e300", "inf", "nan"]),
)
xml_value = st.one_of(
    st.text(max_size=40).map(
        lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ),
    numberish,
    st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&#xD800;", "<![CDATA[x]]>", "<!-- -->"]),
)
datetimes = st.one_of(
    st.sampled_from(
        ["2026-12-04T10:00:00Z", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59", ""]
    ),
    st.datetimes().map(lambda d: d.isoformat()),
    st.text(max_size=30),
)

CPIM_FRAGMENTS = [
    "From: ", "To: ", "DateTime: ", "NS: imdn <urn:ietf:params:imdn>", "imdn.Message-ID: ",
    "imdn.Disposition-Notification: positive-delivery, display", "Content-Type: ",
    "text/plain; charset=utf-8", "message/imdn+xml", "Content-Disposition: notification",
    "\r\n", "\n", "\r\n\r\n", "\n\n", ":", "<sip:+8613800138000@example.com>", "<", ">",
    "2026-12-04T10:00:00Z", " ", ".",
]  # fmt: skip


@st.composite
def cpim_documents(draw: st.DrawFn) -> str:
    names = st.one_of(
        st.sampled_from(["From", "To", "DateTime", "NS", "imdn.Message-ID", "imdn.x", "Subject"]),
        st.text(max_size=10),
    )
    values = st.one_of(datetimes, st.text(max_size=60), st.sampled_from(["imdn <urn:x>", "<>"]))
    headers = draw(st.lists(st.tuples(names, values), max_size=10))
    inner = draw(st.lists(st.tuples(st.sampled_from(["Content-Type", "X"]), values), max_size=3))
    newline = draw(st.sampled_from(["\r\n", "\n"]))
    lines = [f"{name}: {value}" for name, value in headers]
    inner_lines = [f"{name}: {value}" for name, value in inner]
    return newline.join([*lines, "", *inner_lines, "", draw(any_text)])


@given(st.one_of(any_text, assembled(CPIM_FRAGMENTS), cpim_documents()))
@fuzz
def test_cpim(text: str) -> None:
    with contextlib.suppress(MessageFormatError):
        call_timed("CPIM", parse_cpim, text)


@st.composite
def imdn_documents(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["delivery-notification", "display-notification", "x", ""]))
    status = draw(st.sampled_from(["delivered", "displayed", "failed", "error", "forbidden", ""]))
    parts = [
        f"<message-id>{draw(xml_value)}</message-id>",
        f"<datetime>{draw(datetimes)}</datetime>",
        f"<recipient-uri>{draw(xml_value)}</recipient-uri>",
        f"<{kind or 'a'}><status><{status or 'b'}/></status></{kind or 'a'}>",
    ]
    body = "".join(draw(st.permutations(parts)))
    namespace = draw(st.sampled_from(["urn:ietf:params:xml:ns:imdn", "", "urn:other"]))
    encoding = draw(st.sampled_from(["UTF-8", "utf-16", "x-unknown", "latin-1"]))
    return f'<?xml version="1.0" encoding="{encoding}"?><imdn xmlns="{namespace}">{body}</imdn>'


IMDN_FRAGMENTS = [
    "<imdn xmlns=\"urn:ietf:params:xml:ns:imdn\">", "</imdn>", "<message-id>", "</message-id>",
    "<delivery-notification>", "</delivery-notification>", "<status>", "</status>",
    "<delivered/>", "<displayed/>", "<!DOCTYPE", "<!ENTITY", "&x;", "<?xml version=\"1.0\"?>",
]  # fmt: skip


@given(st.one_of(any_text, assembled(IMDN_FRAGMENTS), imdn_documents()))
@fuzz
def test_imdn(text: str) -> None:
    with contextlib.suppress(MessageFormatError):
        call_timed("IMDN", parse_imdn, text)


@st.composite
def is_composing_documents(draw: st.DrawFn) -> str:
    state = draw(st.one_of(st.sampled_from(["active", "idle", "ACTIVE"]), xml_value))
    refresh = draw(st.one_of(numberish, xml_value))
    content_type = draw(xml_value)
    namespace = draw(st.sampled_from(["urn:ietf:params:xml:ns:im-iscomposing", ""]))
    return (
        f'<isComposing xmlns="{namespace}"><state>{state}</state>'
        f"<refresh>{refresh}</refresh><contenttype>{content_type}</contenttype></isComposing>"
    )


@given(st.one_of(any_text, is_composing_documents()))
@fuzz
def test_is_composing(text: str) -> None:
    with contextlib.suppress(MessageFormatError):
        call_timed("is-composing", parse_is_composing, text)


urls = st.one_of(
    st.sampled_from(
        [
            "https://files.example.com/a",
            "http://[::1]:99999/x",
            "http://h:-1/",
            "https://:80/",
            "ftp://x/y",
            "http://[fe80::1%25eth0]/",
            "http://a b/",
            "https://例子.测试/文件",
        ]
    ),
    st.text(max_size=40).map(lambda s: "https://" + s),
    xml_value,
)


@st.composite
def ft_http_documents(draw: st.DrawFn) -> str:
    def info(kind: str) -> str:
        url = draw(urls).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        until = draw(datetimes).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        return (
            f'<file-info type="{kind}"><file-size>{draw(numberish)}</file-size>'
            f"<file-name>{draw(xml_value)}</file-name>"
            f"<content-type>{draw(st.one_of(xml_value, st.just('audio/ogg')))}</content-type>"
            f"<am:playing-length>{draw(numberish)}</am:playing-length>"
            f'<data url="{url}" until="{until}"/></file-info>'
        )

    parts = [info("file")]
    if draw(st.booleans()):
        parts.append(info("thumbnail"))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<file xmlns="urn:gsma:params:xml:ns:rcs:rcs:fthttp" '
        'xmlns:am="urn:gsma:params:xml:ns:rcs:rcs:rram">' + "".join(parts) + "</file>"
    )


@given(st.one_of(any_text, ft_http_documents()))
@fuzz
def test_file_transfer_description(text: str) -> None:
    try:
        info = call_timed("file-transfer XML", parse_ft_http, text)
    except FileInfoError:
        return
    assert info.name and info.size >= 0


@given(st.one_of(any_text, st.text(max_size=400)))
@fuzz
def test_received_file_names_are_safe(name: str) -> None:
    safe = call_timed("safe_file_name", safe_file_name, name)
    assert safe and not set(safe) & set('/\\:*?"<>|\0') and safe not in (".", "..")
    assert len(safe.encode("utf-8")) <= 200
