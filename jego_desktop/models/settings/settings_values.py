"""The app's settings in `settings.ini`: their keys, defaults, types and checks.

One place that names every key the settings view writes and `app.py` reads, so the two
cannot drift apart. Values that arrive as text are checked here, not in the widgets.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from jego_desktop.domain.accounts import SrtpMode
from jego_desktop.domain.calls import DtmfMethod
from jego_desktop.domain.download_limits import DownloadLimits
from jego_desktop.domain.nat import DEFAULT_KEEPALIVE_S, NatTraversal, TurnTransport, server_error

translate = QCoreApplication.translate

AUDIO_INPUT = "audio/input"
AUDIO_OUTPUT = "audio/output"
AUDIO_RINGER = "audio/ringer"
ECHO_CANCELLATION = "audio/echo_cancellation"
NOISE_SUPPRESSION = "audio/noise_suppression"
RINGTONE_ENABLED = "audio/ringtone_enabled"
RINGTONE_VOLUME = "audio/ringtone_volume"
CODEC_ORDER = "calls/codec_order"
DTMF_METHOD = "calls/dtmf_method"
CALL_LINKS_AT_ONCE = "links/call_at_once"
HOME_REGION = "dialing/home_region"
BIND_ADDRESS = "network/bind_address"
SRTP_DEFAULT = "network/srtp_default"
TLS_CA_FILE = "network/tls_ca_file"
TLS_VERIFY = "network/tls_verify"
STUN_SERVER = "network/stun_server"  # "host[:port]"; "" for none
ICE_ENABLED = "network/ice"
TURN_SERVER = "network/turn_server"  # "host[:port]"; "" for none
TURN_TRANSPORT = "network/turn_transport"  # "udp", "tcp" or "tls"
TURN_USER = "network/turn_user"  # its password is in the keyring (models/settings/turn_password.py)
KEEPALIVE_S = "network/keepalive_s"  # SIP keep-alive interval over UDP; 0: none
REWRITE_ADDRESSES = "network/rewrite_addresses"  # Contact/Via/SDP follow the public address
# The operator's defaults for the same, written by a packager or provisioning under
# [operator]: used while the user has not chosen a value of their own (network/...), so
# nobody types them. Never a password: the TURN password lives in the keyring only.
OPERATOR_DEFAULTS = {
    STUN_SERVER: "operator/stun_server",
    ICE_ENABLED: "operator/ice",
    TURN_SERVER: "operator/turn_server",
    TURN_TRANSPORT: "operator/turn_transport",
    TURN_USER: "operator/turn_user",
    KEEPALIVE_S: "operator/keepalive_s",
}
FILES_SERVER_URL = "files/server_url"
FILES_AUTO_DOWNLOAD_MB = "files/auto_download_mb"
FILES_VOICE_FORMAT = "files/voice_format"  # "ogg" (standard) or "matroska" (Linphone plays it)
FILES_RECEIVED_QUOTA_MB = "files/received_quota_mb"
FILES_SENDER_FILES_PER_HOUR = "files/sender_files_per_hour"
FILES_SENDER_MB_PER_DAY = "files/sender_mb_per_day"
# Tests only: the file server may be plain http on a loopback address and still get the
# account's credentials. Never shown in the settings view.
FILES_PLAIN_HTTP_LOOPBACK = "files/plain_http_loopback"
LANGUAGE = "ui/language"
START_HIDDEN = "ui/start_hidden"
TRAY_HINT_SHOWN = "ui/tray_hint_shown"  # the one-time "still running in the tray" note
MY_STATUS = "presence/my_status"
WINDOW_GEOMETRY = "window/geometry"
CHATS_SPLITTER = "window/chats_splitter"

DEFAULT_AUTO_DOWNLOAD_MB = 10
MAX_AUTO_DOWNLOAD_MB = 2048
DEFAULT_RECEIVED_QUOTA_MB = 2048
DEFAULT_SENDER_FILES_PER_HOUR = 30
DEFAULT_SENDER_MB_PER_DAY = 200
MB = 1024 * 1024


@dataclass(frozen=True)
class AudioPreferences:
    """The sound settings the bridge and the ringer follow ("" = the system default)."""

    input_device: str = ""
    output_device: str = ""
    ringer_device: str = ""
    echo_cancellation: bool = True
    noise_suppression: bool = True
    ringtone_enabled: bool = True
    ringtone_volume: int = 80  # percent

    @property
    def ringtone_gain(self) -> float:
        return self.ringtone_volume / 100 if self.ringtone_enabled else 0.0


class AppSettings:
    """Typed access to one profile's QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    def _text(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(self._source(key), default)
        return default if value is None else str(value)

    def _source(self, key: str) -> str:
        """`key`, or the operator's default for it while the user has set none."""
        operator = OPERATOR_DEFAULTS.get(key)
        if operator and not self.qsettings.contains(key) and self.qsettings.contains(operator):
            return operator
        return key

    def _flag(self, key: str, default: bool) -> bool:
        return bool(self.qsettings.value(self._source(key), default, bool))

    def _number(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self.qsettings.value(self._source(key), default)))
        except ValueError:
            return default
        return min(high, max(low, value))

    def set(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)
        self.qsettings.sync()

    # ----- sound --------------------------------------------------------------------------

    def audio(self) -> AudioPreferences:
        return AudioPreferences(
            input_device=self._text(AUDIO_INPUT),
            output_device=self._text(AUDIO_OUTPUT),
            ringer_device=self._text(AUDIO_RINGER),
            echo_cancellation=self._flag(ECHO_CANCELLATION, True),
            noise_suppression=self._flag(NOISE_SUPPRESSION, True),
            ringtone_enabled=self._flag(RINGTONE_ENABLED, True),
            ringtone_volume=self._number(RINGTONE_VOLUME, 80, 0, 100),
        )

    def set_audio(self, audio: AudioPreferences) -> None:
        for key, value in (
            (AUDIO_INPUT, audio.input_device),
            (AUDIO_OUTPUT, audio.output_device),
            (AUDIO_RINGER, audio.ringer_device),
            (ECHO_CANCELLATION, audio.echo_cancellation),
            (NOISE_SUPPRESSION, audio.noise_suppression),
            (RINGTONE_ENABLED, audio.ringtone_enabled),
            (RINGTONE_VOLUME, audio.ringtone_volume),
        ):
            self.qsettings.setValue(key, value)
        self.qsettings.sync()

    # ----- calls --------------------------------------------------------------------------

    def codec_order(self) -> list[str]:
        text = self._text(CODEC_ORDER)
        return [part for part in (p.strip() for p in text.split(",")) if part]

    def set_codec_order(self, order: list[str]) -> None:
        self.set(CODEC_ORDER, ",".join(order))

    def dtmf_method(self) -> DtmfMethod:
        try:
            return DtmfMethod(self._text(DTMF_METHOD, DtmfMethod.RFC4733.value))
        except ValueError:
            return DtmfMethod.RFC4733

    def call_links_at_once(self) -> bool:
        return self._flag(CALL_LINKS_AT_ONCE, False)

    def home_region(self) -> str:
        return self._text(HOME_REGION).upper()

    # ----- network and security -------------------------------------------------------

    def bind_address(self) -> str:
        return self._text(BIND_ADDRESS)

    def srtp_default(self) -> SrtpMode:
        """For new accounts only: encrypted when the other side can, unless chosen otherwise."""
        try:
            return SrtpMode(self._text(SRTP_DEFAULT, SrtpMode.OPTIONAL.value))
        except ValueError:
            return SrtpMode.OPTIONAL

    def tls_ca_file(self) -> str:
        return self._text(TLS_CA_FILE)

    def tls_verify(self) -> bool:
        return self._flag(TLS_VERIFY, True)

    def nat_traversal(self, turn_password: str = "") -> NatTraversal:
        """STUN, ICE, TURN and keep-alives; a server that does not parse counts as none."""
        stun, turn = self._text(STUN_SERVER).strip(), self._text(TURN_SERVER).strip()
        try:
            transport = TurnTransport(self._text(TURN_TRANSPORT, TurnTransport.UDP.value))
        except ValueError:
            transport = TurnTransport.UDP
        return NatTraversal(
            stun_server="" if server_error(stun) else stun,
            ice=self._flag(ICE_ENABLED, True),
            turn_server="" if server_error(turn) else turn,
            turn_transport=transport,
            turn_user=self._text(TURN_USER).strip(),
            turn_password=turn_password,
            keepalive_s=self._number(KEEPALIVE_S, DEFAULT_KEEPALIVE_S, 0, 3600),
            rewrite_addresses=self._flag(REWRITE_ADDRESSES, True),
        )

    def keep_nat_changes(self, shown: NatTraversal, chosen: NatTraversal) -> None:
        """Save what the user changed from `shown` (the values a form was filled with);
        what they left alone keeps following the operator's defaults."""
        values = {
            STUN_SERVER: (shown.stun_server, chosen.stun_server),
            ICE_ENABLED: (shown.ice, chosen.ice),
            TURN_SERVER: (shown.turn_server, chosen.turn_server),
            TURN_TRANSPORT: (shown.turn_transport.value, chosen.turn_transport.value),
            TURN_USER: (shown.turn_user, chosen.turn_user),
            KEEPALIVE_S: (shown.keepalive_s, chosen.keepalive_s),
        }
        for key, (before, after) in values.items():
            if before != after:
                self.set(key, after)

    # ----- files ----------------------------------------------------------------------

    def files_server_url(self) -> str:
        return self._text(FILES_SERVER_URL)

    def voice_format(self) -> str:
        value = self._text(FILES_VOICE_FORMAT, "ogg").strip().lower()
        return value if value in ("ogg", "matroska") else "ogg"

    def auto_download_mb(self) -> int:
        return self._number(
            FILES_AUTO_DOWNLOAD_MB, DEFAULT_AUTO_DOWNLOAD_MB, 0, MAX_AUTO_DOWNLOAD_MB
        )

    def download_limits(self) -> DownloadLimits:
        """What is fetched without a click; see `domain.download_limits`."""
        return DownloadLimits(
            auto_bytes=self.auto_download_mb() * MB,
            sender_files_per_hour=self._number(
                FILES_SENDER_FILES_PER_HOUR, DEFAULT_SENDER_FILES_PER_HOUR, 0, 10_000
            ),
            sender_bytes_per_day=self._number(
                FILES_SENDER_MB_PER_DAY, DEFAULT_SENDER_MB_PER_DAY, 0, 1_000_000
            )
            * MB,
            quota_bytes=self._number(
                FILES_RECEIVED_QUOTA_MB, DEFAULT_RECEIVED_QUOTA_MB, 0, 10_000_000
            )
            * MB,
        )

    def plain_http_loopback(self) -> bool:
        return self._flag(FILES_PLAIN_HTTP_LOOPBACK, False)

    # ----- language and start-up --------------------------------------------------------

    def language(self) -> str:
        return self._text(LANGUAGE)

    def start_hidden(self) -> bool:
        return self._flag(START_HIDDEN, False)

    def tray_hint_shown(self) -> bool:
        return self._flag(TRAY_HINT_SHOWN, False)

    def set_tray_hint_shown(self) -> None:
        self.qsettings.setValue(TRAY_HINT_SHOWN, True)

    # ----- my status and the window's own state ----------------------------------------

    def my_status(self) -> str:
        """As saved ("" when none); models/window/my_status.py parses it."""
        return self._text(MY_STATUS)

    def set_my_status(self, value: str) -> None:
        self.qsettings.setValue(MY_STATUS, value)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The main window's saved geometry and chats splitter (None: never saved)."""
        saved = []
        for key in (WINDOW_GEOMETRY, CHATS_SPLITTER):
            value = self.qsettings.value(key)
            saved.append(value if isinstance(value, QByteArray) and not value.isEmpty() else None)
        return saved[0], saved[1]

    def set_window_state(self, geometry: QByteArray, splitter: QByteArray) -> None:
        self.qsettings.setValue(WINDOW_GEOMETRY, geometry)
        self.qsettings.setValue(CHATS_SPLITTER, splitter)


