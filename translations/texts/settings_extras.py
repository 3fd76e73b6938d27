"""Translations of the settings leftovers: voice-message format, country names the
phone-number table lacks, and the engine's and sound code's reason templates."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    # --- files: the voice-message format ---
    "Voice messages": ("Messages vocaux", "语音消息"),
    "Send them as": ("Les envoyer en", "发送格式"),
    "Ogg Opus — standard": ("Ogg Opus — standard", "Ogg Opus — 标准格式"),
    "Matroska — for Linphone": ("Matroska — pour Linphone", "Matroska — 适用于 Linphone"),
    "Voice message format": ("Format des messages vocaux", "语音消息格式"),
    "Linphone plays only Matroska voice messages; most other apps want Ogg.": (
        "Linphone ne lit que les messages vocaux Matroska ; la plupart des autres "
        "applications attendent de l’Ogg.",
        "Linphone 只能播放 Matroska 格式的语音消息；其他大多数应用需要 Ogg。",
    ),
    # --- country names missing from phonenumbers' table ---
    "Ascension Island": ("Île de l’Ascension", "阿森松岛"),
    "Tristan da Cunha": ("Tristan da Cunha", "特里斯坦-达库尼亚"),
    "Samoa": ("Samoa", "萨摩亚"),
    "Kosovo": ("Kosovo", "科索沃"),
    # --- fixed device reasons ---
    "no sound device was found": ("aucun périphérique audio trouvé", "未找到音频设备"),
    "no microphone was found": ("aucun micro trouvé", "未找到麦克风"),
    "no speaker was found": ("aucun haut-parleur trouvé", "未找到扬声器"),
    "echo cancellation is unavailable: the pywebrtc-audio package is missing": (
        "l’annulation d’écho est indisponible : le paquet pywebrtc-audio manque",
        "回声消除不可用：缺少 pywebrtc-audio 软件包",
    ),
    # --- templates: %1, %2 are technical details left as they are ---
    "server error (%1)": ("erreur du serveur (%1)", "服务器错误（%1）"),
    "the PortAudio library is missing (%1)": (
        "la bibliothèque PortAudio manque (%1)",
        "缺少 PortAudio 库（%1）",
    ),
    "the sound system did not answer (%1)": (
        "le système audio n’a pas répondu (%1)",
        "音频系统没有响应（%1）",
    ),
    "echo cancellation failed and is off (%1)": (
        "l’annulation d’écho a échoué et est coupée (%1)",
        "回声消除出错，已关闭（%1）",
    ),
    "echo cancellation failed to start (%1)": (
        "l’annulation d’écho n’a pas pu démarrer (%1)",
        "回声消除无法启动（%1）",
    ),
    "the microphone did not start (%1)": (
        "le micro n’a pas démarré (%1)",
        "麦克风未能启动（%1）",
    ),
    "the speaker did not start (%1)": (
        "le haut-parleur n’a pas démarré (%1)",
        "扬声器未能启动（%1）",
    ),
    "the microphone “%1” cannot be opened (%2)": (
        "impossible d’ouvrir le micro « %1 » (%2)",
        "无法打开麦克风“%1”（%2）",
    ),
    "the speaker “%1” cannot be opened (%2)": (
        "impossible d’ouvrir le haut-parleur « %1 » (%2)",
        "无法打开扬声器“%1”（%2）",
    ),
    "the microphone “%1” delivers no sound": (
        "le micro « %1 » ne donne aucun son",
        "麦克风“%1”没有声音",
    ),
    "the microphone “%1” is not connected; using the system default (%2)": (
        "le micro « %1 » n’est pas branché ; celui du système est utilisé (%2)",
        "麦克风“%1”未连接；改用系统默认设备（%2）",
    ),
    "the speaker “%1” is not connected; using the system default (%2)": (
        "le haut-parleur « %1 » n’est pas branché ; celui du système est utilisé (%2)",
        "扬声器“%1”未连接；改用系统默认设备（%2）",
    ),
    "the microphone “%1” is not connected": (
        "le micro « %1 » n’est pas branché",
        "麦克风“%1”未连接",
    ),
    "the speaker “%1” is not connected": (
        "le haut-parleur « %1 » n’est pas branché",
        "扬声器“%1”未连接",
    ),
    "the recording cannot be written (%1)": (
        "impossible d’écrire l’enregistrement (%1)",
        "无法写入录音（%1）",
    ),
    "the microphone cannot be opened (%1)": (
        "impossible d’ouvrir le micro (%1)",
        "无法打开麦克风（%1）",
    ),
    "the speaker cannot be opened (%1)": (
        "impossible d’ouvrir le haut-parleur (%1)",
        "无法打开扬声器（%1）",
    ),
    "the voice message cannot be decoded (%1)": (
        "impossible de décoder le message vocal (%1)",
        "无法解码语音消息（%1）",
    ),
    "the voice message cannot be read (%1)": (
        "impossible de lire le message vocal (%1)",
        "无法读取语音消息（%1）",
    ),
    "the recording failed (%1)": ("l’enregistrement a échoué (%1)", "录音失败（%1）"),
}
