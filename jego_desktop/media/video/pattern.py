"""A synthetic picture that says which frame it is, readable after lossy coding.

The top band holds the frame number as 16 white or black blocks, the band below
its bitwise complement (a check that a half-decoded picture cannot pass by chance);
a coloured bar moves across the rest, one step per frame. Blocks are large (40 px at
640 px wide) so VP8 at a few hundred kbit/s keeps them readable.
"""

from __future__ import annotations

import numpy as np

BITS = 16
BAND_FRACTION = 8  # each band is 1/8 of the height
_BAR_COLOURS = ((230, 60, 40), (40, 200, 80), (50, 90, 230))


def pattern_frame(number: int, width: int = 640, height: int = 480) -> np.ndarray:
    """An RGB picture (height, width, 3) carrying `number` modulo 2**16."""
    if width < BITS * 8 or height < BAND_FRACTION * 8:
        raise ValueError(f"{width}x{height} is too small for the pattern")
    value = number % (1 << BITS)
    image = np.empty((height, width, 3), dtype=np.uint8)
    image[:] = (70, 70, 90)
    band = height // BAND_FRACTION
    block = width // BITS
    for bit in range(BITS):
        on = (value >> (BITS - 1 - bit)) & 1
        left, right = bit * block, (bit + 1) * block
        image[:band, left:right] = 255 if on else 0
        image[band : 2 * band, left:right] = 0 if on else 255
    bar = max(8, width // 40)
    x = (number * bar // 2) % (width - bar)
    image[2 * band :, x : x + bar] = _BAR_COLOURS[number % len(_BAR_COLOURS)]
    return image


def read_pattern(image: np.ndarray) -> int | None:
    """The frame number in a received RGB picture, or None when it cannot be read."""
    height, width = image.shape[:2]
    if width < BITS * 8 or height < BAND_FRACTION * 8:
        return None
    band = height // BAND_FRACTION
    block = width // BITS
    luma = image[..., :3].mean(axis=2)
    value = 0
    for bit in range(BITS):
        left = bit * block + block // 4
        right = (bit + 1) * block - block // 4
        top = float(luma[band // 4 : band - band // 4, left:right].mean())
        bottom = float(luma[band + band // 4 : 2 * band - band // 4, left:right].mean())
        if abs(top - bottom) < 96:  # neither clearly white over black nor the reverse
            return None
        value = (value << 1) | (1 if top > bottom else 0)
    return value
