"""Test tones: write sine WAV files, read WAV files, and prove audio by its content.

A recording "has the tone" when it is long enough, is not silence, its dominant
frequency is the expected one, and most of its energy sits around that frequency
(so noise, a mix of tones or a wrong tone are rejected).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Union

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
AudioInput = Union[FloatArray, Path, str]

_PCM = 1
_IEEE_FLOAT = 3
_EXTENSIBLE = 0xFFFE
# Below this a signal is treated as silence (16-bit PCM noise floor is about -96 dBFS).
SILENCE_DBFS = -50.0


def write_tone_wav(
    path: Path | str,
    freq_hz: float,
    seconds: float,
    rate: int = 8000,
    channels: int = 1,
    amplitude: float = 0.5,
) -> Path:
    """Write a 16-bit PCM sine tone (amplitude 0 gives silence); returns the path."""
    if not 0.0 <= amplitude <= 1.0:
        raise ValueError(f"amplitude must be within [0, 1], not {amplitude}")
    count = round(seconds * rate)
    t = np.arange(count, dtype=np.float64) / rate
    wave = amplitude * np.sin(2.0 * np.pi * freq_hz * t)
    pcm = np.round(wave * 32767.0).astype("<i2")
    interleaved = np.repeat(pcm, channels)
    target = Path(path)
    target.write_bytes(_wav_header(len(interleaved) * 2, rate, channels) + interleaved.tobytes())
    return target


def _wav_header(data_bytes: int, rate: int, channels: int) -> bytes:
    block_align = channels * 2
    fmt = struct.pack("<HHIIHH", _PCM, channels, rate, rate * block_align, block_align, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 4 + 8 + len(fmt) + 8 + data_bytes)
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", data_bytes)
    )


def read_wav(path: Path | str) -> tuple[FloatArray, int]:
    """Samples of a PCM or float WAV file, mixed down to mono, scaled to [-1, 1].

    Tolerates a header whose data size was never finalised (a file still being
    written): the data then runs to the end of the file.
    """
    blob = Path(path).read_bytes()
    if len(blob) < 12 or blob[:4] != b"RIFF" or blob[8:12] != b"WAVE":
        raise ValueError(f"{path}: not a RIFF/WAVE file")
    fmt: tuple[int, int, int, int] | None = None
    offset = 12
    while offset + 8 <= len(blob):
        chunk_id = blob[offset : offset + 4]
        size = struct.unpack_from("<I", blob, offset + 4)[0]
        body = offset + 8
        if chunk_id == b"fmt ":
            tag, channels, rate = struct.unpack_from("<HHI", blob, body)
            bits = struct.unpack_from("<H", blob, body + 14)[0]
            if tag == _EXTENSIBLE:
                tag = struct.unpack_from("<H", blob, body + 24)[0]
            fmt = (tag, channels, rate, bits)
        elif chunk_id == b"data":
            if fmt is None:
                raise ValueError(f"{path}: data chunk before fmt chunk")
            end = len(blob) if size == 0 or body + size > len(blob) else body + size
            tag, channels, rate, bits = fmt
            return _decode(blob[body:end], tag, channels, bits), rate
        offset = body + size + (size & 1)
    raise ValueError(f"{path}: no data chunk")


def _decode(data: bytes, tag: int, channels: int, bits: int) -> FloatArray:
    if tag == _PCM and bits == 16:
        samples = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2") / 32768.0
    elif tag == _PCM and bits == 32:
        samples = np.frombuffer(data[: len(data) // 4 * 4], dtype="<i4") / 2147483648.0
    elif tag == _IEEE_FLOAT and bits == 32:
        samples = np.frombuffer(data[: len(data) // 4 * 4], dtype="<f4").astype(np.float64)
    else:
        raise ValueError(f"unsupported WAV format tag={tag} bits={bits}")
    frames = len(samples) // channels
    mono: FloatArray = samples[: frames * channels].reshape(frames, channels).mean(axis=1)
    return mono


def _load(
    audio: AudioInput, rate: int | None, start_s: float, end_s: float | None
) -> tuple[FloatArray, int]:
    if isinstance(audio, (str, Path)):
        samples, rate = read_wav(audio)
    else:
        if rate is None:
            raise ValueError("rate is required when passing samples")
        samples = np.asarray(audio, dtype=np.float64)
    first = max(0, round(start_s * rate))
    last = len(samples) if end_s is None else min(len(samples), round(end_s * rate))
    return samples[first:last], rate


def _spectrum(samples: FloatArray, rate: int) -> tuple[FloatArray, FloatArray]:
    """Power spectrum (Hann window, DC removed) and the frequency of each bin."""
    centred = samples - samples.mean()
    spectrum = np.fft.rfft(centred * np.hanning(len(centred)))
    power = (np.abs(spectrum) ** 2).astype(np.float64)
    freqs = np.fft.rfftfreq(len(centred), d=1.0 / rate).astype(np.float64)
    return power, freqs


def rms_dbfs(
    audio: AudioInput, rate: int | None = None, start_s: float = 0.0, end_s: float | None = None
) -> float:
    """RMS level in dB relative to full scale (a full-scale sine is -3 dBFS)."""
    samples, _ = _load(audio, rate, start_s, end_s)
    if len(samples) == 0:
        return float("-inf")
    rms = float(np.sqrt(np.mean(samples**2)))
    return 20.0 * np.log10(rms) if rms > 0 else float("-inf")


def dominant_frequency(
    audio: AudioInput, rate: int | None = None, start_s: float = 0.0, end_s: float | None = None
) -> float:
    """Frequency in Hz of the strongest spectral peak above 20 Hz (0.0 for no signal)."""
    samples, rate = _load(audio, rate, start_s, end_s)
    if len(samples) < 16:
        return 0.0
    power, freqs = _spectrum(samples, rate)
    power[freqs < 20.0] = 0.0
    peak = int(np.argmax(power))
    if power[peak] <= 0.0:
        return 0.0
    return float(freqs[peak]) + _parabolic_offset(power, peak) * float(freqs[1])


def _parabolic_offset(power: FloatArray, peak: int) -> float:
    """Sub-bin position of a peak from a parabola through log-power of its neighbours."""
    if peak == 0 or peak >= len(power) - 1 or min(power[peak - 1 : peak + 2]) <= 0.0:
        return 0.0
    left, centre, right = np.log(power[peak - 1 : peak + 2])
    denominator = left - 2.0 * centre + right
    return 0.0 if denominator == 0 else float(0.5 * (left - right) / denominator)


def tone_fraction(
    audio: AudioInput,
    freq_hz: float,
    rate: int | None = None,
    start_s: float = 0.0,
    end_s: float | None = None,
    band_hz: float = 50.0,
) -> float:
    """Share (0..1) of the signal's energy within `band_hz` of `freq_hz`."""
    samples, rate = _load(audio, rate, start_s, end_s)
    if len(samples) < 16:
        return 0.0
    power, freqs = _spectrum(samples, rate)
    total = float(power[freqs >= 20.0].sum())
    if total <= 0.0:
        return 0.0
    return float(power[np.abs(freqs - freq_hz) <= band_hz].sum()) / total


