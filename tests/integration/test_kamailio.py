"""Kamailio peer: start-up, digest REGISTER over UDP/TCP/TLS, routing, restart.

The SIP side is a deliberately tiny user agent written here (one socket or one
connection per user, hand-built requests, RFC 2617 digest with qop=auth), so the test
depends on nothing but Kamailio and the openssl CLI.
"""

from __future__ import annotations

import hashlib
import re
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.peers.kamailio import (
    DEFAULT_USERS,
    TRANSPORTS,
    Kamailio,
    sip_options_ping,
)
from tests.peers.ports import LOOPBACK

pytestmark = [pytest.mark.peers, pytest.mark.timeout(60)]

COMPACT_HEADERS = {
    "v": "via",
    "f": "from",
    "t": "to",
    "i": "call-id",
    "m": "contact",
    "l": "content-length",
    "c": "content-type",
}


# --- a minimal SIP user agent ----------------------------------------------------------


@dataclass
class SipMessage:
    """One parsed SIP request or response."""

    first_line: str
    headers: list[tuple[str, str]]
    body: bytes = b""

    @classmethod
    def parse(cls, data: bytes) -> SipMessage:
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("utf-8", "replace").split("\r\n")
        headers = []
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name = name.strip().lower()
            headers.append((COMPACT_HEADERS.get(name, name), value.strip()))
        return cls(lines[0], headers, body)

    @property
    def status(self) -> int | None:
        if not self.first_line.startswith("SIP/2.0 "):
            return None
        return int(self.first_line.split()[1])

    @property
    def method(self) -> str | None:
        return None if self.status is not None else self.first_line.split()[0]

    def all(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key == name.lower()]

    def get(self, name: str) -> str:
        values = self.all(name)
        if not values:
            raise KeyError(f"no {name} in {self.first_line!r}")
        return values[0]


class Connection:
    """A UDP socket, or a TCP/TLS connection, from 127.0.0.1 to the proxy."""

    def __init__(self, server: Kamailio, transport: str) -> None:
        self.transport = transport
        self.proxy = (server.host, server.port(transport))
        kind = socket.SOCK_DGRAM if transport == "udp" else socket.SOCK_STREAM
        sock = socket.socket(socket.AF_INET, kind)
        sock.bind((LOOPBACK, 0))
        self.local_port: int = sock.getsockname()[1]
        try:
            if transport != "udp":
                sock.settimeout(5)
                sock.connect(self.proxy)
            if transport == "tls":
                context = ssl.create_default_context(cafile=server.ca_cert)
                sock = context.wrap_socket(sock, server_hostname=server.host)
        except BaseException:
            sock.close()
            raise
        self.sock = sock
        self._buffer = b""

    def close(self) -> None:
        self.sock.close()

    def send(self, data: bytes) -> None:
        if self.transport == "udp":
            self.sock.sendto(data, self.proxy)
        else:
            self.sock.sendall(data)

    def receive(self, timeout: float = 5.0) -> SipMessage:
        self.sock.settimeout(timeout)
        if self.transport == "udp":
            return SipMessage.parse(self.sock.recv(65535))
        while True:
            message = self._take_message()
            if message is not None:
                return message
            chunk = self.sock.recv(65535)
            if not chunk:
                raise ConnectionError("proxy closed the connection")
            self._buffer += chunk

    def _take_message(self) -> SipMessage | None:
        self._buffer = self._buffer.lstrip(b"\r\n")  # keep-alive CRLFs
        head, separator, rest = self._buffer.partition(b"\r\n\r\n")
        if not separator:
            return None
        length_match = re.search(rb"(?im)^(?:content-length|l)\s*:\s*(\d+)", head)
        length = int(length_match.group(1)) if length_match else 0
        if len(rest) < length:
            return None
        self._buffer = rest[length:]
        return SipMessage.parse(head + b"\r\n\r\n" + rest[:length])


@dataclass
class Dialog:
    """What a UA needs to send requests inside a dialog."""

    call_id: str
    local_uri: str
    local_tag: str
    remote_uri: str
    remote_tag: str
    remote_target: str
    route_set: list[str]
    cseq: int = 1


