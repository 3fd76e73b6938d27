"""What a process holds: video threads and open UDP sockets (Linux /proc)."""

from __future__ import annotations

import gc
import sys
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


def peer_connections() -> int:
    """aiortc peer connections alive in this process after a garbage collection (0
    before aiortc loads)."""
    module = sys.modules.get("aiortc.rtcpeerconnection")
    if module is None:
        return 0
    gc.collect()
    kind = module.RTCPeerConnection
    return sum(1 for o in gc.get_objects() if isinstance(o, kind))


def python_objects() -> int:
    """Objects the garbage collector tracks in this process, after a collection."""
    gc.collect()
    return len(gc.get_objects())


def process_figures(pid: int | str = "self") -> dict[str, int]:
    """Open file descriptors, threads and resident memory (kB) of a process."""
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    fields = dict(line.split(":", 1) for line in status if ":" in line)
    return {
        "fds": len(list(Path(f"/proc/{pid}/fd").iterdir())),
        "threads": int(fields["Threads"]),
        "rss_kb": int(fields["VmRSS"].split()[0]),
    }
