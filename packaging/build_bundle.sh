#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller (packaging/jego-desktop.spec):
#   bash packaging/build_bundle.sh [OUT]   (OUT defaults to build/bundle)
#   Linux    OUT/dist/jego-desktop/jego-desktop
#   Windows  OUT/dist/jego-desktop/jego-desktop.exe (Git Bash); then the installer:
#            iscc packaging/windows/jego-desktop.iss
#   macOS    OUT/dist/Jego Desktop.app
# Run it after `bash packaging/setup.sh test` (which installs PyInstaller into .venv and
# the Linux build's binutils, patchelf, gcc, icu-devtools and libblas64-3);
# on Windows and macOS, after `pip install . pyinstaller` in the venv. Only the Linux
# build is run by the tests here.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${JEGO_VENV:-$here/.venv}
bin=$venv/bin
[ -d "$venv/Scripts" ] && bin=$venv/Scripts  # a Windows venv
out=${1:-$here/build/bundle}
"$bin/pyside6-lrelease" -silent "$here"/translations/*.ts
# The icons are rendered from resources/icons/jego.svg, never committed.
"$bin/python" "$here/packaging/make_icons.py" "$out/icons" >/dev/null
JEGO_ICONS="$out/icons" "$bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$out/dist" --workpath "$out/work" \
  "$here/packaging/jego-desktop.spec"
if [ "$(uname -s)" = Linux ]; then
  bundle=$out/dist/jego-desktop
  # FFmpeg's codecs and TLS that Jego never opens, as stand-ins that fail cleanly; Qt's
  # ICU data without what Qt never asks ICU for; NumPy's OpenBLAS as Debian's reference
  # BLAS (all three built with gcc).
  "$bin/python" "$here/packaging/library_stubs.py" "$bundle" >&2
  "$bin/python" "$here/packaging/icu_trim.py" "$bundle" >&2
  "$bin/python" "$here/packaging/openblas_standin.py" "$bundle" >&2
  # Symbol tables only debuggers read, where the library still loads without them.
  "$bin/python" "$here/packaging/strip_bundle.py" "$bundle" >&2
  # A RUNPATH into the build machine's Python (a pyenv build has one) names a folder no
  # user has: removed with patchelf (Debian's package; `setup.sh test` installs it).
  "$bin/python" "$here/packaging/elf_needs.py" --foreign-runpath "$bundle" |
    while IFS= read -r file; do patchelf --remove-rpath "$file"; done
fi
echo "$out/dist/jego-desktop"
