"""CPIM, IMDN and is-composing bodies: round trips, Linphone's spelling, hostile input."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jego_desktop.domain.cpim import CpimMessage, build_cpim, parse_cpim
from jego_desktop.domain.imdn import (
    Notification,
    NotificationKind,
    NotificationStatus,
    build_imdn,
    parse_imdn,
)
from jego_desktop.domain.is_composing import Composing, build_is_composing, parse_is_composing
from jego_desktop.domain.message_formats import MAX_XML_BYTES, MessageFormatError
from jego_desktop.domain.message_time import format_datetime, parse_datetime

LINPHONE_TEXT = (
    "From: <sip:bob@example.org>\r\n"
    "To: <sip:alice@example.org>\r\n"
    "DateTime: 2024-03-01T10:20:30Z\r\n"
    "NS: imdn <urn:ietf:params:imdn>\r\n"
    "imdn.Message-ID: F7hQxZ1c\r\n"
    "imdn.Disposition-Notification: positive-delivery, error, display\r\n"
    "\r\n"
    "Content-Type: text/plain;charset=UTF-8\r\n"
    "\r\n"
    "你好 👋 Jego\nsecond line"
)

LINPHONE_IMDN = """<?xml version="1.0" encoding="UTF-8"?>
<imdn xmlns="urn:ietf:params:xml:ns:imdn"
      xmlns:linphoneimdn="http://www.linphone.org/xsds/imdn.xsd">
  <message-id>F7hQxZ1c</message-id>
  <datetime>2024-03-01T10:20:30Z</datetime>
  <recipient-uri>sip:alice@example.org</recipient-uri>
  <display-notification><status><displayed/></status></display-notification>
</imdn>"""


def test_linphone_cpim_text_is_read() -> None:
    message = parse_cpim(LINPHONE_TEXT)
    assert message.content == "你好 👋 Jego\nsecond line"
    assert message.content_type == "text/plain;charset=UTF-8"
    assert message.message_id == "F7hQxZ1c"
    assert message.from_uri == "sip:bob@example.org"
    assert message.to_uri == "sip:alice@example.org"
    assert message.datetime == parse_datetime("2024-03-01T10:20:30+00:00")
    assert message.wants_delivery_report and message.wants_display_report


def test_cpim_round_trip_with_another_namespace_prefix() -> None:
    built = build_cpim(
        CpimMessage(
            content_type="text/plain;charset=UTF-8",
            content="line 1\r\n\r\nline 3",
            from_uri="sip:a@x",
            to_uri="sip:b@x",
            datetime=1_700_000_000,
            message_id="abc",
            dispositions=frozenset({"display"}),
        )
    )
    parsed = parse_cpim(built)
    assert parsed.content == "line 1\r\n\r\nline 3"
    assert parsed.message_id == "abc" and parsed.dispositions == {"display"}
    renamed = built.replace("NS: imdn <", "NS: x <").replace("imdn.", "x.")
    assert parse_cpim(renamed).message_id == "abc"
    # imdn.* headers without the namespace declaration are not IMDN headers
    undeclared = built.replace("NS: imdn <urn:ietf:params:imdn>\r\n", "")
    assert parse_cpim(undeclared).message_id == ""


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no blank line at all",
        "From: <sip:a@x>\r\n\r\nno mime headers",
        "From <sip:a@x>\r\n\r\nContent-Type: text/plain\r\n\r\nx",
        "From: <sip:a@x>\r\n\r\nContent-Type: nonsense\r\n\r\nx",
        "\r\n\r\nContent-Length: 3\r\n\r\nabc",
        "X: 1\r\n" * 100 + "\r\nContent-Type: text/plain\r\n\r\nx",
    ],
)
def test_malformed_cpim_is_refused(text: str) -> None:
    with pytest.raises(MessageFormatError):
        parse_cpim(text)


def test_cpim_refuses_header_injection_when_building() -> None:
    with pytest.raises(ValueError, match="line break"):
        build_cpim(CpimMessage("text/plain", "x", message_id="a\r\nTo: evil"))


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        (NotificationKind.DELIVERY, NotificationStatus.DELIVERED),
        (NotificationKind.DELIVERY, NotificationStatus.FAILED),
        (NotificationKind.DISPLAY, NotificationStatus.DISPLAYED),
        (NotificationKind.DISPLAY, NotificationStatus.ERROR),
    ],
)
def test_imdn_round_trip(kind: NotificationKind, status: NotificationStatus) -> None:
    original = Notification(
        message_id="m<&>1",
        kind=kind,
        status=status,
        datetime=1_700_000_000.0,
        recipient_uri="sip:alice@x",
        original_recipient_uri="sip:alice@x",
    )
    assert parse_imdn(build_imdn(original)) == original


def test_linphone_imdn_is_read() -> None:
    assert parse_imdn(LINPHONE_IMDN.replace("UTF-8", "U-TF-8")).message_id == "F7hQxZ1c"
    report = parse_imdn(LINPHONE_IMDN)
    assert report.message_id == "F7hQxZ1c"
    assert report.kind is NotificationKind.DISPLAY
    assert report.status is NotificationStatus.DISPLAYED
    assert report.recipient_uri == "sip:alice@example.org"


def test_imdn_refuses_a_status_of_the_wrong_kind() -> None:
    with pytest.raises(ValueError):
        build_imdn(Notification("m", NotificationKind.DISPLAY, NotificationStatus.DELIVERED))
    wrong = LINPHONE_IMDN.replace("<displayed/>", "<delivered/>")
    with pytest.raises(MessageFormatError, match="no known status"):
        parse_imdn(wrong)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE imdn [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<imdn xmlns="urn:ietf:params:xml:ns:imdn"><message-id>&b;</message-id>
<delivery-notification><status><delivered/></status></delivery-notification></imdn>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE imdn [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<imdn xmlns="urn:ietf:params:xml:ns:imdn"><message-id>&x;</message-id></imdn>"""


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not xml",
        BILLION_LAUGHS,
        EXTERNAL_ENTITY,
        "<imdn xmlns='urn:ietf:params:xml:ns:imdn'><message-id>x</message-id></imdn>",
        "<other><message-id>x</message-id></other>",
        LINPHONE_IMDN.replace("<message-id>F7hQxZ1c</message-id>", ""),
        LINPHONE_IMDN.replace("</imdn>", "<delivery-notification><status><delivered/>"
                                         "</status></delivery-notification></imdn>"),
        "<imdn>" + "<a>" * 50 + "</a>" * 50 + "</imdn>",
        "<imdn><message-id>" + "x" * MAX_XML_BYTES + "</message-id></imdn>",
        "<imdn>\udce9</imdn>",
        LINPHONE_IMDN.replace("UTF-8", "U-TF-8").replace("F7hQxZ1c<", "F7hQxZ1c<<"),
    ],
)  # fmt: skip
def test_bad_imdn_is_refused(text: str) -> None:
    with pytest.raises(MessageFormatError):
        parse_imdn(text)


