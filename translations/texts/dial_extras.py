"""Translations of video calls from contacts and the dial pad, and a link's extension."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Video call with %s": ("Appel vidéo avec %s", "与 %s 视频通话"),
    "Extension %s will be dialled once answered": (
        "Le poste %s sera composé une fois l’appel décroché",
        "接通后将拨分机号 %s",
    ),
    "Extension %s will be dialled": ("Le poste %s sera composé", "将拨分机号 %s"),
    "Dialling extension %s…": ("Composition du poste %s…", "正在拨分机号 %s…"),
    "Extension %s dialled": ("Poste %s composé", "已拨分机号 %s"),
}
