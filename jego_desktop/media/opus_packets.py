"""What an Opus packet's first bytes say about its length (RFC 6716, section 3.1).

Lengths are counted without decoding, so a file's playing length is known (and can be
refused) before any sound is made from it.
"""

from __future__ import annotations

MAX_PACKET_SAMPLES = 5760  # 120 ms at 48 kHz, the longest an Opus packet may last


def packet_samples(packet: bytes) -> int:
    """Samples at 48 kHz in one Opus packet, from its table-of-contents byte; 0 for an
    empty packet or one without its frame count."""
    if not packet:
        return 0
    toc = packet[0]
    config = toc >> 3
    if config < 12:  # SILK: 10, 20, 40, 60 ms
        frame = (480, 960, 1920, 2880)[config % 4]
    elif config < 16:  # hybrid: 10, 20 ms
        frame = (480, 960)[config % 2]
    else:  # CELT: 2.5, 5, 10, 20 ms
        frame = (120, 240, 480, 960)[config % 4]
    code = toc & 3
    if code == 0:
        frames = 1
    elif code in (1, 2):
        frames = 2
    else:
        frames = packet[1] & 0x3F if len(packet) > 1 else 0
    return frame * frames


def packet_samples_at_most(packet: bytes) -> int:
    """The most sound a decoder may make of this packet: its own length, or 120 ms for
    a packet a decoder treats as lost (empty, or damaged) and conceals."""
    samples = packet_samples(packet)
    return samples if 0 < samples <= MAX_PACKET_SAMPLES else MAX_PACKET_SAMPLES
