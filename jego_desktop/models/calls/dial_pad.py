"""The dial pad's logic: sanitising, as-you-type formatting, validation, redial."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QObject, Signal

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.addresses import InvalidTargetError, is_user_name, to_sip_uri

DIAL_KEYS = "0123456789*#+"
_SEPARATORS = re.compile(r"[\s\-.()/\u00a0\u2011\u2012\u2013\u2014\u2212]")
_NUMBER_LIKE = re.compile(r"^\+?[0-9*#]*$")


def default_home_region() -> str:
    """The country of the system's locale ("FR" for fr_FR), or "" when it has none."""
    _, _, territory = QLocale.system().name().partition("_")
    return territory.upper() if len(territory) == 2 else ""


def is_address(text: str) -> bool:
    """A SIP address rather than a number or a name: 'sip:…' or 'user@host'."""
    return text.lower().startswith(("sip:", "sips:")) or "@" in text


def sanitise(raw: str) -> str:
    """What a pasted or typed text means to dial: '+33 (0)6-12.34' -> '+33612 34'.

    Numbers keep only dial keys (a leading '+', digits, '*' and '#'); 'tel:' links
    lose their scheme and parameters; SIP addresses are kept, trimmed.
    """
    text = raw.strip().replace("\n", "").replace("\r", "")
    if text.lower().startswith("tel:"):
        text = text[4:].split(";", 1)[0]
    if is_address(text):
        return text
    compact = _SEPARATORS.sub("", text.replace("(0)", ""))
    if not _NUMBER_LIKE.match(compact):
        # Letters or other signs: keep them, so the validation message can point at them.
        return text
    plus = "+" if compact.startswith("+") else ""
    return plus + compact.lstrip("+").replace("+", "")


def format_as_you_type(digits: str, home_region: str) -> str:
    """'+442079460000' -> '+44 20 7946 0000' (or the digits when no format applies)."""
    import phonenumbers  # ~16 ms: imported at the first digit typed, not at start

    formatter = phonenumbers.AsYouTypeFormatter(home_region.upper() or "ZZ")
    shown = digits
    for char in digits:
        shown = formatter.input_digit(char)
    # The formatter gives up on some inputs; then the digits are shown as typed.
    return shown if _SEPARATORS.sub("", shown) == digits else digits


