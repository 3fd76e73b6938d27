"""The engine's fixed reasons, and the words around the details of its templated ones,
are shown in the user's language; the details and anything unknown stay as they came."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from jego_desktop.domain.sip_reasons import registration_reason
from jego_desktop.media.devices import AudioStatus, choose_device
from jego_desktop.models.window.engine_texts import KNOWN_REASONS, TEMPLATES, engine_text

ROOT = Path(__file__).resolve().parents[4]


@pytest.fixture(scope="module")
def compiled_french(tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiled = tmp_path_factory.mktemp("qm") / "jego_fr.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(ROOT / "translations" / "jego_fr.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return compiled


@pytest.fixture
def french(qapp: QCoreApplication, compiled_french: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(compiled_french))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_reasons_are_translated_once_french_is_installed(french: None) -> None:
    assert engine_text("server unreachable") == "serveur injoignable"
    assert engine_text(registration_reason(401, "Unauthorized")) == (
        "nom d’utilisateur ou mot de passe incorrect"
    )
    assert engine_text("488 Not Acceptable Here") == "488 Not Acceptable Here"  # no template


def test_templated_reasons_keep_their_details_untranslated(french: None) -> None:
    assert engine_text(registration_reason(500, "Oops")) == "erreur du serveur (500 Oops)"
    assert engine_text(registration_reason(503, "")) == "serveur injoignable"
    status = AudioStatus((), (), default_input="Built-in (analog)", default_output="HDMI")
    assert engine_text(choose_device(status, "USB Mic (2)", "input").problem) == (
        "le micro « USB Mic (2) » n’est pas branché ; celui du système est utilisé "
        "(Built-in (analog))"
    )
    assert engine_text(choose_device(AudioStatus((), ()), "Headset", "output").problem) == (
        "le haut-parleur « Headset » n’est pas branché"
    )
    assert engine_text(choose_device(AudioStatus((), ()), "", "input").problem) == (
        "aucun micro trouvé"
    )
    assert engine_text(
        "the microphone did not start (Invalid sample rate [PaErrorCode -9997])"
    ) == ("le micro n’a pas démarré (Invalid sample rate [PaErrorCode -9997])")


def test_english_stays_as_it_came(qapp: QCoreApplication) -> None:
    assert engine_text("server error (500 Oops)") == "server error (500 Oops)"
    assert engine_text("the speaker “A” cannot be opened (B)") == (
        "the speaker “A” cannot be opened (B)"
    )


def test_every_fixed_registration_reason_is_known() -> None:
    for code in (200, 401, 403, 404, 408, 423, 0):
        assert registration_reason(code, "") in KNOWN_REASONS


def test_every_template_is_translated_with_its_details(french: None) -> None:
    for template in TEMPLATES:
        english = template.replace("%1", "DETAIL-ONE").replace("%2", "DETAIL-TWO")
        shown = engine_text(english)
        assert shown != english, template
        assert shown.count("DETAIL-ONE") == 1, template
        assert shown.count("DETAIL-TWO") == template.count("%2"), template


SOURCES = ("media/sound_bridge.py", "media/devices.py", "media/echo.py", "media/voice_message.py")


def test_every_message_the_sound_code_writes_has_a_template(french: None) -> None:
    """The f-strings of the media package, filled in, are all translated: a message
    reworded there without its template here fails."""
    package = ROOT / "jego_desktop"
    found = []
    for source in SOURCES:
        text = (package / source).read_text(encoding="utf-8")
        found += re.findall(r'f"((?:the|no|echo) [^"]*)"', text)
    assert len(found) >= 15
    for pattern in found:
        for label in ("microphone", "speaker"):
            english = re.sub(r"\{[^}]*\}", "X", pattern.replace("{label}", label))
            if english.endswith("using the system default"):
                english += " (X)"  # devices.choose_device adds the default's name
            assert engine_text(english) != english, english
