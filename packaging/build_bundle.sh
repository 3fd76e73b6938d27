#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller:
#   bash packaging/build_bundle.sh            -> build/bundle/dist/jego-desktop/jego-desktop
# Run it after `bash packaging/setup.sh test` (which installs PyInstaller into .venv).
# The same command works on Windows (Git Bash) and macOS with their own venv; the
# Windows installer (packaging/windows/jego-desktop.iss) packs the folder it makes.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${JEGO_VENV:-$here/.venv}
out=${1:-$here/build/bundle}
sep=":"; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) sep=";" ;; esac
"$venv/bin/pyside6-lrelease" -silent "$here"/translations/*.ts
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --onedir --windowed --name jego-desktop \
  --paths "$here" \
  --distpath "$out/dist" --workpath "$out/work" --specpath "$out" \
  --add-data "$here/resources${sep}resources" \
  --add-data "$here/translations${sep}translations" \
  --collect-submodules jego_desktop \
  --collect-all pjsua2 \
  --collect-all sounddevice \
  --collect-all soundfile \
  --collect-all pywebrtc_audio \
  "$here/packaging/bundle_entry.py"
echo "$out/dist/jego-desktop"
