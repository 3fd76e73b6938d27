"""The reasons the layers below models/ write for people, in the user's language.

The engine, the media, the store and the domain know no Qt: they write plain English
through domain/reasons.py `reason(template, *details)`, and the English travels in
events and exceptions and is kept in the database (old rows too). Every template is
listed here, in the context of its area, for lupdate; `engine_text` finds the template an
English text was made from and translates it, keeping its details (%1, %2: a SIP reason
phrase, a device name, a library's error) as they came, except a detail that is itself
a reason (a damaged file inside "this Matroska file cannot be played: %1"), which is
translated too. Anything else (a bare "488 Not Acceptable Here") is shown as it is.
tests/unit/models/window/test_engine_texts.py collects every `reason(...)` of the code
and fails while one is missing here or untranslated.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _listed(*templates: object) -> tuple[str, ...]:
    return tuple(str(template) for template in templates)


# context -> the templates of that area (a fixed reason is a template without details)
REASONS: dict[str, tuple[str, ...]] = {
    # domain/sip_reasons.py registration_reason, engine/core.py, engine/registration_check.py
    "RegistrationReason": _listed(
        QT_TRANSLATE_NOOP("RegistrationReason", "registered"),
        QT_TRANSLATE_NOOP("RegistrationReason", "registering"),
        QT_TRANSLATE_NOOP("RegistrationReason", "removed"),
        QT_TRANSLATE_NOOP("RegistrationReason", "wrong user name or password"),
        QT_TRANSLATE_NOOP("RegistrationReason", "forbidden by the server"),
        QT_TRANSLATE_NOOP("RegistrationReason", "this number is unknown to the server"),
        QT_TRANSLATE_NOOP("RegistrationReason", "server unreachable"),
        QT_TRANSLATE_NOOP("RegistrationReason", "the server refused the registration interval"),
        QT_TRANSLATE_NOOP("RegistrationReason", "another check is running"),
        QT_TRANSLATE_NOOP("RegistrationReason", "server error (%1)"),
    ),
    # domain/sip_reasons.py message_failure_reason, engine/messaging.py, engine/core.py,
    # store/messages.py
    "MessageFailure": _listed(
        QT_TRANSLATE_NOOP("MessageFailure", "could not be sent"),
        QT_TRANSLATE_NOOP("MessageFailure", "refused by the server"),
        QT_TRANSLATE_NOOP("MessageFailure", "unknown user"),
        QT_TRANSLATE_NOOP("MessageFailure", "no answer (timed out)"),
        QT_TRANSLATE_NOOP("MessageFailure", "too large for the server"),
        QT_TRANSLATE_NOOP("MessageFailure", "the recipient cannot show this kind of message"),
        QT_TRANSLATE_NOOP("MessageFailure", "not reachable"),
        QT_TRANSLATE_NOOP("MessageFailure", "busy"),
        QT_TRANSLATE_NOOP("MessageFailure", "not accepted by the recipient"),
        QT_TRANSLATE_NOOP("MessageFailure", "service unavailable"),
        QT_TRANSLATE_NOOP("MessageFailure", "declined"),
        QT_TRANSLATE_NOOP("MessageFailure", "server unreachable"),
        QT_TRANSLATE_NOOP("MessageFailure", "the account was removed before the server answered"),
        QT_TRANSLATE_NOOP("MessageFailure", "the account is not set up"),
        QT_TRANSLATE_NOOP("MessageFailure", "could not be sent: %1"),
        QT_TRANSLATE_NOOP("MessageFailure", "the recipient could not take it (%1)"),
        QT_TRANSLATE_NOOP("MessageFailure", "the message has %1 bytes; at most %2 can be stored"),
        QT_TRANSLATE_NOOP("MessageFailure", "you are no longer a member of this group"),
        QT_TRANSLATE_NOOP("MessageFailure", "not sent to %1"),
    ),
    # media/devices.py, sound_bridge.py, echo.py, level_meter.py, sound_check.py
    "SoundProblem": _listed(
        QT_TRANSLATE_NOOP("SoundProblem", "no sound device was found"),
        QT_TRANSLATE_NOOP("SoundProblem", "no microphone was found"),
        QT_TRANSLATE_NOOP("SoundProblem", "no speaker was found"),
        QT_TRANSLATE_NOOP(
            "SoundProblem",
            "echo cancellation is unavailable: the pywebrtc-audio package is missing",
        ),
        QT_TRANSLATE_NOOP("SoundProblem", "the PortAudio library is missing (%1)"),
        QT_TRANSLATE_NOOP("SoundProblem", "the sound system did not answer (%1)"),
        QT_TRANSLATE_NOOP("SoundProblem", "echo cancellation failed and is off (%1)"),
        QT_TRANSLATE_NOOP("SoundProblem", "echo cancellation failed to start (%1)"),
        QT_TRANSLATE_NOOP("SoundProblem", "the microphone did not start (%1)"),
        QT_TRANSLATE_NOOP("SoundProblem", "the speaker did not start (%1)"),
        QT_TRANSLATE_NOOP("SoundProblem", "the microphone “%1” cannot be opened (%2)"),
        QT_TRANSLATE_NOOP("SoundProblem", "the speaker “%1” cannot be opened (%2)"),
        QT_TRANSLATE_NOOP("SoundProblem", "the microphone “%1” delivers no sound"),
        QT_TRANSLATE_NOOP(
            "SoundProblem",
            "the microphone “%1” is not connected; using the system default (%2)",
        ),
        QT_TRANSLATE_NOOP(
            "SoundProblem", "the speaker “%1” is not connected; using the system default (%2)"
        ),
        QT_TRANSLATE_NOOP("SoundProblem", "the microphone “%1” is not connected"),
        QT_TRANSLATE_NOOP("SoundProblem", "the speaker “%1” is not connected"),
        QT_TRANSLATE_NOOP("SoundProblem", "the microphone cannot be opened (%1)"),
        QT_TRANSLATE_NOOP("SoundProblem", "the microphone stopped (disconnected?)"),
        QT_TRANSLATE_NOOP("SoundProblem", "the speaker stopped (disconnected?)"),
        QT_TRANSLATE_NOOP("SoundProblem", "it takes none of the usual sample rates in mono"),
        QT_TRANSLATE_NOOP("SoundProblem", "no sample rate accepted"),
        QT_TRANSLATE_NOOP("SoundProblem", "a sound check is already running"),
        QT_TRANSLATE_NOOP("SoundProblem", "a call is using the sound devices"),
    ),
    # media/voice_message.py, voice_limits.py, matroska_opus.py, matroska_writer.py
    "VoiceMessageProblem": _listed(
        QT_TRANSLATE_NOOP(
            "VoiceMessageProblem",
            "the voice message is longer than 10 minutes, the longest this app plays",
        ),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "this file is not a sound format we know"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the recording cannot be written (%1)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the speaker cannot be opened (%1)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the voice message cannot be decoded (%1)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the voice message cannot be read (%1)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the recording failed (%1)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "nothing is being recorded"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "no sound came from the microphone"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "this %1 file cannot be decoded here (%2)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "this Matroska file cannot be played: %1"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the file is too large for a voice message"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "not a Matroska file"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "not a Matroska file (document type %1)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the file holds no Opus audio (tracks: %1)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "an Opus packet is damaged (%1)"),
        QT_TRANSLATE_NOOP(
            "VoiceMessageProblem", "the file has too many elements for a voice message"
        ),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the file's header is damaged"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the file is cut short"),
        QT_TRANSLATE_NOOP(
            "VoiceMessageProblem", "the file is damaged (an element of unknown size)"
        ),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the file is damaged (bad element header)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the file is damaged (short block)"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the file is damaged (bad lacing)"),
        QT_TRANSLATE_NOOP(
            "VoiceMessageProblem", "the file is not an Ogg stream (or it is damaged)"
        ),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the Ogg file is cut short"),
        QT_TRANSLATE_NOOP(
            "VoiceMessageProblem", "the Ogg stream is longer than a voice message may be"
        ),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the Ogg file holds no Opus stream"),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "the Opus stream has no comment header"),
        QT_TRANSLATE_NOOP(
            "VoiceMessageProblem",
            "the Ogg stream claims to be longer than a voice message may be",
        ),
        QT_TRANSLATE_NOOP("VoiceMessageProblem", "an element is too large for Matroska"),
    ),
    # domain/incoming_messages.py (stored with the message), domain/cpim.py,
    # domain/file_transfer.py (their details)
    "UnreadableMessage": _listed(
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "The message was too large (%1 bytes) and was not kept."
        ),
        QT_TRANSLATE_NOOP("UnreadableMessage", "The message could not be read: %1."),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "A file was sent, but its description cannot be read: %1."
        ),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "An end-to-end encrypted file (%1) arrived; it cannot be opened."
        ),
        QT_TRANSLATE_NOOP("UnreadableMessage", "The message had no content type (%1 bytes)."),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "The message had content this app cannot show (%1, %2 bytes)."
        ),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "The message could not be read: its text is not valid %1."
        ),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage",
            "The message could not be read: it is compressed as %1, which this app does not know.",
        ),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "The message could not be read: its compressed body is damaged."
        ),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "The message was too large once uncompressed (over %1 bytes)."
        ),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "The message could not be read: it holds binary data, not text."
        ),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the CPIM body has no end of CPIM headers"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the CPIM body has no end of MIME headers"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the CPIM content has no content type"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the CPIM message id is too long"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the CPIM body has too many headers"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "not a CPIM header line: %1"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the file description is larger than %1 bytes"),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "the file description contains a document type declaration"
        ),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the file description is not well-formed XML (%1)"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the body is not a file-transfer description"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the file description names no file"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the file description has no file name"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the file size %1 is not a number of bytes"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the content type %1 is not valid"),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "the playing length %1 is not a number of milliseconds"
        ),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the file description has no download address"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the download address is not valid"),
        QT_TRANSLATE_NOOP(
            "UnreadableMessage", "the download address is not an http or https address"
        ),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the expiry time %1 is not valid"),
        QT_TRANSLATE_NOOP("UnreadableMessage", "the expiry time %1 is out of range"),
    ),
    # store/http_transfer.py (the failures models/chats/attachments.py does not word itself)
    "FileTransferProblem": _listed(
        QT_TRANSLATE_NOOP("FileTransferProblem", "The file changed while it was being sent."),
        QT_TRANSLATE_NOOP(
            "FileTransferProblem", "This file is end-to-end encrypted, which is not supported."
        ),
        QT_TRANSLATE_NOOP(
            "FileTransferProblem", "No file-transfer server is set for this account."
        ),
        QT_TRANSLATE_NOOP(
            "FileTransferProblem", "The file-transfer server address %1 is not an http(s) address."
        ),
    ),
    # store/vcard.py
    "VCardProblem": _listed(
        QT_TRANSLATE_NOOP("VCardProblem", "not a valid vCard file: %1"),
        QT_TRANSLATE_NOOP("VCardProblem", "the file holds no vCard"),
        QT_TRANSLATE_NOOP("VCardProblem", "vCard %1 has no name (FN or N)"),
        QT_TRANSLATE_NOOP("VCardProblem", "item %1 is a %2, not a vCard"),
        QT_TRANSLATE_NOOP("VCardProblem", "the file %1 is larger than %2 MB"),
        QT_TRANSLATE_NOOP("VCardProblem", "the file %1 cannot be read: %2"),
        QT_TRANSLATE_NOOP("VCardProblem", "the file %1 is not UTF-8 text (byte %2)"),
    ),
    # store/database.py, store/accounts.py
    "DatabaseProblem": _listed(
        QT_TRANSLATE_NOOP("DatabaseProblem", "SQLite %1 is too old; %2 or newer is needed"),
        QT_TRANSLATE_NOOP("DatabaseProblem", "the database is closed"),
        QT_TRANSLATE_NOOP("DatabaseProblem", "the database could not be written: %1"),
        QT_TRANSLATE_NOOP("DatabaseProblem", "the database could not be read: %1"),
        QT_TRANSLATE_NOOP(
            "DatabaseProblem", "cannot use write-ahead logging for %1 (journal mode %2)"
        ),
        QT_TRANSLATE_NOOP("DatabaseProblem", "the account %1 exists"),
    ),
    # store/secrets.py
    "KeyringProblem": _listed(
        QT_TRANSLATE_NOOP("KeyringProblem", "no keyring backend is available on this system"),
    ),
    # engine/worker.py, media/video/session.py, store/recovery.py
    "EngineProblem": _listed(
        QT_TRANSLATE_NOOP("EngineProblem", "the call engine failed to start: %1"),
        QT_TRANSLATE_NOOP("EngineProblem", "the video connection failed"),
        QT_TRANSLATE_NOOP("EngineProblem", "nothing from the video peer for %1 s"),
        QT_TRANSLATE_NOOP(
            "EngineProblem",
            "Your message database was damaged and has been set aside as %1;"
            " a new one was started.",
        ),
    ),
}

# Longer texts are not ours (the network's): shown as they came, never matched (two
# details would make matching quadratic in their length).
MAX_MATCHED = 2000
_DETAIL = re.compile(r"%([1-9])")


@cache
def _fixed() -> dict[str, str]:
    """Each reason without details -> its context (the first area that lists it)."""
    found: dict[str, str] = {}
    for context, templates in REASONS.items():
        for template in templates:
            if not _DETAIL.search(template):
                found.setdefault(template, context)
    return found


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(regular expression, context, template) of each template with details, the longest
    first (a shorter template can be the start of a longer one)."""
    found = []
    for context, templates in REASONS.items():
        for template in templates:
            parts = _DETAIL.split(template)  # text, digit, text, digit, text
            if len(parts) == 1:
                continue
            regex = "".join(
                re.escape(part) if index % 2 == 0 else f"(?P<d{part}>.+)"
                for index, part in enumerate(parts)
            )
            found.append((re.compile(regex, re.DOTALL), context, template))
    return tuple(sorted(found, key=lambda each: len(each[2]), reverse=True))


def engine_text(text: str, area: str = "", depth: int = 2) -> str:
    """`text` in the user's language when it is a reason or made from a template, its
    details kept (translated when they are reasons too); anything else unchanged. A text
    that several areas list is taken as `area`'s when that is one of them."""
    context = area if text in REASONS.get(area, ()) else _fixed().get(text)
    if context is not None:
        return QCoreApplication.translate(context, text)
    if len(text) > MAX_MATCHED:
        return text
    for pattern, context, template in _patterns():
        match = pattern.fullmatch(text)
        if match is not None:
            details = {
                name: engine_text(value, depth=depth - 1) if depth > 0 else value
                for name, value in match.groupdict().items()
            }
            return _fill(QCoreApplication.translate(context, template), details)
    return text


def _fill(translated: str, details: dict[str, str]) -> str:
    return _DETAIL.sub(lambda m: details.get(f"d{m.group(1)}", m.group(0)), translated)
