#!/usr/bin/env bash
# Set up Jego Desktop on Debian/Ubuntu and start it (`run`) or run the whole test suite (`test`).
# Installs only what is missing: Debian packages with apt, Python packages into ./.venv.
# Idempotent; a second run with everything in place takes a few seconds.
set -euo pipefail

mode=${1:-run}
shift || true
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
venv=${JEGO_VENV:-$here/.venv}

app_debs=(
  libportaudio2 libopus0 fonts-noto-cjk
  # Qt's xcb platform plugin
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3
  # Qt's wayland platform plugin
  libwayland-client0 libwayland-cursor0 libwayland-egl1
)
test_debs=(
  kamailio kamailio-tls-modules kamailio-presence-modules kamailio-sqlite-modules baresip
  sip-tester openssl sox iproute2 nftables coturn iso-codes
  linphone-cli  # linphonec, Linphone's own engine as a test peer (tests/peers/linphonec.py)
  linphone-desktop  # compared in tests/bench/test_start_bench.py (5.4 MB to download)
  pulseaudio pulseaudio-utils libasound2-plugins xvfb
  desktop-file-utils appstream xdg-utils xdotool dbus
  gnome-keyring  # a real Secret Service for the keyring label test
  # the bundle and the .deb (tests/integration/test_bundle.py, test_deb.py); gcc, icupkg
  # and the reference BLAS make the stand-in libraries (packaging/library_stubs.py,
  # icu_trim.py, openblas_standin.py)
  binutils patchelf lintian gcc icu-devtools libblas64-3
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing_debs() {
  local pkg
  for pkg in "$@"; do
    if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then
      echo "$pkg"
    fi
  done
}

apt_updated=no
install_debs() {
  local missing
  mapfile -t missing < <(missing_debs "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  if [ $apt_updated = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# A CPython 3.10 to 3.12 that can make a virtualenv (the pjsua2 wheel stops at 3.12;
# echo cancellation and the code need 3.10).
find_python() {
  local candidate
  for candidate in python3.12 python3.11 python3.10 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys, venv, ensurepip; sys.exit(not (3, 10) <= sys.version_info[:2] <= (3, 12))' \
        2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

ensure_venv() {
  local extras=$1 python stamp wanted
  if [ ! -x "$venv/bin/python" ]; then
    python=$(find_python) || {
      install_debs python3 python3-venv
      python=$(find_python) || {
        echo "Jego Desktop needs CPython 3.10 to 3.12 (the pjsua2 wheel stops at 3.12; echo cancellation needs 3.10)." >&2
        exit 1
      }
    }
    echo "Creating the virtualenv $venv with $python"
    "$python" -m venv "$venv"
  fi
  stamp="$venv/.jego-installed"
  wanted="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"
  # An install with the test extras also serves `run`.
  case "$(cat "$stamp" 2>/dev/null)" in "$wanted" | "$wanted[test]") return 0 ;; esac
  if true; then
    echo "Installing Python packages into $venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -e ".$extras"
    echo "$wanted" >"$stamp"
  fi
}

# Compiled translations (.qm) are build output, never committed.
compile_translations() { "$venv/bin/pyside6-lrelease" -silent translations/*.ts; }

case "$mode" in
  run)
    install_debs "${app_debs[@]}"
    ensure_venv ""
    compile_translations
    exec "$venv/bin/jego-desktop" "$@"
    ;;
  test)
    install_debs "${app_debs[@]}" "${test_debs[@]}"
    ensure_venv "[test]"
    compile_translations
    exec "$venv/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: packaging/setup.sh run [APP ARGS] | test [PYTEST ARGS]" >&2
    exit 2
    ;;
esac
