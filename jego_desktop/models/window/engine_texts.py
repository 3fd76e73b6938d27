"""The engine's and the sound code's reasons (plain English, made without Qt) in the
user's language.

The engine, domain/sip_reasons.py and the media package know no Qt; their fixed reasons
and their templates are listed here for lupdate and translated when shown. A template
names its details %1, %2 (a SIP reason phrase, a device name, a PortAudio error): those
stay as they came, only the words around them are translated. Anything else (a bare
"488 Not Acceptable Here") is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "EngineText"

KNOWN_REASONS = frozenset(
    {
        QT_TRANSLATE_NOOP("EngineText", "registered"),
        QT_TRANSLATE_NOOP("EngineText", "registering"),
        QT_TRANSLATE_NOOP("EngineText", "removed"),
        QT_TRANSLATE_NOOP("EngineText", "wrong user name or password"),
        QT_TRANSLATE_NOOP("EngineText", "forbidden by the server"),
        QT_TRANSLATE_NOOP("EngineText", "this number is unknown to the server"),
        QT_TRANSLATE_NOOP("EngineText", "server unreachable"),
        QT_TRANSLATE_NOOP("EngineText", "the server refused the registration interval"),
        QT_TRANSLATE_NOOP("EngineText", "another check is running"),
        # media/devices.py, media/echo.py
        QT_TRANSLATE_NOOP("EngineText", "no sound device was found"),
        QT_TRANSLATE_NOOP("EngineText", "no microphone was found"),
        QT_TRANSLATE_NOOP("EngineText", "no speaker was found"),
        QT_TRANSLATE_NOOP(
            "EngineText",
            "echo cancellation is unavailable: the pywebrtc-audio package is missing",
        ),
        # media/voice_limits.py, media/voice_message.py
        QT_TRANSLATE_NOOP(
            "EngineText", "the voice message is longer than 10 minutes, the longest this app plays"
        ),
        QT_TRANSLATE_NOOP("EngineText", "this file is not a sound format we know"),
    }
)

# The f-strings of domain/sip_reasons.py and media/ (sound_bridge, devices, echo,
# voice_message) with their details as %1, %2; tests/unit/models/window/test_engine_texts.py
# makes each from the code that writes it.
TEMPLATES: tuple[str, ...] = tuple(
    str(template)
    for template in (
        QT_TRANSLATE_NOOP("EngineText", "server error (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the PortAudio library is missing (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the sound system did not answer (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "echo cancellation failed and is off (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "echo cancellation failed to start (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the microphone did not start (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the speaker did not start (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the microphone “%1” cannot be opened (%2)"),
        QT_TRANSLATE_NOOP("EngineText", "the speaker “%1” cannot be opened (%2)"),
        QT_TRANSLATE_NOOP("EngineText", "the microphone “%1” delivers no sound"),
        QT_TRANSLATE_NOOP(
            "EngineText", "the microphone “%1” is not connected; using the system default (%2)"
        ),
        QT_TRANSLATE_NOOP(
            "EngineText", "the speaker “%1” is not connected; using the system default (%2)"
        ),
        QT_TRANSLATE_NOOP("EngineText", "the microphone “%1” is not connected"),
        QT_TRANSLATE_NOOP("EngineText", "the speaker “%1” is not connected"),
        QT_TRANSLATE_NOOP("EngineText", "the recording cannot be written (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the microphone cannot be opened (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the speaker cannot be opened (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the voice message cannot be decoded (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the voice message cannot be read (%1)"),
        QT_TRANSLATE_NOOP("EngineText", "the recording failed (%1)"),
    )
)

_PLACEHOLDER = re.compile(r"%([12])")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a regular expression, the longest first (a shorter template
    can be the start of a longer one)."""
    patterns = []
    for template in sorted(TEMPLATES, key=len, reverse=True):
        parts = _PLACEHOLDER.split(template)  # text, digit, text, digit, text
        regex = "".join(
            re.escape(part) if index % 2 == 0 else f"(?P<d{part}>.+)"
            for index, part in enumerate(parts)
        )
        patterns.append((re.compile(regex, re.DOTALL), template))
    return tuple(patterns)


def engine_text(text: str) -> str:
    """`text` in the user's language when it is a fixed reason or made from a template,
    with the template's details kept as they are; anything else unchanged."""
    if text in KNOWN_REASONS:
        return QCoreApplication.translate(CONTEXT, text)
    for pattern, template in _patterns():
        match = pattern.fullmatch(text)
        if match is not None:
            return _fill(QCoreApplication.translate(CONTEXT, template), match.groupdict())
    return text


def _fill(translated: str, details: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: details.get(f"d{m.group(1)}", m.group(0)), translated)
