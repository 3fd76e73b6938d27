"""How long a voice message may be, and the error for one that is longer.

A received file is refused past these limits before any sound is made from it: Opus
packets of two bytes each decode to 120 ms, so a 31 KB file can hold 20 minutes and a
megabyte can hold hours (a decompression bomb). Ten minutes is what the recorder makes
at most; 16 MB holds ten minutes of Opus at its highest bitrate.
"""

from __future__ import annotations

from jego_desktop.domain.reasons import reason

MAX_VOICE_SECONDS = 600
MAX_VOICE_SAMPLES = MAX_VOICE_SECONDS * 48000  # at Opus's 48 kHz
# The shortest Opus packet lasts 2.5 ms: more packets than this cannot be a voice message.
MAX_VOICE_PACKETS = MAX_VOICE_SAMPLES // 120
MAX_VOICE_FILE_BYTES = 16 * 1024 * 1024
TOO_LONG = reason("the voice message is longer than 10 minutes, the longest this app plays")


class VoiceTooLongError(ValueError):
    """A voice message that lasts (or would decode to) more than `MAX_VOICE_SECONDS`."""

    def __init__(self) -> None:
        super().__init__(TOO_LONG)
