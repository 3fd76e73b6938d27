"""A stranger's SIP endpoint on 127.0.0.2: sends MESSAGEs, challenges what it receives.

It plays the attacker of issue #13: someone on another domain who knows the number. It
sends requests through the proxy, answers every request that reaches it with a digest
challenge (401) in a realm of its choosing, and records everything it receives, so a
test can see whether the app ever sent it an `Authorization` header.

UDP only, one thread, bounded: it stops when asked and reads with a short timeout.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

STRANGER_HOST = "127.0.0.2"
# The stranger's domain is its host: requests to it go to SIP's default port (pjsua
# drops the port of a From URI, so replies are addressed to the domain).
STRANGER_PORT = 5060


@dataclass(frozen=True)
class Received:
    """One SIP request or response as it arrived."""

    text: str

    @property
    def first_line(self) -> str:
        return self.text.split("\r\n", 1)[0]

    @property
    def method(self) -> str:
        line = self.first_line
        return "" if line.startswith("SIP/2.0") else line.split(" ", 1)[0]

    def header(self, name: str) -> str | None:
        head = self.text.split("\r\n\r\n", 1)[0]
        for line in head.split("\r\n")[1:]:
            key, _, value = line.partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None

    @property
    def body(self) -> str:
        return self.text.split("\r\n\r\n", 1)[1] if "\r\n\r\n" in self.text else ""


class SipStranger:
    """`challenge_realm`: the realm of the 401 it answers unauthenticated requests with
    (None: it answers 200 at once). A request that carries credentials gets 200."""

    def __init__(self, user: str = "mallory", challenge_realm: str | None = None) -> None:
        self.user = user
        self.challenge_realm = challenge_realm
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind((STRANGER_HOST, STRANGER_PORT))
        self._socket.settimeout(0.05)
        self.port: int = self._socket.getsockname()[1]
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="sip-stranger", daemon=True)

    @property
    def uri(self) -> str:
        return f"sip:{self.user}@{STRANGER_HOST}"

    def start(self) -> SipStranger:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._socket.close()

    def requests(self, method: str | None = None) -> list[Received]:
        with self._lock:
            found = [r for r in self.received if r.method]
        return [r for r in found if method is None or r.method == method]

    def responses(self) -> list[Received]:
        with self._lock:
            return [r for r in self.received if not r.method]

    def credentials_seen(self) -> list[str]:
        """Every Authorization / Proxy-Authorization header the stranger received."""
        found = []
        for request in self.requests():
            for name in ("Authorization", "Proxy-Authorization"):
                value = request.header(name)
                if value:
                    found.append(value)
        return found

    def wait_for(self, found: Callable[[], bool], timeout: float, pump: Callable[[], None]) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if found():
                return True
            pump()
        return found()

    def send_message(
        self,
        proxy: tuple[str, int],
        to_uri: str,
        body: str,
        content_type: str,
        display_name: str = "",
    ) -> None:
        """A MESSAGE to `to_uri`, sent to the proxy at `proxy` (host, port).

        `display_name` goes into From as a quoted string, as given (escape it yourself)."""
        name = f'"{display_name}" ' if display_name else ""
        tag, branch = uuid.uuid4().hex[:10], uuid.uuid4().hex[:16]
        encoded = body.encode()
        request = (
            f"MESSAGE {to_uri} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {STRANGER_HOST}:{self.port};branch=z9hG4bK{branch};rport\r\n"
            "Max-Forwards: 70\r\n"
            f"From: {name}<{self.uri}>;tag={tag}\r\n"
            f"To: <{to_uri}>\r\n"
            f"Call-ID: {uuid.uuid4().hex}@{STRANGER_HOST}\r\n"
            "CSeq: 1 MESSAGE\r\n"
            f"Content-Type: {content_type}\r\n"
            f"Content-Length: {len(encoded)}\r\n\r\n"
        ).encode() + encoded
        self._socket.sendto(request, proxy)

    def send_invite(self, proxy: tuple[str, int], to_uri: str, from_uri: str, contact: str) -> str:
        """An INVITE offering PCMU, with the From and Contact given as they are (a
        stranger writes what it likes there). Returns its Call-ID."""
        tag, branch = uuid.uuid4().hex[:10], uuid.uuid4().hex[:16]
        call_id = f"{uuid.uuid4().hex}@{STRANGER_HOST}"
        sdp = (
            "v=0\r\n"
            f"o=- 1 1 IN IP4 {STRANGER_HOST}\r\n"
            "s=-\r\n"
            f"c=IN IP4 {STRANGER_HOST}\r\n"
            "t=0 0\r\n"
            "m=audio 40000 RTP/AVP 0\r\n"
            "a=rtpmap:0 PCMU/8000\r\n"
        ).encode()
        request = (
            f"INVITE {to_uri} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {STRANGER_HOST}:{self.port};branch=z9hG4bK{branch};rport\r\n"
            "Max-Forwards: 70\r\n"
            f"From: <{from_uri}>;tag={tag}\r\n"
            f"To: <{to_uri}>\r\n"
            f"Call-ID: {call_id}\r\n"
            "CSeq: 1 INVITE\r\n"
            f"Contact: <{contact}>\r\n"
            "Content-Type: application/sdp\r\n"
            f"Content-Length: {len(sdp)}\r\n\r\n"
        ).encode() + sdp
        self._socket.sendto(request, proxy)
        return call_id

    def final_response(self, call_id: str) -> Received | None:
        """The first final (>= 200) response to the request with `call_id`, if any came."""
        for response in self.responses():
            code = response.first_line.split(" ", 2)[1]
            if response.header("Call-ID") == call_id and code.isdigit() and int(code) >= 200:
                return response
        return None

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, source = self._socket.recvfrom(65535)
            except TimeoutError:
                continue
            except OSError:
                return
            message = Received(data.decode("utf-8", "replace"))
            with self._lock:
                self.received.append(message)
            if message.method and message.method != "ACK":
                self._socket.sendto(self._answer(message).encode(), source)

    def _answer(self, request: Received) -> str:
        authorised = request.header("Authorization") or request.header("Proxy-Authorization")
        if self.challenge_realm is not None and not authorised:
            status = "401 Unauthorized"
            extra = (
                f'WWW-Authenticate: Digest realm="{self.challenge_realm}",'
                f' nonce="{uuid.uuid4().hex}", qop="auth", algorithm=MD5\r\n'
            )
        else:
            status, extra = "200 OK", ""
        head = request.text.split("\r\n\r\n", 1)[0].split("\r\n")[1:]
        copied = [
            line
            for line in head
            if line.split(":", 1)[0].strip().lower() in ("via", "v", "from", "f", "call-id", "i")
            or line.split(":", 1)[0].strip().lower() in ("cseq",)
        ]
        to = request.header("To") or ""
        if ";tag=" not in to:
            to += f";tag={uuid.uuid4().hex[:10]}"
        return (
            f"SIP/2.0 {status}\r\n"
            + "".join(f"{line}\r\n" for line in copied)
            + f"To: {to}\r\n"
            + extra
            + "Content-Length: 0\r\n\r\n"
        )
