"""Replace the FFmpeg libraries Jego never uses by stand-ins that fail cleanly.

    python packaging/library_stubs.py BUNDLE_DIR

PyAV's FFmpeg names in DT_NEEDED the x265, x264, SVT-AV1, LAME and WebP encoders, the
dav1d AV1 decoder, GnuTLS (https and DTLS inputs), ALSA (FFmpeg's own sound devices)
and Intel's Quick Sync (libvpl): the dynamic linker needs them to load `av`, though
Jego (VP8 through libvpx, Opus through libopus, local files only) never opens any of
them. Each is replaced by a library of the same soname, built with gcc from a
generated C file, that exports exactly the symbols the bundle's other files import from
it, with the versions they ask for; every function returns the library's failure value,
so that opening such a codec, protocol or device fails with FFmpeg's error instead of
crashing. What only a replaced library needed (GnuTLS's nettle, hogweed, GMP and
libunistring; WebP's sharpyuv) is removed.

Only functions that return an integer, a pointer or nothing can be stood in for this
way (the value goes back in the integer register whatever the declared type); the
failure values below follow each library's API (x265.h, EbSvtAv1Enc.h, x264.h,
dav1d.h, lame.h, webp/encode.h, gnutls.h, asoundlib.h, vpl/mfx.h) and how FFmpeg
checks them. A data symbol must be listed with its reason; anything else (thread-local
data, a float result) stops the build. Run by packaging/build_bundle.sh before
stripping; prints the MB saved.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from elf_needs import bundle_elves


@dataclass(frozen=True)
class Stub:
    """How one library's stand-in answers: `default` (a C expression of type long) for
    every function not in `returns`, and zero-filled data for the listed objects."""

    why: str
    default: str
    returns: dict[str, str] = field(default_factory=dict)
    zeroed_data: frozenset[str] = frozenset()


NULL = "0"
ENOSYS = "-38"  # AVERROR(ENOSYS) and dav1d's DAV1D_ERR(ENOSYS)

# File names in av.libs start with the library's name, then auditwheel's hash.
STUBS: dict[str, Stub] = {
    "libx265": Stub("H.265 encoder", default=NULL),  # x265_api_get_N: no API table
    "libSvtAv1Enc": Stub(
        "AV1 encoder",
        default="(long)0x80001000",  # EB_ErrorInsufficientResources, an EbErrorType
    ),
    "libx264": Stub(
        "H.264 encoder",
        default="-1",  # int results: -1 is failure (X264_PARAM_BAD_NAME for param_parse)
        returns={"x264_encoder_open_165": NULL},
        # FFmpeg walks it until level_idc is 0, after x264_param_default_preset failed.
        zeroed_data=frozenset({"x264_levels"}),
    ),
    "libdav1d": Stub(
        "AV1 decoder",
        default=ENOSYS,
        returns={"dav1d_version": '(long)"unavailable in Jego"'},
    ),
    "libmp3lame": Stub("MP3 encoder", default="-1", returns={"lame_init": NULL}),
    # WebP's API answers 0 for failure (its functions return a success flag).
    "libwebp": Stub("WebP encoder (Qt's own plugin reads WebP)", default="0"),
    "libwebpmux": Stub("animated WebP encoder", default="0"),
    # Intel's Quick Sync (FFmpeg's qsv codecs and devices): mfxStatus errors are negative.
    "libvpl": Stub(
        "Intel Quick Sync",
        default="-1",  # MFX_ERR_UNKNOWN
        returns={"MFXLoad": NULL, "MFXCreateConfig": NULL},
    ),
    # FFmpeg's ALSA input and output devices (libavdevice); PortAudio has its own libasound.
    "libasound": Stub(
        "ALSA devices of FFmpeg",
        default="-1",  # negative errno codes
        returns={
            "snd_strerror": '(long)"ALSA is not available in Jego\'s FFmpeg"',
            "snd_device_name_get_hint": NULL,
        },
    ),
    "libgnutls": Stub(
        "TLS for FFmpeg's https and DTLS inputs",
        default="-1",  # GNUTLS_E_* codes are negative
        returns={
            "gnutls_strerror": '(long)"TLS is not available in Jego\'s FFmpeg"',
            "gnutls_error_is_fatal": "1",
            "gnutls_sec_param_to_pk_bits": "0",
            "gnutls_certificate_get_peers": NULL,
        },
    ),
}


class UnsoundStubError(Exception):
    """A symbol the stand-in cannot honestly provide."""


@dataclass(frozen=True)
class Symbol:
    name: str
    kind: str  # FUNC, OBJECT, ...
    size: int
    version: str  # "" when unversioned


def _dynamic_symbols(path: Path) -> list[tuple[str, str, int, str]]:
    """(name with version, type, size, section index) of `readelf --dyn-syms`."""
    listing = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    rows = []
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[0].endswith(":") and fields[0][:-1].isdigit():
            size = int(fields[2], 16) if fields[2].startswith("0x") else int(fields[2])
            rows.append((fields[7], fields[3], size, fields[6]))
    return rows


def _split_version(name: str) -> tuple[str, str]:
    base, _, version = name.partition("@")
    return base, version.lstrip("@")


def exported(path: Path) -> dict[str, Symbol]:
    symbols = {}
    for name, kind, size, section in _dynamic_symbols(path):
        if section != "UND" and kind not in ("NOTYPE", "SECTION", "FILE"):
            base, version = _split_version(name)
            symbols[base] = Symbol(base, kind, size, version)
    return symbols


def imported(path: Path) -> dict[str, str]:
    """The undefined symbols of `path`: name -> the version it asks for ("" for none)."""
    return dict(
        _split_version(name) for name, _k, _s, section in _dynamic_symbols(path) if section == "UND"
    )


def stub_source(library: str, stub: Stub, symbols: list[Symbol]) -> str:
    lines = [f"/* Stand-in for {library} ({stub.why}), generated by library_stubs.py. */"]
    for symbol in symbols:
        if symbol.kind == "OBJECT" and symbol.name in stub.zeroed_data:
            lines.append(f"const unsigned char {symbol.name}[{symbol.size}] = {{0}};")
        elif symbol.kind == "FUNC":
            value = stub.returns.get(symbol.name, stub.default)
            lines.append(f"long {symbol.name}(void) {{ return {value}; }}")
        else:
            raise UnsoundStubError(f"{library}: {symbol.kind} {symbol.name} cannot be stood in for")
    return "\n".join(lines) + "\n"


def version_script(symbols: list[Symbol]) -> str:
    by_version: dict[str, list[str]] = {}
    for symbol in symbols:
        by_version.setdefault(symbol.version, []).append(symbol.name)
    nodes = []
    for index, (version, names) in enumerate(sorted(by_version.items())):
        exports = " ".join(f"{name};" for name in sorted(names))
        local = " local: *;" if index == 0 else ""
        nodes.append(f"{version} {{ global: {exports}{local} }};")
    return "\n".join(nodes) + "\n"


def soname(path: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-W", "-d", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^]]+)\]", dynamic)
    return match.group(1) if match else path.name


def build_stub(real: Path, stub: Stub, users: list[Path], work: Path) -> bytes:
    """The stand-in for `real`, exporting what `users` import from it."""
    wanted: dict[str, str] = {}
    for user in users:
        for name, version in imported(user).items():
            if wanted.setdefault(name, version) != version:
                raise UnsoundStubError(f"{real.name}: {name} asked for in two versions")
    offered = exported(real)
    # The version each user asks for (a library may define a name in several versions).
    symbols = sorted(
        (
            Symbol(name, offered[name].kind, offered[name].size, wanted[name])
            for name in wanted.keys() & offered.keys()
        ),
        key=lambda symbol: symbol.name,
    )
    source = work / f"{real.name}.c"
    source.write_text(stub_source(real.name, stub, symbols), encoding="utf-8")
    script = work / f"{real.name}.map"
    script.write_text(version_script(symbols), encoding="utf-8")
    output = work / real.name
    subprocess.run(
        [
            "gcc", "-shared", "-fPIC", "-O2", "-s", "-nostdlib",
            f"-Wl,-soname,{soname(real)}", f"-Wl,--version-script,{script}",
            "-Wl,-z,noexecstack", "-o", str(output), str(source),
        ],
        check=True,
        timeout=120,
    )  # fmt: skip
    return output.read_bytes()


def stub_bundle(bundle: Path) -> int:
    """Replace the listed libraries under `bundle`; returns the bytes saved."""
    elves = dict(bundle_elves(bundle))
    before = sum(path.stat().st_size for path in elves)
    unneeded_already = set(_unneeded(bundle))
    with tempfile.TemporaryDirectory() as work:
        for path in sorted(elves):
            stub = next(
                (s for prefix, s in STUBS.items() if path.name.startswith(prefix + "-")), None
            )
            if stub is None:
                continue
            name = soname(path)
            users = [other for other, needs in elves.items() if name in needs.libraries]
            path.write_bytes(build_stub(path, stub, users, Path(work)))
            print(f"stand-in for {path.relative_to(bundle)} ({stub.why}), {len(users)} user(s)")
    removed = _remove_unneeded(bundle, unneeded_already)
    after = sum(path.stat().st_size for path, _needs in bundle_elves(bundle))
    for path in removed:
        print(f"removed, needed only by a replaced library: {path.relative_to(bundle)}")
    return before - after


def _unneeded(bundle: Path) -> list[Path]:
    """Libraries in a folder of auditwheel's (NAME.libs) that no file names in DT_NEEDED."""
    elves = dict(bundle_elves(bundle))
    needed = {library for needs in elves.values() for library in needs.libraries}
    return [
        path for path in elves if path.parent.name.endswith(".libs") and soname(path) not in needed
    ]


def remove_library(path: Path, bundle: Path) -> None:
    """Remove `path` and the links to it (PyInstaller links _internal/NAME to
    _internal/PACKAGE.libs/NAME)."""
    for link in bundle.rglob("*"):
        if link.is_symlink() and link.resolve() == path.resolve():
            link.unlink()
    path.unlink()


def _remove_unneeded(bundle: Path, unneeded_already: set[Path]) -> list[Path]:
    """Remove the libraries that only replaced ones needed (none opened by name: those
    that nothing needed before stay)."""
    removed: list[Path] = []
    while orphans := [path for path in _unneeded(bundle) if path not in unneeded_already]:
        for path in orphans:
            remove_library(path, bundle)
            removed.append(path)
    return removed


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    saved = stub_bundle(Path(sys.argv[1]))
    print(f"stand-ins: {saved / 2**20:.0f} MB saved")
