"""A private PulseAudio server with a virtual microphone and speaker (no sound card needed).

Layout inside the server (names with the default prefix "jego"):

    paplay -d jego_mic_sink ──> [null sink jego_mic_sink] ──monitor──> [remap source jego_mic]
                                                                          └─> default source
    default sink ──> [null sink jego_speaker] ──monitor──> parecord -d jego_speaker.monitor

PortAudio (and so `sounddevice`) reaches the server through ALSA's pulse plugin
(libasound2-plugins). `VirtualAudio.env` holds everything a client needs:

* ``PULSE_SERVER`` – the server's private unix socket;
* ``ALSA_CONFIG_PATH`` – a self-contained ALSA configuration written by `start()`: the
  ``default`` PCM/CTL are the pulse plugin, plus named PCMs ``jego_mic``, ``jego_speaker``,
  ``jego_feed_mic`` and ``jego_speaker_monitor``. It replaces the system configuration, so
  neither /etc/alsa, /etc/asound.conf nor ~/.asoundrc can redirect the tests elsewhere;
* ``PULSE_SINK`` / ``PULSE_SOURCE`` – the virtual speaker and microphone (the server's
  defaults too), honoured by the pulse plugin's ``default`` device;
* ``PULSE_CLIENTCONFIG`` (``autospawn = no``), ``PULSE_COOKIE`` and ``PULSE_RUNTIME_PATH`` –
  so clients never spawn a server of their own nor write into ``$HOME`` (a process that
  loads libpulse *without* this env, e.g. `import sounddevice` under Debian's system ALSA
  configuration, still creates ~/.config/pulse/*-runtime and /tmp/pulse-*).

A null sink renders in blocks of up to two seconds while nothing asks for low latency, and
only notices a new low-latency client at its next wake-up: the first capture callback then
comes 1.2–2 s late. Two internal loopbacks into a third "drain" sink keep both null sinks
rendering in 10 ms blocks, and the start-up script suspends and resumes every sink once so
the very first client is served promptly: the first capture callback comes ~15 ms after
opening the stream (~0.15 s for the first stream of a fresh process, which also connects).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tests.peers.process import ManagedProcess, PeerError

SAMPLE_RATE = 48000
# sun_path is 108 bytes on Linux; keep a margin for the NUL byte.
_MAX_SOCKET_PATH = 100
# Environment variables that would point a client, or the server, somewhere else.
_FOREIGN_AUDIO_VARS = ("PULSE_", "ALSA_CONFIG_PATH")


class AudioJob(ManagedProcess):
    """A `paplay` or `parecord` run against the virtual server, its output in a log file.

    `stop()` (SIGTERM) makes parecord close its WAV file properly.
    """

    def __init__(self, name: str, argv: list[str], log_path: Path, env: dict[str, str]) -> None:
        super().__init__(name, argv, log_path, env=env)

    def wait(self, timeout: float) -> None:
        """Wait for the program to finish; fail with its log on a timeout or an error exit."""
        proc = self._proc
        assert proc is not None, "wait() before start()"
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            message = f"{self.name} still running after {timeout} s:\n{self.log_tail()}"
            raise PeerError(message) from None
        returncode = self.stop()
        if returncode != 0:
            raise PeerError(f"{self.name} exited with {returncode}:\n{self.log_tail()}")


class SpeakerRecording:
    """A parecord process recording the virtual speaker's monitor into a WAV file."""

    def __init__(self, job: AudioJob, wav: Path) -> None:
        self.job = job
        self.wav = wav

    def stop(self) -> Path:
        """Stop recording and return the (complete) WAV file."""
        if not self.job.is_running():
            self.job.stop()
            raise PeerError(f"{self.job.name} died while recording:\n{self.job.log_tail()}")
        self.job.stop()
        return self.wav