def tone_level_db(
    audio: AudioInput,
    freq_hz: float,
    rate: int | None = None,
    start_s: float = 0.0,
    end_s: float | None = None,
    band_hz: float = 50.0,
) -> float:
    """Level in dBFS of the component within `band_hz` of `freq_hz`."""
    fraction = tone_fraction(audio, freq_hz, rate, start_s, end_s, band_hz)
    level = rms_dbfs(audio, rate, start_s, end_s)
    return level + 10.0 * np.log10(fraction) if fraction > 0 else float("-inf")


def assert_tone(
    audio: AudioInput,
    freq_hz: float,
    *,
    rate: int | None = None,
    tolerance_hz: float = 15.0,
    min_seconds: float = 0.5,
    min_dbfs: float = SILENCE_DBFS,
    min_fraction: float = 0.5,
    start_s: float = 0.0,
    end_s: float | None = None,
) -> None:
    """Fail unless `audio` (a WAV path or samples) is mainly a tone of `freq_hz`.

    Checks, in order: at least `min_seconds` of audio, an RMS level above
    `min_dbfs` (not silence), a dominant frequency within `tolerance_hz`, and at
    least `min_fraction` of the energy within 50 Hz of `freq_hz`.
    """
    samples, rate = _load(audio, rate, start_s, end_s)
    seconds = len(samples) / rate
    level = rms_dbfs(samples, rate)
    found = dominant_frequency(samples, rate)
    fraction = tone_fraction(samples, freq_hz, rate, band_hz=max(50.0, tolerance_hz))
    source = audio if isinstance(audio, (str, Path)) else "samples"
    summary = (
        f"{source}: expected {freq_hz:.0f} Hz; found dominant {found:.1f} Hz, "
        f"RMS {level:.1f} dBFS, {fraction:.0%} of energy at the tone, "
        f"{seconds:.2f} s analysed at {rate} Hz"
    )
    if seconds < min_seconds:
        raise AssertionError(f"too short (< {min_seconds} s): {summary}")
    if level < min_dbfs:
        raise AssertionError(f"silence (< {min_dbfs} dBFS): {summary}")
    if abs(found - freq_hz) > tolerance_hz:
        raise AssertionError(f"wrong tone (tolerance {tolerance_hz} Hz): {summary}")
    if fraction < min_fraction:
        raise AssertionError(f"tone buried in other sound (< {min_fraction:.0%}): {summary}")


_ALAW_SEGMENT_ENDS = np.array([0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF])


def write_tone_alaw(
    path: Path | str, freq_hz: float, seconds: float, amplitude: float = 0.5
) -> Path:
    """Write a sine tone as raw G.711 A-law at 8 kHz (what SIPp's rtp_stream plays)."""
    count = round(seconds * 8000)
    t = np.arange(count, dtype=np.float64) / 8000
    pcm = np.round(amplitude * 32767 * np.sin(2.0 * np.pi * freq_hz * t)).astype(np.int64) >> 3
    mask = np.where(pcm >= 0, 0xD5, 0x55)
    magnitude = np.where(pcm >= 0, pcm, -pcm - 1)
    segment = np.searchsorted(_ALAW_SEGMENT_ENDS, magnitude)
    shift = np.where(segment < 2, 1, segment)
    code = (np.minimum(segment, 7) << 4) | ((magnitude >> shift) & 0xF)
    code = np.where(segment >= 8, 0x7F, code)
    Path(path).write_bytes((code ^ mask).astype(np.uint8).tobytes())
    return Path(path)
