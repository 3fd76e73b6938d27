#!/usr/bin/env bash
# Refresh the .ts files from the sources and fill them from translations/texts/*.py
# and translations/texts_zh_TW/*.py.
# Serialised with flock: several people (or helpers) may run it at once.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
venv=${JEGO_VENV:-$here/.venv}
exec 9>"$here/translations/.update.lock"
flock 9
mapfile -t sources < <(find jego_desktop -name '*.py' | sort)
"$venv/bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations none -silent \
  -ts translations/jego_zh_CN.ts translations/jego_zh_TW.ts translations/jego_fr.ts
"$venv/bin/python" translations/fill.py
