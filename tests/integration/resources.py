"""What a process holds: video threads and open UDP sockets (Linux /proc)."""

from __future__ import annotations

import threading
from pathlib import Path

VIDEO_THREADS = ("jego-video", "asyncio_", "video-decoder", "video-encoder")


def video_threads() -> list[str]:
    return sorted(t.name for t in threading.enumerate() if t.name.startswith(VIDEO_THREADS))


def open_udp_ports() -> list[int]:
    """Local ports of this process's UDP sockets (IPv4 and IPv6)."""
    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = []
    for table in ("/proc/self/net/udp", "/proc/self/net/udp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                ports.append(int(fields[1].rsplit(":", 1)[1], 16))
    return sorted(ports)