def test_is_composing_round_trip_and_pjsua_spelling() -> None:
    active = Composing(active=True, refresh_s=60, content_type="text/plain")
    assert parse_is_composing(build_is_composing(active)) == active
    pjsua = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<isComposing xmlns="urn:ietf:params:xml:ns:im-iscomposing"\n'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        "  <state>idle</state>\n  <contenttype>text/plain</contenttype>\n</isComposing>"
    )
    assert parse_is_composing(pjsua) == Composing(False, None, "text/plain")


@pytest.mark.parametrize(
    "text",
    [
        "<isComposing><state>thinking</state></isComposing>",
        "<isComposing><state>active</state><refresh>-1</refresh></isComposing>",
        "<isComposing/>",
        "<imdn><state>active</state></imdn>",
    ],
)
def test_bad_is_composing_is_refused(text: str) -> None:
    with pytest.raises(MessageFormatError):
        parse_is_composing(text)


def test_datetimes() -> None:
    assert format_datetime(0) == "1970-01-01T00:00:00Z"
    assert parse_datetime("1970-01-01T01:00:00+01:00") == 0.0
    assert parse_datetime("2024-13-45T00:00:00Z") is None
    assert parse_datetime("x" * 1000) is None


_XMLISH = st.text(alphabet=st.sampled_from(list("<>/=\"' !?[]&;:-imdnstauxy\r\n\udce9é")))
_TEMPLATE = st.sampled_from(
    [LINPHONE_IMDN, build_is_composing(Composing(True, 90)), LINPHONE_TEXT, BILLION_LAUGHS]
)


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    text = draw(_TEMPLATE)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 20))
        text = text[:at] + draw(_XMLISH) + text[at + cut :]
    return text


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=300), _XMLISH, _mutated()))
def test_parsers_raise_nothing_but_their_error(text: str) -> None:
    for parse in (parse_imdn, parse_is_composing, parse_cpim):
        with contextlib.suppress(MessageFormatError):
            parse(text)
