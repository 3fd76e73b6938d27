"""What the bundle's compiled libraries still do, run by tests/integration/test_bundle.py
in a fresh interpreter whose PyAV, NumPy (PYTHONPATH) and ICU data (LD_LIBRARY_PATH) are
the bundle's own files beside the venv's Python code.

    python -m tests.integration.bundle_libraries_probe codecs|sound|numpy|linalg|icu

Prints one JSON object; `linalg` does not return (the stand-in stops the process).
"""

from __future__ import annotations

import json
import socket
import sys
from fractions import Fraction
from typing import Any, Literal

# Encoders and decoders whose libraries the bundle replaces by stand-ins, and how a
# caller would open them.
REPLACED_CODECS: dict[str, Literal["r", "w"]] = {
    "libx265": "w",
    "libx264": "w",
    "libsvtav1": "w",
    "libmp3lame": "w",
    "libwebp": "w",
    "libdav1d": "r",
}
# Region names as Jego sorts them (models/settings/region_names.py), and encodings.
REGIONS = [
    "中国",
    "澳大利亚",
    "美国",
    "法国",
    "日本",
    "德国",
    "阿根廷",
    "Émirats",
    "Égypte",
    "Zambie",
]
ENCODINGS = ["GB18030", "GBK", "Big5", "Big5-HKSCS", "Shift_JIS", "EUC-KR", "ISO-2022-JP"]


def codecs() -> dict[str, Any]:
    import av
    import numpy as np
    from aiortc.codecs.opus import OpusDecoder, OpusEncoder
    from aiortc.codecs.vpx import Vp8Decoder, Vp8Encoder, vp8_depayload
    from aiortc.jitterbuffer import JitterFrame

    result: dict[str, Any] = {"av": av.__file__}
    encoder, decoder = Vp8Encoder(), Vp8Decoder()
    shades = []
    for index in range(5):
        picture = np.full((240, 320, 3), 40 * index, np.uint8)
        frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
        frame.pts, frame.time_base = index * 3000, Fraction(1, 90000)
        payloads, timestamp = encoder.encode(frame)
        data = b"".join(vp8_depayload(payload) for payload in payloads)
        for decoded in decoder.decode(JitterFrame(data=data, timestamp=timestamp)):
            assert isinstance(decoded, av.VideoFrame)
            shades.append(round(float(decoded.to_ndarray(format="rgb24").mean())))
    result["vp8_shades"] = shades
    opus_encoder, opus_decoder = OpusEncoder(), OpusDecoder()
    tone = (np.sin(np.arange(960) * 2 * np.pi * 440 / 48000) * 8000).astype(np.int16)
    sound = av.AudioFrame.from_ndarray(tone.reshape(1, -1), format="s16", layout="mono")
    sound.sample_rate, sound.pts, sound.time_base = 48000, 0, Fraction(1, 48000)
    packets, _timestamp = opus_encoder.encode(sound)
    heard = opus_decoder.decode(JitterFrame(data=packets[0], timestamp=0))
    result["opus_samples"] = sum(
        frame.samples for frame in heard if isinstance(frame, av.AudioFrame)
    )
    refusals = {}
    for name, mode in REPLACED_CODECS.items():
        context = av.CodecContext.create(name, mode)
        if mode == "w" and isinstance(context, av.VideoCodecContext):
            context.width, context.height, context.pix_fmt = 64, 64, "yuv420p"
            context.time_base = Fraction(1, 25)
        elif mode == "w" and isinstance(context, av.AudioCodecContext):
            context.sample_rate, context.layout = 44100, "mono"
            context.format = (context.codec.audio_formats or [av.AudioFormat("s16")])[0]
        try:
            context.open()
            refusals[name] = "opened"
        except av.FFmpegError as error:
            refusals[name] = type(error).__name__
    # A listening socket: the connection is made, so FFmpeg gets as far as TLS.
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    av.logging.set_level(av.logging.ERROR)
    for label, url, options in (
        ("https", f"https://127.0.0.1:{port}/x.webm", {}),
        ("alsa", "default", {"format": "alsa"}),
    ):
        with av.logging.Capture() as logs:
            try:
                av.open(url, timeout=3, **options)  # type: ignore[call-overload]
                refusals[label] = "opened"
            except av.FFmpegError as error:
                said = " | ".join(message for _level, _name, message in logs)
                refusals[label] = f"{type(error).__name__}: {error.strerror}: {said}"
    listener.close()
    result["refusals"] = refusals
    return result


def sound() -> dict[str, Any]:
    """PortAudio's own ALSA after the stand-in libasound of FFmpeg has loaded: a library
    loaded with an extension module is local to it, so PortAudio never binds to the
    stand-in's symbols."""
    import aiortc.codecs.opus  # noqa: F401 - loads av and its libasound stand-in first
    import av
    import sounddevice

    names = [str(device["name"]) for device in sounddevice.query_devices()]
    recorded = sounddevice.rec(4800, samplerate=48000, channels=1, dtype="int16", blocking=True)
    return {"av": av.__file__, "devices": names, "recorded": len(recorded)}


def numpy_products() -> dict[str, Any]:
    import numpy as np

    rng = np.random.default_rng(7)
    products = {}
    for kind in ("float32", "float64", "complex64", "complex128"):
        a = rng.standard_normal((37, 29)).astype(kind)
        if kind.startswith("complex"):
            a = a + 1j * rng.standard_normal((37, 29)).astype(kind)
        b = rng.standard_normal((29, 23)).astype(kind)
        v = rng.standard_normal(29).astype(kind)
        w = rng.standard_normal(37).astype(kind)
        for label, value in (
            ("matmul", a @ b),
            ("matvec", a @ v),
            ("vecmat", w @ a),
            ("dot", np.dot(v, v)),
            ("vdot", np.vdot(v, v)),
            ("gram", a.T @ a),
        ):
            flat = np.asarray(value).ravel().astype(np.complex128)
            products[f"{kind} {label}"] = [flat.real.tolist(), flat.imag.tolist()]
    return {"numpy": np.__file__, "products": products}


def linalg() -> dict[str, Any]:
    import numpy as np

    return {"solve": np.linalg.solve(np.eye(3) * 2.0, np.ones(3)).tolist()}


def icu() -> dict[str, Any]:
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder

    sorted_names = {}
    for language in ("en", "fr", "zh_CN", "zh_TW"):
        collator = QCollator(QLocale(language))
        sorted_names[language] = sorted(REGIONS, key=collator.sortKey)
    return {
        "sorted": sorted_names,
        "encodings": {name: QStringDecoder(name).isValid() for name in ENCODINGS},
        "ebcdic": QStringDecoder("IBM037").isValid(),
        "upper": QLocale("tr_TR").toUpper("istanbul"),
    }


if __name__ == "__main__":
    probes = {
        "codecs": codecs,
        "sound": sound,
        "numpy": numpy_products,
        "linalg": linalg,
        "icu": icu,
    }
    print(json.dumps(probes[sys.argv[1]]()))
