"""What the ELF files of a bundle need from the system: libraries and glibc symbol versions.

    python packaging/elf_needs.py BUNDLE_DIR            the system libraries, one a line
    python packaging/elf_needs.py --glibc BUNDLE_DIR    the glibc floor (e.g. 2.34)
    python packaging/elf_needs.py --depends BUNDLE_DIR  a Debian Depends line
    python packaging/elf_needs.py --foreign-runpath BUNDLE_DIR
                                        files whose RUNPATH names a folder outside the bundle

Reads each file's dynamic section (DT_NEEDED) and its version needs (.gnu.version_r)
itself, so no binutils is needed. A needed library that no file of the bundle is named
after comes from the system; `--depends` maps those to Debian packages with `dpkg -S`
on the path `ldconfig -p` gives. Run by packaging/build_deb.sh and the tests.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SHT_SYMTAB = 2
SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NEEDED = 1
DT_RPATH = 15
DT_RUNPATH = 29
GLIBC_VERSION = re.compile(r"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?$")


@dataclass
class ElfNeeds:
    libraries: list[str] = field(default_factory=list)
    versions: dict[str, set[str]] = field(default_factory=dict)  # library -> version names
    search_paths: list[str] = field(default_factory=list)  # DT_RUNPATH and DT_RPATH
    has_symbol_table: bool = False  # .symtab, which only debuggers read


def _string(data: bytes, offset: int) -> str:
    end = data.index(b"\0", offset)
    return data[offset:end].decode("ascii", "replace")


def read_needs(path: Path) -> ElfNeeds | None:
    """The libraries and symbol versions a 64-bit little-endian ELF file needs; None for
    any other file."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + index * shentsize) for index in range(shnum)
    ]
    needs = ElfNeeds()
    for _name, kind, _flags, _addr, offset, size, link, info, _align, _entsize in sections:
        needs.has_symbol_table = needs.has_symbol_table or kind == SHT_SYMTAB
        if kind not in (SHT_DYNAMIC, SHT_GNU_VERNEED):
            continue
        strings_offset = sections[link][4]
        if kind == SHT_DYNAMIC:
            for position in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", data, position)
                if tag == DT_NEEDED:
                    needs.libraries.append(_string(data, strings_offset + value))
                elif tag in (DT_RUNPATH, DT_RPATH):
                    needs.search_paths += _string(data, strings_offset + value).split(":")
            continue
        position = offset
        for _entry in range(info):  # Elf64_Verneed entries, each with its Vernaux list
            _version, count, file_name, aux, next_entry = struct.unpack_from(
                "<HHIII", data, position
            )
            library = _string(data, strings_offset + file_name)
            names = needs.versions.setdefault(library, set())
            aux_position = position + aux
            for _item in range(count):
                _hash, _flags, _other, name, next_aux = struct.unpack_from(
                    "<IHHII", data, aux_position
                )
                names.add(_string(data, strings_offset + name))
                aux_position += next_aux
            position += next_entry
    return needs


def bundle_elves(bundle: Path) -> Iterator[tuple[Path, ElfNeeds]]:
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            needs = read_needs(path)
            if needs is not None:
                yield path, needs


def system_libraries(bundle: Path) -> set[str]:
    """Libraries some ELF file of the bundle needs that the bundle does not carry."""
    carried = {path.name for path in bundle.rglob("*")}
    needed = {library for _path, needs in bundle_elves(bundle) for library in needs.libraries}
    return needed - carried


def foreign_search_paths(bundle: Path) -> list[Path]:
    """Files whose library search path names a folder outside the bundle (the build
    machine's, e.g. a pyenv Python's lib folder): none of them exists elsewhere."""
    return [
        path
        for path, needs in bundle_elves(bundle)
        if any(not entry.startswith("$ORIGIN") for entry in needs.search_paths if entry)
    ]


def glibc_floor(bundle: Path) -> tuple[int, ...]:
    """The newest GLIBC_x.y symbol version any ELF file of the bundle needs."""
    floor: tuple[int, ...] = (2, 2, 5)
    for _path, needs in bundle_elves(bundle):
        for names in needs.versions.values():
            for name in names:
                match = GLIBC_VERSION.match(name)
                if match:
                    version = tuple(int(part) for part in match.groups() if part is not None)
                    floor = max(floor, version)
    return floor


def library_paths() -> dict[str, str]:
    """soname -> path of the x86-64 libraries the dynamic linker knows (`ldconfig -p`)."""
    listing = subprocess.run(
        ["ldconfig", "-p"], capture_output=True, text=True, check=True, timeout=30
    ).stdout
    paths: dict[str, str] = {}
    for line in listing.splitlines():
        match = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)", line)
        if match and "x86-64" in match.group(2):
            paths.setdefault(match.group(1), match.group(3))
    return paths


def owning_package(path: str) -> str:
    """The Debian package that ships `path` (`dpkg -S`, following /lib -> /usr/lib)."""
    for candidate in (path, str(Path(path).resolve())):
        for spelling in {candidate, re.sub(r"^/usr/lib/", "/lib/", candidate)}:
            found = subprocess.run(
                ["dpkg", "-S", spelling], capture_output=True, text=True, timeout=30
            )
            if found.returncode == 0:
                return found.stdout.split(":", 1)[0].strip()
    raise LookupError(f"no Debian package ships {path}")


def depends_line(bundle: Path) -> str:
    """Debian Depends for the system libraries: libc6 at the glibc floor, the others as
    installed here (a soname in a package name carries the ABI already)."""
    paths = library_paths()
    missing = sorted(name for name in system_libraries(bundle) if name not in paths)
    if missing:
        raise LookupError(f"not installed here, so not mappable: {', '.join(missing)}")
    packages = {owning_package(paths[name]) for name in system_libraries(bundle)}
    floor = ".".join(str(part) for part in glibc_floor(bundle))
    packages.discard("libc6")
    return ", ".join([f"libc6 (>= {floor})", *sorted(packages)])


def main(arguments: list[str]) -> int:
    if len(arguments) == 2 and arguments[0] == "--glibc":
        print(".".join(str(part) for part in glibc_floor(Path(arguments[1]))))
    elif len(arguments) == 2 and arguments[0] == "--depends":
        print(depends_line(Path(arguments[1])))
    elif len(arguments) == 2 and arguments[0] == "--foreign-runpath":
        for path in foreign_search_paths(Path(arguments[1])):
            print(path)
    elif len(arguments) == 1:
        print("\n".join(sorted(system_libraries(Path(arguments[0])))))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