def _new_id() -> str:
    return uuid.uuid4().hex[:16]


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()  # SIP digest is MD5 by definition


def digest_authorization(
    challenge: str, method: str, uri: str, username: str, password: str
) -> str:
    """Credentials answering one WWW-/Proxy-Authenticate challenge (RFC 2617, MD5)."""
    params = {
        key.lower(): quoted if quoted else bare
        for key, quoted, bare in re.findall(r'(\w+)=(?:"([^"]*)"|([^\s,]+))', challenge)
    }
    realm, nonce = params["realm"], params["nonce"]
    ha1 = _md5(f"{username}:{realm}:{password}")
    ha2 = _md5(f"{method}:{uri}")
    fields = [
        f'username="{username}"',
        f'realm="{realm}"',
        f'nonce="{nonce}"',
        f'uri="{uri}"',
        "algorithm=MD5",
    ]
    if "auth" in params.get("qop", "").split(","):
        cnonce, nc = _new_id(), "00000001"
        response = _md5(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        fields += [f'cnonce="{cnonce}"', "qop=auth", f"nc={nc}"]
    else:
        response = _md5(f"{ha1}:{nonce}:{ha2}")
    fields.append(f'response="{response}"')
    if "opaque" in params:
        fields.append(f'opaque="{params["opaque"]}"')
    return "Digest " + ", ".join(fields)


def _route_uris(values: Sequence[str]) -> list[str]:
    uris: list[str] = []
    for value in values:
        uris += re.findall(r"<[^>]+>", value)
    return uris


def _uri_in(header_value: str) -> str:
    match = re.search(r"<([^>]+)>", header_value)
    return match.group(1) if match else header_value.split(";")[0].strip()


def _tag_of(header_value: str) -> str:
    match = re.search(r";\s*tag=([^;>\s]+)", header_value)
    return match.group(1) if match else ""


class MiniUA:
    """A SIP user agent just big enough to test the proxy: REGISTER, requests, answers."""

    def __init__(self, server: Kamailio, transport: str, username: str, password: str) -> None:
        self.server = server
        self.username = username
        self.password = password
        self.connection = Connection(server, transport)
        self.transport = transport
        self.aor = server.aor(username)
        port = self.connection.local_port
        suffix = "" if transport == "udp" else f";transport={transport}"
        self.contact = f"sip:{username}@{LOOPBACK}:{port}{suffix}"

    def close(self) -> None:
        self.connection.close()

    # requests

    def register(self, expires: int = 300) -> SipMessage:
        registrar = f"sip:{self.server.domain}"
        return self.request(
            "REGISTER",
            registrar,
            to_uri=self.aor,
            extra=[f"Contact: <{self.contact}>", f"Expires: {expires}"],
        )

    def request(
        self,
        method: str,
        ruri: str,
        to_uri: str | None = None,
        body: str = "",
        extra: Sequence[str] = (),
        dialog: Dialog | None = None,
        authenticate: bool = True,
    ) -> SipMessage:
        """Send a request, answer one digest challenge, return the final response.

        Without `dialog` the request starts a new Call-ID with To = `to_uri` (or the R-URI).
        """
        if dialog is None:
            dialog = Dialog(_new_id(), self.aor, _new_id(), to_uri or ruri, "", ruri, [])
        cseq = dialog.cseq
        authorization: list[str] = []
        while True:
            branch = self._send_request(method, ruri, dialog, cseq, body, [*extra, *authorization])
            response = self._final_response(branch)
            if method == "INVITE" and response.status != 200:
                self._ack_negative(ruri, response, cseq)
            if response.status not in (401, 407) or authorization or not authenticate:
                return response
            authorization = [self._credentials(response, method, ruri)]
            cseq += 1

    def _credentials(self, challenge: SipMessage, method: str, ruri: str) -> str:
        if challenge.status == 401:
            header, value = "Authorization", challenge.get("www-authenticate")
        else:
            header, value = "Proxy-Authorization", challenge.get("proxy-authenticate")
        credentials = digest_authorization(value, method, ruri, self.username, self.password)
        return f"{header}: {credentials}"

    def _send_request(
        self,
        method: str,
        ruri: str,
        dialog: Dialog,
        cseq: int,
        body: str = "",
        extra: Sequence[str] = (),
    ) -> str:
        """Send one request; returns its Via branch."""
        branch = "z9hG4bK" + _new_id()
        to_tag = f";tag={dialog.remote_tag}" if dialog.remote_tag else ""
        headers = [
            f"{method} {ruri} SIP/2.0",
            f"Via: SIP/2.0/{self.transport.upper()} {LOOPBACK}:{self.connection.local_port}"
            f";branch={branch};rport",
            *(f"Route: {uri}" for uri in dialog.route_set),
            "Max-Forwards: 70",
            f"From: <{dialog.local_uri}>;tag={dialog.local_tag}",
            f"To: <{dialog.remote_uri}>{to_tag}",
            f"Call-ID: {dialog.call_id}",
            f"CSeq: {cseq} {method}",
            *extra,
        ]
        if method in ("INVITE", "SUBSCRIBE", "REFER"):
            headers.append(f"Contact: <{self.contact}>")
        self._send(headers, body)
        return branch

    def _send(self, headers: Sequence[str], body: str = "") -> None:
        data = body.encode()
        if data and not any(h.lower().startswith("content-type:") for h in headers):
            headers = [*headers, "Content-Type: text/plain"]
        text = "\r\n".join([*headers, f"Content-Length: {len(data)}", "", ""])
        self.connection.send(text.encode() + data)

    def _final_response(self, branch: str, timeout: float = 10.0) -> SipMessage:
        deadline = time.monotonic() + timeout
        while True:
            message = self.connection.receive(max(0.1, deadline - time.monotonic()))
            status = message.status
            if status is not None and status >= 200 and branch in message.get("via"):
                return message

    def _ack_negative(self, ruri: str, response: SipMessage, cseq: int) -> None:
        """The ACK of a non-2xx final answer to an INVITE: same branch, hop by hop."""
        self._send(
            [
                f"ACK {ruri} SIP/2.0",
                response.get("via"),
                "Max-Forwards: 70",
                f"From: {response.get('from')}",
                f"To: {response.get('to')}",
                f"Call-ID: {response.get('call-id')}",
                f"CSeq: {cseq} ACK",
            ]
        )

    # dialogs and answers

    def dialog_from_response(self, response: SipMessage) -> Dialog:
        """The caller's view of the dialog a 2xx created (route set = reversed Record-Route)."""
        return Dialog(
            call_id=response.get("call-id"),
            local_uri=self.aor,
            local_tag=_tag_of(response.get("from")),
            remote_uri=_uri_in(response.get("to")),
            remote_tag=_tag_of(response.get("to")),
            remote_target=_uri_in(response.get("contact")),
            route_set=list(reversed(_route_uris(response.all("record-route")))),
            cseq=int(response.get("cseq").split()[0]) + 1,
        )

    def ack(self, dialog: Dialog, invite_cseq: int) -> None:
        """The ACK of a 2xx: a request of its own, routed by the dialog's route set."""
        self._send_request("ACK", dialog.remote_target, dialog, invite_cseq)

    def next_request(self, timeout: float = 5.0) -> SipMessage:
        while True:
            message = self.connection.receive(timeout)
            if message.method is not None:
                return message

    def answer(self, request: SipMessage, status: int, reason: str, to_tag: str = "") -> None:
        to_header = request.get("to")
        if to_tag and ";tag=" not in to_header:
            to_header += f";tag={to_tag}"
        headers = [f"SIP/2.0 {status} {reason}"]
        headers += [f"Via: {via}" for via in request.all("via")]
        if request.method in ("INVITE", "SUBSCRIBE", "REFER"):
            headers += [f"Record-Route: {rr}" for rr in request.all("record-route")]
        headers += [
            f"From: {request.get('from')}",
            f"To: {to_header}",
            f"Call-ID: {request.get('call-id')}",
            f"CSeq: {request.get('cseq')}",
        ]
        if request.method == "INVITE":
            headers.append(f"Contact: <{self.contact}>")
        self._send(headers)

    def dialog_from_request(self, request: SipMessage, local_tag: str) -> Dialog:
        """The callee's view of the dialog (route set = Record-Route in order)."""
        return Dialog(
            call_id=request.get("call-id"),
            local_uri=self.aor,
            local_tag=local_tag,
            remote_uri=_uri_in(request.get("from")),
            remote_tag=_tag_of(request.get("from")),
            remote_target=_uri_in(request.get("contact")),
            route_set=_route_uris(request.all("record-route")),
            cseq=1,
        )


@pytest.fixture
def user_agents(kamailio: Kamailio) -> Iterator[list[MiniUA]]:
    """MiniUA instances made by the test, closed at teardown."""
    made: list[MiniUA] = []
    yield made
    for ua in made:
        ua.close()


def _ua(made: list[MiniUA], server: Kamailio, transport: str, username: str) -> MiniUA:
    ua = MiniUA(server, transport, username, server.users[username])
    made.append(ua)
    return ua


# --- tests -----------------------------------------------------------------------------


def test_kamailio_answers_options(kamailio: Kamailio) -> None:
    assert sip_options_ping(kamailio.host, kamailio.udp_port, wait=1.0)
    assert kamailio.uri("tcp") == f"sip:127.0.0.1:{kamailio.tcp_port};transport=tcp"
    assert kamailio.ca_cert.read_text().startswith("-----BEGIN CERTIFICATE-----")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_register_with_digest(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
    transport: str,
) -> None:
    alice = _ua(user_agents, kamailio, transport, "alice")
    assert alice.register().status == 200
    contacts = kamailio.registered_contacts("alice")
    assert len(contacts) == 1
    assert f":{alice.connection.local_port}" in contacts[0]

    number = _ua(user_agents, kamailio, transport, "+8613800138000")
    assert number.register().status == 200
    assert kamailio.registered_contacts("+8613800138000")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_register_with_wrong_password_is_refused(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
    transport: str,
) -> None:
    mallory = _ua(user_agents, kamailio, transport, "alice")
    mallory.password = "not-the-password"
    assert mallory.register().status in (401, 403)
    assert kamailio.registered_contacts("alice") == []


def test_register_without_credentials_is_challenged(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    alice = _ua(user_agents, kamailio, "udp", "alice")
    response = alice.request(
        "REGISTER",
        f"sip:{kamailio.domain}",
        to_uri=alice.aor,
        extra=[f"Contact: <{alice.contact}>"],
        authenticate=False,
    )
    assert response.status == 401
    assert f'realm="{kamailio.realm}"' in response.get("www-authenticate")


def test_tls_certificate_is_verified_against_the_test_ca(kamailio: Kamailio) -> None:
    context = ssl.create_default_context()  # system CAs only: the test CA is unknown
    address = (kamailio.host, kamailio.tls_port)
    refused = pytest.raises(ssl.SSLCertVerificationError)
    with socket.create_connection(address, timeout=5) as raw, refused:
        context.wrap_socket(raw, server_hostname=kamailio.host)


@pytest.mark.parametrize(
    ("caller_transport", "callee_transport"),
    [("udp", "tls"), ("udp", "tcp"), ("tcp", "udp")],
)
def test_message_is_relayed_to_the_registered_contact(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
    caller_transport: str,
    callee_transport: str,
) -> None:
    bob = _ua(user_agents, kamailio, callee_transport, "bob")
    assert bob.register().status == 200
    alice = _ua(user_agents, kamailio, caller_transport, "alice")

    with ThreadPoolExecutor(max_workers=1) as pool:
        received: Future[SipMessage] = pool.submit(_receive_and_answer, bob, 200, "OK")
        response = alice.request("MESSAGE", bob.aor, body="hello bob")
        message = received.result(timeout=10)

    assert response.status == 200
    assert message.method == "MESSAGE"
    assert message.body == b"hello bob"
    assert "proxy-authorization" not in dict(message.headers)


def _receive_and_answer(ua: MiniUA, status: int, reason: str) -> SipMessage:
    request = ua.next_request()
    ua.answer(request, status, reason, to_tag=_new_id())
    return request


def test_message_needs_proxy_authentication(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    alice = _ua(user_agents, kamailio, "udp", "alice")
    response = alice.request("MESSAGE", kamailio.aor("bob"), body="hi", authenticate=False)
    assert response.status == 407


@pytest.mark.parametrize(("callee", "status"), [("carol", 202), ("dave", 404)])
def test_message_to_offline_or_unknown_user_is_answered_at_once(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
    callee: str,
    status: int,
) -> None:
    alice = _ua(user_agents, kamailio, "udp", "alice")
    started = time.monotonic()
    response = alice.request("MESSAGE", kamailio.aor(callee), body="anyone?")
    assert response.status == status
    assert time.monotonic() - started < 2.0  # not after tm's 8 s fr_timer


def test_call_dialog_goes_through_the_proxy_without_challenges(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    """INVITE (authenticated) UDP -> TLS, then ACK and a BYE from the callee, unchallenged."""
    bob = _ua(user_agents, kamailio, "tls", "bob")
    assert bob.register().status == 200
    alice = _ua(user_agents, kamailio, "udp", "alice")

    bob_tag = _new_id()
    with ThreadPoolExecutor(max_workers=1) as pool:
        invited = pool.submit(_receive_and_answer_invite, bob, bob_tag)
        ok = alice.request("INVITE", bob.aor)
        invite = invited.result(timeout=10)
    assert ok.status == 200
    assert invite.all("record-route"), "the proxy must record-route the INVITE"

    caller_dialog = alice.dialog_from_response(ok)
    alice.ack(caller_dialog, invite_cseq=caller_dialog.cseq - 1)
    assert bob.next_request().method == "ACK"

    callee_dialog = bob.dialog_from_request(invite, bob_tag)
    with ThreadPoolExecutor(max_workers=1) as pool:
        byed = pool.submit(_receive_and_answer, alice, 200, "OK")
        bye_response = bob.request(
            "BYE", callee_dialog.remote_target, dialog=callee_dialog, authenticate=False
        )
        assert byed.result(timeout=10).method == "BYE"
    assert bye_response.status == 200


def test_offline_messages_are_kept_and_reach_the_user_when_they_register(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    alice = _ua(user_agents, kamailio, "udp", "alice")
    bodies = [f"offline {n}" for n in range(3)]
    # msilo alone would deliver CPIM as text/plain and drop the charset
    content_types = ["text/plain", "message/cpim", "text/plain;charset=GB2312"]
    for body, content_type in zip(bodies, content_types, strict=True):
        extra = [f"Content-Type: {content_type}"]
        response = alice.request("MESSAGE", kamailio.aor("carol"), body=body, extra=extra)
        assert response.status == 202
    typing = alice.request(
        "MESSAGE",
        kamailio.aor("carol"),
        body="<isComposing/>",
        extra=["Content-Type: application/im-iscomposing+xml"],
    )
    assert typing.status == 480  # a stale typing notice is not worth keeping
    assert [body for _, body in kamailio.stored_messages("carol")] == bodies

    carol = _ua(user_agents, kamailio, "udp", "carol")
    assert carol.register().status == 200  # answered before the stored messages leave
    messages = [_receive_and_answer(carol, 200, "OK") for _ in bodies]
    arrived = sorted((m.body.decode(), m.get("content-type")) for m in messages)
    assert arrived == list(zip(bodies, content_types, strict=True))
    for message in messages:
        assert not message.all("x-stored-content-type")
        assert message.method == "MESSAGE"
        assert _uri_in(message.get("from")) == kamailio.aor("alice")
        assert message.get("date")  # when the server stored it
    # Answered 200: a later registration does not send them again.
    assert carol.register().status == 200
    with pytest.raises(TimeoutError):
        carol.next_request(timeout=1.0)


def test_a_message_no_registered_phone_answers_is_kept_after_the_proxy_timeout(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    """Bob's phone vanished without un-REGISTERing: after tm's 8 s, 202 and kept."""
    bob = _ua(user_agents, kamailio, "udp", "bob")
    assert bob.register().status == 200
    alice = _ua(user_agents, kamailio, "udp", "alice")
    started = time.monotonic()
    response = alice.request("MESSAGE", bob.aor, body="where are you?")
    waited = time.monotonic() - started
    assert response.status == 202
    assert [body for _, body in kamailio.stored_messages("bob")] == ["where are you?"]
    print(f"\n202 for a silent phone after {waited:.1f} s")


def test_a_phone_registered_before_a_restart_is_still_reached(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    bob = _ua(user_agents, kamailio, "udp", "bob")
    assert bob.register().status == 200
    kamailio.restart()
    assert kamailio.registered_contacts("bob") == [bob.contact]
    alice = _ua(user_agents, kamailio, "udp", "alice")
    with ThreadPoolExecutor(max_workers=1) as pool:
        received = pool.submit(_receive_and_answer, bob, 200, "OK")
        response = alice.request("MESSAGE", bob.aor, body="still there?")
        assert received.result(timeout=10).body == b"still there?"
    assert response.status == 200


def test_simultaneous_registers_are_all_accepted(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    """Phones that register at the same moment (one app's several accounts, an office
    after a power cut) are all accepted: SQLite's lock must not turn into 500s."""
    phones = [
        _ua(user_agents, kamailio, "udp", username) for username in DEFAULT_USERS for _ in range(3)
    ]
    statuses: list[int | None] = []
    with ThreadPoolExecutor(max_workers=len(phones)) as pool:
        for _ in range(5):
            start = threading.Barrier(len(phones))

            def register(phone: MiniUA, start: threading.Barrier = start) -> int | None:
                start.wait(timeout=5)
                return phone.register().status

            statuses += pool.map(register, phones)
    assert statuses == [200] * len(statuses)
    for username in DEFAULT_USERS:
        assert len(kamailio.registered_contacts(username)) == 3


def test_simultaneous_messages_for_an_offline_phone_are_all_kept(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    """A family writing to someone offline at the same moment: every message is stored."""
    senders = [
        _ua(user_agents, kamailio, "udp", username)
        for username in DEFAULT_USERS
        if username != "carol"
        for _ in range(4)
    ]
    carol = f"sip:carol@{kamailio.domain}"
    statuses: list[int | None] = []
    with ThreadPoolExecutor(max_workers=len(senders)) as pool:
        for round_ in range(3):
            start = threading.Barrier(len(senders))

            def send(
                pair: tuple[int, MiniUA], start: threading.Barrier = start, round_: int = round_
            ) -> int | None:
                start.wait(timeout=5)
                index, sender = pair
                return sender.request("MESSAGE", carol, body=f"{round_}-{index}").status

            statuses += pool.map(send, enumerate(senders))
    assert statuses == [202] * len(statuses)
    assert len(kamailio.stored_messages("carol")) == len(statuses)


def _receive_and_answer_invite(ua: MiniUA, to_tag: str) -> SipMessage:
    request = ua.next_request()
    assert request.method == "INVITE"
    ua.answer(request, 200, "OK", to_tag=to_tag)
    return request


def test_restart_keeps_ports_users_and_registrations(
    kamailio: Kamailio,
    user_agents: list[MiniUA],
) -> None:
    ports = (kamailio.udp_port, kamailio.tcp_port, kamailio.tls_port)
    assert _ua(user_agents, kamailio, "udp", "alice").register().status == 200
    assert kamailio.registered_contacts("alice")

    started = time.monotonic()
    kamailio.restart()
    print(f"\nkamailio restart: {time.monotonic() - started:.2f} s")

    assert (kamailio.udp_port, kamailio.tcp_port, kamailio.tls_port) == ports
    assert len(kamailio.registered_contacts("alice")) == 1
    assert _ua(user_agents, kamailio, "tls", "alice").register().status == 200


def test_start_time_and_users(tmp_path: Path) -> None:
    server = Kamailio(tmp_path / "kamailio", {"erin": "pa:ss\\word"})
    server.add_user("+447700900123", "secret-uk")
    started = time.monotonic()
    server.start()
    try:
        print(f"\nkamailio start (with certificates): {time.monotonic() - started:.2f} s")
        with pytest.raises(RuntimeError):
            server.add_user("frank", "too-late")
        ua = MiniUA(server, "tcp", "erin", "pa:ss\\word")
        try:
            assert ua.register().status == 200
        finally:
            ua.close()
    finally:
        server.stop()
    assert not server.is_running()
    assert DEFAULT_USERS["+8613800138000"] == "secret-cn"
