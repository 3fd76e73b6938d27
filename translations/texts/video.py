"""Translations of the video pane in the call window."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Camera": ("Caméra", "摄像头"),
    "Turn the camera off": ("Éteindre la caméra", "关闭摄像头"),
    "Turn the camera on": ("Allumer la caméra", "打开摄像头"),
    "No video": ("Pas de vidéo", "无视频"),
    "Video is not available with this contact": (
        "La vidéo n’est pas disponible avec ce contact",
        "与此联系人无法进行视频通话",
    ),
    "Video": ("Vidéo", "视频"),
    "Video call": ("Appel vidéo", "视频通话"),
    "Stop video": ("Arrêter la vidéo", "停止视频"),
    "Start video": ("Démarrer la vidéo", "开始视频"),
    "Waiting for the other side to take video…": (
        "En attente de la vidéo de l’autre côté…",
        "正在等待对方接受视频…",
    ),
    "Connecting video…": ("Connexion de la vidéo…", "正在连接视频…"),
    "The video connection was lost.": ("La connexion vidéo a été perdue.", "视频连接已断开。"),
    "Receiving %s×%s · %s fps · %s kbit/s": (
        "Réception %s×%s · %s i/s · %s kbit/s",
        "接收 %s×%s · %s 帧/秒 · %s kbit/s",
    ),
    "Sending %s×%s · %s fps · %s kbit/s": (
        "Envoi %s×%s · %s i/s · %s kbit/s",
        "发送 %s×%s · %s 帧/秒 · %s kbit/s",
    ),
}