def server_url_error(text: str) -> str:
    """'' when `text` is empty (no file server) or an http(s) URL with a host, else why not."""
    url = text.strip()
    if not url:
        return ""
    if any(c.isspace() for c in url):
        return translate("AppSettings", "An address cannot contain spaces.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return translate("AppSettings", "This address is not valid.")
    if parts.scheme not in ("http", "https"):
        return translate("AppSettings", "The address must start with https:// or http://.")
    if not parts.hostname:
        return translate("AppSettings", "The address has no server name.")
    return ""


def bind_address_error(text: str) -> str:
    """'' for empty (every interface) or an IPv4/IPv6 address of this computer's form."""
    address = text.strip()
    if not address:
        return ""
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return translate("AppSettings", "Type an IP address such as 192.168.1.20, or leave empty.")
    return ""


def nat_server_error(text: str) -> str:
    """'' for empty (no server) or "host[:port]", else why not."""
    problem = server_error(text)
    if problem == "not a port":
        return translate("AppSettings", "The port must be a number from 1 to 65535.")
    if problem:
        return translate("AppSettings", "Type a server name such as stun.example.org:3478.")
    return ""


def ca_file_error(text: str) -> str:
    path = text.strip()
    if not path:
        return ""
    if not Path(path).is_file():
        return translate("AppSettings", "This file does not exist.")
    return ""
