#!/usr/bin/env bash
# Bring the .ts files (the source of truth translators edit) in step with the code:
# pyside6-lupdate adds new texts as unfinished, drops those the code no longer has and
# keeps every translation already made. Table files left in translations/texts/ and
# translations/texts_zh_TW/ (from branches, or bulk work) are then imported into the
# unfinished entries and deleted (translations/import_table.py); a table naming a text
# the code does not have is kept and reported (exit 1).
# Serialised with flock: several people (or helpers) may run it at once.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
venv=${JEGO_VENV:-$here/.venv}
exec 9>"$here/translations/.update.lock"
flock 9
mapfile -t sources < <(find jego_desktop -name '*.py' | sort)
lupdate() {
  "$venv/bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations none -silent \
    -ts translations/jego_zh_CN.ts translations/jego_zh_TW.ts translations/jego_fr.ts
}
lupdate
mapfile -t tables < <(find translations/texts translations/texts_zh_TW -name '*.py' 2>/dev/null | sort)
status=0
if ((${#tables[@]})); then
  "$venv/bin/python" translations/import_table.py --delete "${tables[@]}" || status=$?
  lupdate # back to lupdate's own layout, as Qt Linguist writes it
fi
rmdir translations/texts translations/texts_zh_TW 2>/dev/null || true # emptied by the import
exit "$status"