class VirtualAudio:
    """A private PulseAudio server with a virtual microphone and speaker.

    Everything it writes (configuration, socket, logs, cookie) lives in `workdir`;
    nothing system-wide is read or changed, and several instances may run side by side.
    """

    def __init__(self, workdir: Path, prefix: str = "jego") -> None:
        self.workdir = workdir
        self.speaker_sink = f"{prefix}_speaker"
        self.speaker_monitor = f"{self.speaker_sink}.monitor"
        self.microphone_sink = f"{prefix}_mic_sink"
        self.microphone_source = f"{prefix}_mic"
        self._drain_sink = f"{prefix}_drain"
        # ALSA PCM names PortAudio lists as devices (besides "default").
        self.alsa_microphone = f"{prefix}_mic"
        self.alsa_speaker = f"{prefix}_speaker"
        self.alsa_feed_microphone = f"{prefix}_feed_mic"
        self.alsa_speaker_monitor = f"{prefix}_speaker_monitor"
        self._socket_dir = _socket_dir_for(workdir)
        self.socket = self._socket_dir / "native"
        self._server: ManagedProcess | None = None
        self._jobs: list[AudioJob] = []
        self._saved_environ: dict[str, str | None] | None = None
        self._job_count = 0

    # --- configuration -------------------------------------------------------------------

    @property
    def env(self) -> dict[str, str]:
        """The environment variables a client process (or this one) needs."""
        return {
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_CLIENTCONFIG": str(self.workdir / "client.conf"),
            "PULSE_COOKIE": str(self.workdir / "cookie"),
            "PULSE_RUNTIME_PATH": str(self.workdir / "runtime"),
            "PULSE_SINK": self.speaker_sink,
            "PULSE_SOURCE": self.microphone_source,
            "ALSA_CONFIG_PATH": str(self.workdir / "asound.conf"),
        }

    def child_env(self) -> dict[str, str]:
        """This process's environment, cleaned of other audio settings, plus `env`."""
        return {**_without_audio_vars(os.environ), **self.env}

    def _server_env(self) -> dict[str, str]:
        env = _without_audio_vars(os.environ)
        env.pop("DISPLAY", None)  # no X11 autolaunch of a D-Bus daemon that would outlive us
        env.update(
            HOME=str(self.workdir / "home"),
            XDG_RUNTIME_DIR=str(self.workdir / "runtime"),
            XDG_CONFIG_HOME=str(self.workdir / "home" / ".config"),
            PULSE_RUNTIME_PATH=str(self.workdir / "runtime"),
            PULSE_STATE_PATH=str(self.workdir / "state"),
            PULSE_CONFIG=str(self.workdir / "daemon.conf"),
            DBUS_SESSION_BUS_ADDRESS="disabled:",
        )
        return env

    def _write_config(self) -> None:
        for sub in ("home", "runtime", "state"):
            (self.workdir / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        (self.workdir / "default.pa").write_text(self._server_script())
        (self.workdir / "daemon.conf").write_text(_DAEMON_CONF)
        (self.workdir / "client.conf").write_text("autospawn = no\n")
        (self.workdir / "asound.conf").write_text(self._alsa_config())

    def _server_script(self) -> str:
        mono = f"rate={SAMPLE_RATE} channels=1 channel_map=mono"
        sinks = (self.speaker_sink, self.microphone_sink, self._drain_sink)
        keep_awake = [
            f"load-module module-loopback source={source} sink={self._drain_sink}"
            " latency_msec=10 source_dont_move=true sink_dont_move=true"
            for source in (f"{self.microphone_sink}.monitor", self.speaker_monitor)
        ]
        lines = [
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
            *(f"load-module module-null-sink sink_name={sink} {mono}" for sink in sinks),
            f"load-module module-remap-source source_name={self.microphone_source}"
            f" master={self.microphone_sink}.monitor {mono} master_channel_map=mono",
            *keep_awake,
            # Restart every sink's render loop so the loopbacks' 10 ms latency applies now,
            # not after the first 2 s block.
            *(f"suspend-sink {sink} {state}" for sink in sinks for state in (1, 0)),
            f"set-default-sink {self.speaker_sink}",
            f"set-default-source {self.microphone_source}",
        ]
        return "\n".join(lines) + "\n"

    def _alsa_config(self) -> str:
        pcms = {
            "!default": ("", "PulseAudio: virtual microphone and speaker"),
            "pulse": ("", "PulseAudio sound server"),
            self.alsa_microphone: (self.microphone_source, "Virtual microphone"),
            self.alsa_speaker: (self.speaker_sink, "Virtual speaker"),
            self.alsa_feed_microphone: (self.microphone_sink, "Plays into the virtual microphone"),
            self.alsa_speaker_monitor: (self.speaker_monitor, "Records the virtual speaker"),
        }
        lines = [
            "# Written by tests/peers/pulse.py; replaces the system ALSA configuration.",
            "ctl.!default { type pulse }",
            "ctl.pulse { type pulse }",
        ]
        for name, (device, description) in pcms.items():
            device_line = f' device "{device}"' if device else ""
            lines.append(
                f"pcm.{name} {{ type pulse{device_line}"
                f' hint {{ show on description "{description}" }} }}'
            )
        return "\n".join(lines) + "\n"

    # --- life cycle ----------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        """Write the configuration, start the server and wait until the microphone exists."""
        if shutil.which("pulseaudio") is None:
            raise PeerError("pulseaudio is not installed (Debian package: pulseaudio)")
        self._write_config()
        argv = [
            "pulseaudio",
            "-n",
            f"--file={self.workdir / 'default.pa'}",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--enable-memfd=no",
            "--disable-shm=yes",
            "--log-target=stderr",
            "--log-level=info",
        ]
        self._server = ManagedProcess(
            "pulseaudio", argv, self.workdir / "pulseaudio.log", env=self._server_env()
        )
        self._server.start()
        self._server.wait_until(self._is_ready, timeout, "virtual microphone")

    def _is_ready(self) -> bool:
        if not self.socket.exists():
            return False
        sources = self.pactl("list", "short", "sources", check=False)
        return any(line.split("\t")[1:2] == [self.microphone_source] for line in sources)

    def stop(self) -> None:
        """Stop every player and recorder, then the server; restore this process's env."""
        for job in self._jobs:
            job.stop()
        self._jobs.clear()
        if self._server is not None:
            self._server.stop()
        self.restore_this_process()
        if self._socket_dir != self.workdir:
            shutil.rmtree(self._socket_dir, ignore_errors=True)

    def log_tail(self, lines: int = 60) -> str:
        return self._server.log_tail(lines) if self._server is not None else "(not started)"

    # --- this process --------------------------------------------------------------------

    def apply_to_this_process(self) -> None:
        """Point this process at the server: set `os.environ`, re-scan PortAudio devices."""
        if self._saved_environ is None:
            self._saved_environ = {name: os.environ.get(name) for name in self.env}
        os.environ.update(self.env)
        reinitialise_portaudio()

    def restore_this_process(self) -> None:
        """Undo `apply_to_this_process` (no-op if it was not called)."""
        saved, self._saved_environ = self._saved_environ, None
        if saved is None:
            return
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        reinitialise_portaudio()

    # --- feeding the microphone, recording the speaker -----------------------------------

    def pactl(self, *args: str, check: bool = True, timeout: float = 5.0) -> list[str]:
        """Run pactl against this server; its stdout lines."""
        result = subprocess.run(
            ["pactl", *args],
            env=self.child_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode != 0:
            raise PeerError(f"pactl {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.splitlines()

    def start_playing_into_microphone(self, wav: Path) -> AudioJob:
        """Start `paplay` into the microphone; `wait()` or `stop()` the returned job."""
        return self._start_job("paplay", ["paplay", f"--device={self.microphone_sink}", str(wav)])

    def play_into_microphone(self, wav: Path, timeout: float = 15.0) -> None:
        """Play a WAV file into the virtual microphone and wait until it has been played."""
        self.start_playing_into_microphone(wav).wait(timeout)

    def start_recording_speaker(self, wav: Path, rate: int = SAMPLE_RATE) -> SpeakerRecording:
        """Start recording the virtual speaker (mono 16-bit WAV); `stop()` the handle."""
        return self.start_recording(self.speaker_monitor, wav, rate)

    def start_recording(self, source: str, wav: Path, rate: int = SAMPLE_RATE) -> SpeakerRecording:
        """Start recording any source of this server, e.g. a sink's monitor."""
        argv = [
            "parecord",
            f"--device={source}",
            "--file-format=wav",
            "--format=s16le",
            f"--rate={rate}",
            "--channels=1",
            "--latency-msec=20",
            str(wav),
        ]
        return SpeakerRecording(self._start_job("parecord", argv), wav)

    def record_speaker(self, wav: Path, seconds: float) -> Path:
        """Record the virtual speaker for `seconds`; the WAV file."""
        recording = self.start_recording_speaker(wav)
        self.wait_for_recorder(recording)
        time.sleep(seconds)
        return recording.stop()

    def wait_for_recorder(self, recording: SpeakerRecording, timeout: float = 5.0) -> None:
        """Wait until the recorder's stream is connected to its source."""
        marker = f'application.process.id = "{recording.job.pid}"'

        def connected() -> bool:
            return any(marker in line for line in self.pactl("list", "source-outputs"))

        recording.job.wait_until(connected, timeout, "parecord stream")

    def _start_job(self, program: str, argv: list[str]) -> AudioJob:
        if self._server is None or not self._server.is_running():
            raise PeerError(f"{program}: the virtual audio server is not running")
        self._job_count += 1
        log = self.workdir / f"{program}-{self._job_count}.log"
        job = AudioJob(f"{program} #{self._job_count}", argv, log, env=self.child_env())
        job.start()
        self._jobs.append(job)
        return job


_DAEMON_CONF = """\
; Written by tests/peers/pulse.py; replaces /etc/pulse/daemon.conf.
exit-idle-time = -1
enable-shm = no
enable-memfd = no
flat-volumes = no
default-sample-format = s16le
default-sample-rate = 48000
default-sample-channels = 1
default-channel-map = mono
"""


def reinitialise_portaudio() -> None:
    """Make an already imported `sounddevice` re-scan devices with the current environment.

    PortAudio scans devices once, in Pa_Initialize (at `import sounddevice`); ALSA re-reads
    ALSA_CONFIG_PATH when PortAudio initialises again. Open streams must be closed first.
    """
    sounddevice = sys.modules.get("sounddevice")
    if sounddevice is None:
        return  # the first import will see the environment
    sounddevice._terminate()
    sounddevice._initialize()


def _without_audio_vars(environ: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in environ.items() if not k.startswith(_FOREIGN_AUDIO_VARS)}


def _socket_dir_for(workdir: Path) -> Path:
    """`workdir`, or a short temporary directory if a socket path there would be too long."""
    if len(str(workdir / "native")) <= _MAX_SOCKET_PATH:
        return workdir
    return Path(tempfile.mkdtemp(prefix="jego-pa-"))


@pytest.fixture(scope="module")
def virtual_audio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtualAudio]:
    """A running `VirtualAudio`, stopped (and this process's env restored) at teardown."""
    for program in ("pulseaudio", "paplay", "parecord", "pactl"):
        if shutil.which(program) is None:
            raise PeerError(f"{program} is not installed (Debian: pulseaudio, pulseaudio-utils)")
    audio = VirtualAudio(tmp_path_factory.mktemp("pulse"))
    try:
        audio.start()
        yield audio
    finally:
        audio.stop()