class DialPadModel(QObject):
    """What the dial pad shows and dials; no widgets.

    Signals:
        text_changed(str): the entry, formatted for display.
        message_changed(str): why the entry cannot be dialled, or "".
        call_requested(str, str): dial this SIP URI from this account key.
        video_call_requested(str, str): the same, with video once the peer answers.
        message_requested(str, str): open a chat with this SIP URI from this account.
        redial_changed(bool): whether there is a last dialled number.
        can_call_changed(bool): whether the entry, as it is, can be called.
        call_enabled_changed(bool): whether the call button does something: it calls
            the entry, or fills the empty entry with the last number.
    """

    text_changed = Signal(str)
    message_changed = Signal(str)
    call_requested = Signal(str, str)
    video_call_requested = Signal(str, str)
    message_requested = Signal(str, str)
    redial_changed = Signal(bool)
    can_call_changed = Signal(bool)
    call_enabled_changed = Signal(bool)

    def __init__(self, home_region: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home_region = home_region.upper()
        self._account_key = DIRECT_ACCOUNT_KEY
        self._domain: str | None = None
        self._text = ""
        self._message = ""
        self._last_dialled = ""
        self._can_call = False
        self._call_enabled = False

    # ----- settings -------------------------------------------------------------------

    @property
    def home_region(self) -> str:
        return self._home_region

    def set_home_region(self, region: str) -> None:
        self._home_region = region.upper()
        self.set_text(self._text)

    @property
    def account_key(self) -> str:
        """The account calls go out from (DIRECT_ACCOUNT_KEY when none is bound)."""
        return self._account_key

    def set_account(self, account_key: str, domain: str | None) -> None:
        """The account calls go out from; numbers need its domain (None: no account)."""
        self._account_key = account_key
        self._domain = domain
        self._set_message(self._live_problem(sanitise(self._text)))
        self._update_callable()

    # ----- the entry ------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def message(self) -> str:
        return self._message

    @property
    def last_dialled(self) -> str:
        return self._last_dialled

    def set_text(self, raw: str) -> str:
        """Take what the user typed or pasted; returns it as shown."""
        clean = sanitise(raw)
        shown = clean if not _NUMBER_LIKE.match(clean) else self._format(clean)
        if shown != self._text:
            self._text = shown
            self.text_changed.emit(shown)
        self._set_message(self._live_problem(clean))
        self._update_callable()
        return shown

    def press(self, key: str) -> None:
        """A dial pad key (0-9, *, #, +) at the end of the entry."""
        if key and key in DIAL_KEYS:
            self.set_text(self._text + key)

    def backspace(self) -> None:
        clean = sanitise(self._text)
        self.set_text(clean[:-1])

    def clear(self) -> None:
        self.set_text("")

    def dialable(self) -> str:
        """The entry without the formatting spaces."""
        return sanitise(self._text)

    @property
    def can_call(self) -> bool:
        """Whether the entry, as it is, has a SIP URI to call."""
        return self._can_call

    @property
    def call_enabled(self) -> bool:
        """Whether the call button does something (calls, or brings back the last number)."""
        return self._call_enabled

    def _update_callable(self) -> None:
        now = self.uri_for(self._text)[0] is not None
        if now != self._can_call:
            self._can_call = now
            self.can_call_changed.emit(now)
        enabled = now or (not sanitise(self._text) and bool(self._last_dialled))
        if enabled != self._call_enabled:
            self._call_enabled = enabled
            self.call_enabled_changed.emit(enabled)

    def _format(self, digits: str) -> str:
        if "*" in digits or "#" in digits:
            return digits
        return format_as_you_type(digits, self._home_region)

    def _live_problem(self, clean: str) -> str:
        """A message worth showing while the user is still typing.

        Whatever can never become callable by typing on says why at once (the call
        button is disabled then); a number still being typed is not blamed for being
        short.
        """
        if not clean or is_address(clean):
            return ""  # "bob@" is on its way to "bob@server"
        if not _NUMBER_LIKE.match(clean) or self._domain is None:
            return self.uri_for(clean)[1]
        import phonenumbers

        try:
            parsed = phonenumbers.parse(clean, self._home_region or None)
        except phonenumbers.NumberParseException as error:
            unknown = error.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE
            return self.tr("Unknown country code.") if unknown and len(clean) > 4 else ""
        reason = phonenumbers.is_possible_number_with_reason(parsed)
        if reason == phonenumbers.ValidationResult.INVALID_COUNTRY_CODE:
            return self.tr("Unknown country code.")
        if reason == phonenumbers.ValidationResult.TOO_LONG:
            return self.tr("Too many digits for a phone number.")
        return ""

    def _set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.message_changed.emit(message)

    # ----- actions --------------------------------------------------------------------

    def target_uri(self) -> str | None:
        """The SIP URI for the entry; sets the message and returns None when it has none."""
        uri, problem = self.uri_for(self._text)
        self._set_message(problem)
        return uri

    def uri_for(self, raw: str) -> tuple[str | None, str]:
        """(the SIP URI for `raw`, "") or (None, why it cannot be called)."""
        clean = sanitise(raw)
        try:
            return to_sip_uri(clean, self._domain, self._home_region), ""
        except InvalidTargetError:
            return None, self._explain(clean)

    def _explain(self, clean: str) -> str:
        if not clean:
            return self.tr("Type a number or a SIP address first.")
        if is_address(clean):
            return self.tr("This is not a valid SIP address.")
        if is_user_name(clean):
            return self.tr("Bind your number in Settings to call a name, or type name@server.")
        if not _NUMBER_LIKE.match(clean):
            return self.tr("Not a number or a name: type a number or name@server.")
        if self._domain is None:
            return self.tr("Bind your number in Settings to call phone numbers.")
        return self.tr("This is not a valid phone number.")

    def dial(self) -> bool:
        """Ask for a call to the entry (or, when it is empty, fill in the last number)."""
        if not sanitise(self._text) and self._last_dialled:
            self.set_text(self._last_dialled)
            return False
        uri = self.target_uri()
        if uri is None:
            return False
        self._remember(self._text)
        self.call_requested.emit(uri, self._account_key)
        return True

    def dial_video(self) -> bool:
        """Ask for a video call to the entry (video starts once the peer answers)."""
        uri = self.target_uri()
        if uri is None:
            return False
        self._remember(self._text)
        self.video_call_requested.emit(uri, self._account_key)
        return True

    def redial(self) -> bool:
        """Call the last dialled number again."""
        if not self._last_dialled:
            return False
        self.set_text(self._last_dialled)
        return self.dial()

    def write(self) -> bool:
        """Ask for a chat with the entry."""
        uri = self.target_uri()
        if uri is None:
            return False
        self.message_requested.emit(uri, self._account_key)
        return True

    def _remember(self, text: str) -> None:
        had = bool(self._last_dialled)
        self._last_dialled = text
        if not had:
            self.redial_changed.emit(True)
        self._update_callable()
