"""Sample-rate conversion of fixed 20 ms blocks between a device rate and 16 kHz.

A block of `block_in` samples always becomes exactly `block_out` samples, because both
sides carry the same 20 ms. Every output sample therefore sits at the same fractional
input position in every block, so the windowed-sinc weights are computed once, and a block
costs one `einsum` over a strided view of the input (integer ratios: 48 -> 16 kHz,
16 -> 48 kHz), or one gather plus a row sum (other ratios, e.g. 44.1 kHz), into buffers
allocated up front. No BLAS call: numpy's BLAS may start threads that spin between calls.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from jego_desktop.media.numpy_module import load_numpy

if TYPE_CHECKING:  # numpy loads with the first call's sound, not at start
    from fractions import Fraction

    import numpy as np
    import numpy.typing as npt

    Int16Array = npt.NDArray[np.int16]
    Float32Array = npt.NDArray[np.float32]


# Passband edge, as a share of the lower rate's Nyquist frequency: 0.9 keeps 7.2 kHz of a
# 16 kHz stream (G.722 carries up to 7 kHz) with room for the filter's transition band.
_CUTOFF = 0.9
# Zero crossings of the sinc on each side of the centre: ~70 dB stopband with Blackman.
_ZERO_CROSSINGS = 10


class BlockResampler:
    """Converts int16 mono blocks of `block_in` samples at `rate_in` to `rate_out`.

    Stateful (it keeps the tail of the previous block), so one instance serves one stream
    on one thread. Adds a constant delay of `delay_s` (under 1 ms).
    """

    def __init__(self, rate_in: int, rate_out: int, block_in: int) -> None:
        from fractions import Fraction  # here: it imports decimal, ~10 ms at the app's start

        self._np = np = load_numpy()  # bound once: `process` runs every 10-20 ms
        step = Fraction(rate_in, rate_out)  # input samples per output sample
        out_exact = block_in / step
        if out_exact.denominator != 1:
            raise ValueError(f"{block_in} samples at {rate_in} Hz are no whole block at {rate_out}")
        self.rate_in = rate_in
        self.rate_out = rate_out
        self.block_in = block_in
        self.block_out = int(out_exact)
        cutoff = _CUTOFF * min(rate_in, rate_out) / 2  # Hz
        spacing = rate_in / (2 * cutoff)  # input samples between the sinc's zero crossings
        half = max(2, math.ceil(_ZERO_CROSSINGS * spacing))
        self._taps = 2 * half
        self.delay_s = half / rate_in
        # The signal buffer: the previous block's last `_taps` samples, then this block.
        self._signal = np.zeros(self._taps + block_in, dtype=np.float32)
        self._sum = np.empty(self.block_out, dtype=np.float32)
        self._weights = _weights(self.block_out, step, half, cutoff / rate_in)
        # Output j reads _taps samples from (j * step) rounded down, plus one: the window
        # centred `half` samples back, so the newest sample it needs is in this block.
        from numpy.lib.stride_tricks import sliding_window_view

        windows = sliding_window_view(self._signal, self._taps)[1:]
        if step.denominator == 1:  # decimation by an integer (or no change)
            self._mode = "decimate"
            self._windows = windows[:: step.numerator][: self.block_out]
            self._kernel = self._weights[0]
        elif step.numerator == 1:  # interpolation by an integer: one kernel per phase
            self._mode = "interpolate"
            self._windows = windows[:block_in]
            self._kernel = self._weights[: step.denominator]
            self._sum_by_phase = self._sum.reshape(block_in, step.denominator)
        else:
            self._mode = "gather"
            starts = np.floor(np.arange(self.block_out) * float(step)).astype(np.intp) + 1
            self._indices = starts[:, None] + np.arange(self._taps)[None, :]
            self._gathered = np.empty(self._weights.shape, dtype=np.float32)

    def process(self, block: Int16Array, out: Int16Array) -> None:
        """Resample one block (`block_in` samples) into `out` (`block_out` samples)."""
        np = self._np
        signal = self._signal
        taps = self._taps
        signal[:taps] = signal[-taps:]
        signal[taps:] = block
        if self._mode == "decimate":
            np.einsum("kt,t->k", self._windows, self._kernel, out=self._sum)
        elif self._mode == "interpolate":
            np.einsum("kt,pt->kp", self._windows, self._kernel, out=self._sum_by_phase)
        else:
            np.take(signal, self._indices, out=self._gathered)
            np.einsum("kt,kt->k", self._gathered, self._weights, out=self._sum)
        np.rint(self._sum, out=self._sum)
        np.clip(self._sum, -32768, 32767, out=self._sum)
        np.copyto(out, self._sum, casting="unsafe")

    def reset(self) -> None:
        self._signal.fill(0.0)


def _weights(count: int, step: Fraction, half: int, cutoff: float) -> Float32Array:
    """Blackman-windowed sinc weights, one row per output sample of a block.

    Row j weighs input samples floor(j*step) - half + 1 ... floor(j*step) + half, which sit
    at `distance` from the output's position; `cutoff` is in cycles per input sample.
    """
    import numpy as np

    positions = np.arange(count) * float(step)
    base = np.floor(positions)
    offsets = np.arange(-half + 1, half + 1)
    distance = base[:, None] + offsets[None, :] - positions[:, None]
    window = (
        0.42 + 0.5 * np.cos(np.pi * distance / half) + 0.08 * np.cos(2 * np.pi * distance / half)
    )
    weights = 2 * cutoff * np.sinc(2 * cutoff * distance) * window
    weights /= weights.sum(axis=1, keepdims=True)  # unity gain at DC for every phase
    result: Float32Array = weights.astype(np.float32)
    return result
