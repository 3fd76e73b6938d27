"""Every reason the layers below models/ write for people (domain/reasons.py `reason`,
collected here from the code) is listed for translation and shown in the user's language,
its details kept as they came; anything unknown stays as it came."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from jego_desktop.domain.sip_reasons import registration_reason
from jego_desktop.media.devices import AudioStatus, choose_device
from jego_desktop.models.window.engine_texts import MAX_MATCHED, REASONS, engine_text

ROOT = Path(__file__).resolve().parents[4]
LOWER_LAYERS = ("domain", "store", "engine", "media")
LANGUAGES = ("fr", "zh_CN", "zh_TW")
Install = Callable[[str], None]


def _templates_of(argument: ast.expr, where: str) -> list[str]:
    """The literal template(s) of `reason`'s first argument: a string, or a choice
    between strings (`"the microphone …" if microphone else "the speaker …"`)."""
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return [argument.value]
    if isinstance(argument, ast.IfExp):
        return _templates_of(argument.body, where) + _templates_of(argument.orelse, where)
    raise AssertionError(f"{where}: reason() needs a literal template, not {ast.unparse(argument)}")


@cache
def reasons_in_code() -> dict[str, str]:
    """template -> where the code writes it, for every reason() of the lower layers."""
    found: dict[str, str] = {}
    for layer in LOWER_LAYERS:
        for path in sorted((ROOT / "jego_desktop" / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "reason"
                ):
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    for template in _templates_of(node.args[0], where):
                        found.setdefault(template, where)
    return found


def listed() -> set[str]:
    return {template for templates in REASONS.values() for template in templates}


def test_the_code_writes_reasons_in_every_lower_layer() -> None:
    places = {where.split("/")[1] for where in reasons_in_code().values()}
    assert places == set(LOWER_LAYERS)
    assert len(reasons_in_code()) >= 120


def test_every_reason_of_the_code_is_listed_for_translation_and_nothing_else() -> None:
    in_code = reasons_in_code()
    missing = [f"{where}: {template!r}" for template, where in in_code.items()]
    missing = [line for line, t in zip(missing, in_code, strict=True) if t not in listed()]
    assert missing == [], "add them to models/window/engine_texts.py REASONS"
    assert listed() - set(in_code) == set(), "no longer written by the code"


# What carries a text to people from the lower layers: the errors models/ and ui/ show
# (str(error)), the events' reasons, the bridge's reports. Their English must be made by
# reason(), or it would reach the screen untranslated.
PEOPLE_BOUND = frozenset(
    {
        # errors shown with str(error)
        "DatabaseClosedError",
        "DatabaseError",
        "DuplicateAccountError",
        "FileInfoError",
        "MatroskaError",
        "MessageTooLargeError",
        "OggOpusError",
        "SoundBusyError",
        "TransferError",
        "UnsupportedFileError",
        "UnsupportedSqliteError",
        "VCardError",
        "VoiceMessageError",
        # events, statuses and reports whose reason is shown
        "AudioProblem",
        "AudioStatus",
        "DeviceChoice",
        "KeyringStatus",
        "MessageFailed",
        "RegistrationTested",
        "VoiceProbe",
        "_finish",
        "_lost",
        "_publish_registration",
        "_report",
        "_unreadable",
        "on_failure",
    }
)


def test_no_english_goes_to_people_without_reason() -> None:
    """A literal or f-string handed straight to a carrier of texts for people is a text
    the translations never hear of."""
    bare = []
    for layer in LOWER_LAYERS:
        for path in sorted((ROOT / "jego_desktop" / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name not in PEOPLE_BOUND:
                    continue
                for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                    words = isinstance(argument, ast.Constant) and " " in str(argument.value)
                    if words or isinstance(argument, ast.JoinedStr):
                        bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    assert bare == [], "write these through domain/reasons.py reason()"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for language in LANGUAGES:
        subprocess.run(
            [
                str(lrelease),
                str(ROOT / "translations" / f"jego_{language}.ts"),
                "-qm",
                str(folder / f"jego_{language}.qm"),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return folder


@pytest.fixture
def installed(qapp: QCoreApplication, compiled: Path) -> Iterator[Install]:
    translators: list[QTranslator] = []

    def install(language: str) -> None:
        for old in translators:
            QCoreApplication.removeTranslator(old)
        translator = QTranslator()
        assert translator.load(str(compiled / f"jego_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        translators[:] = [translator]

    yield install
    for old in translators:
        QCoreApplication.removeTranslator(old)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reason_of_the_code_is_shown_translated_with_its_details(
    installed, language: str
) -> None:
    installed(language)
    untranslated = []
    for template in reasons_in_code():
        english = re.sub(r"%([1-9])", lambda m: f"<DETAIL-{m.group(1)}>", template)
        shown = engine_text(english)
        details = re.findall(r"<DETAIL-\d>", english)
        if shown == english or sorted(re.findall(r"<DETAIL-\d>", shown)) != sorted(details):
            untranslated.append(f"{template!r} -> {shown!r}")
    assert untranslated == []


def test_reasons_are_translated_once_french_is_installed(installed: Install) -> None:
    installed("fr")
    assert engine_text("server unreachable") == "serveur injoignable"
    assert engine_text(registration_reason(401, "Unauthorized")) == (
        "nom d’utilisateur ou mot de passe incorrect"
    )
    assert engine_text("488 Not Acceptable Here") == "488 Not Acceptable Here"  # no template


def test_templated_reasons_keep_their_details_untranslated(installed: Install) -> None:
    installed("fr")
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


def test_a_detail_that_is_a_reason_is_translated_too(installed: Install) -> None:
    installed("fr")
    assert engine_text("this Matroska file cannot be played: the file is damaged (bad lacing)") == (
        "ce fichier Matroska ne peut pas être lu : le fichier est endommagé (laçage incorrect)"
    )


def test_a_text_shared_by_two_areas_is_taken_in_the_area_asked_for(installed: Install) -> None:
    installed("fr")
    assert engine_text("server unreachable", area="MessageFailure") == "serveur injoignable"
    assert engine_text("busy", area="MessageFailure") == "occupé"


def test_english_stays_as_it_came(qapp: QCoreApplication) -> None:
    assert engine_text("server error (500 Oops)") == "server error (500 Oops)"
    assert engine_text("the speaker “A” cannot be opened (B)") == (
        "the speaker “A” cannot be opened (B)"
    )


def test_a_long_text_from_the_network_is_not_matched(installed: Install) -> None:
    """Two details would make matching quadratic: past MAX_MATCHED the text stays."""
    installed("fr")
    long = "the microphone “" + "x" * (MAX_MATCHED * 20) + "” cannot be opened (y)"
    assert engine_text(long) == long
