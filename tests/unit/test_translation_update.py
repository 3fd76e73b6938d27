"""translations/update.sh keeps the .ts files as translators left them: it adds the code's
new texts, never overwrites a finished translation, and imports a branch's table into the
unfinished entries only (in every context of that text), then deletes the table."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parents[1]


def translation(ts: Path, context: str, source: str) -> tuple[str, str | None]:
    """(text, type) of one message; type is "unfinished" while it is not translated."""
    for each in ET.parse(ts).getroot().iter("context"):
        if each.findtext("name") != context:
            continue
        for message in each.iter("message"):
            if message.findtext("source") == source:
                found = message.find("translation")
                assert found is not None
                return found.text or "", found.get("type")
    raise AssertionError(f"{context}: {source!r} is not in {ts.name}")


def set_translation(ts: Path, context: str, source: str, text: str) -> None:
    """What a translator does in Qt Linguist: a new, finished translation."""
    tree = ET.parse(ts)
    for each in tree.getroot().iter("context"):
        for message in each.iter("message"):
            if each.findtext("name") == context and message.findtext("source") == source:
                found = message.find("translation")
                assert found is not None
                found.text = text
                found.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def test_update_keeps_translators_edits_and_imports_tables_into_unfinished_entries(
    tmp_path: Path,
) -> None:
    tree = tmp_path / "tree"
    ignore = shutil.ignore_patterns("__pycache__", "*.qm", ".update.lock")
    shutil.copytree(ROOT / "jego_desktop", tree / "jego_desktop", ignore=ignore)
    shutil.copytree(ROOT / "translations", tree / "translations", ignore=ignore)
    french = tree / "translations" / "jego_fr.ts"
    traditional = tree / "translations" / "jego_zh_TW.ts"
    set_translation(french, "MainWindow", "Settings", "Paramètres (revu)")
    # A branch's new code: a new text, and a text the app has in a new context.
    (tree / "jego_desktop" / "branch_texts.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        'QCoreApplication.translate("BranchPage", "A text only this branch has")\n'
        'QCoreApplication.translate("BranchPage", "Settings")\n',
        encoding="utf-8",
    )
    # ... and its tables: they name "Settings" too, which is finished elsewhere.
    (tree / "translations" / "texts").mkdir()
    (tree / "translations" / "texts_zh_TW").mkdir()
    table = tree / "translations" / "texts" / "branch.py"
    table.write_text(
        "TEXTS = {\n"
        '    "A text only this branch has": ("Un texte de la branche", "分支的文字"),\n'
        '    "Settings": ("Réglages de la branche", "分支设置"),\n'
        "}\n",
        encoding="utf-8",
    )
    traditional_table = tree / "translations" / "texts_zh_TW" / "branch.py"
    traditional_table.write_text(
        'TEXTS = {"A text only this branch has": "分支的文字"}\n', encoding="utf-8"
    )

    done = subprocess.run(
        ["bash", str(tree / "translations" / "update.sh")],
        env={"JEGO_VENV": str(VENV), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr

    assert translation(french, "MainWindow", "Settings") == ("Paramètres (revu)", None)
    assert translation(french, "TopBar", "Settings") == ("Réglages", None)
    assert translation(french, "BranchPage", "Settings") == ("Réglages de la branche", None)
    assert translation(french, "BranchPage", "A text only this branch has") == (
        "Un texte de la branche",
        None,
    )
    assert translation(traditional, "BranchPage", "A text only this branch has") == (
        "分支的文字",
        None,
    )
    assert not table.exists() and not traditional_table.exists()
    assert french.read_text(encoding="utf-8").startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'
    )  # lupdate's own layout, as Qt Linguist writes it


def test_a_table_naming_a_text_the_code_lacks_is_kept_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(ROOT / "translations", folder, ignore=shutil.ignore_patterns("*.qm"))
    (folder / "texts").mkdir()
    table = folder / "texts" / "stale.py"
    table.write_text('TEXTS = {"No such text in the app": ("Aucun", "没有")}\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(folder / "import_table.py"), "--delete", str(table)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "No such text in the app" in done.stdout
    assert table.exists()
