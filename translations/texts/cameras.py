"""Translations of why a camera did not open (models/video/camera_problems.py)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "No camera was found.": ("Aucune caméra n’a été trouvée.", "未找到摄像头。"),
    "The camera was not found. Is it still plugged in?": (
        "La caméra est introuvable. Est-elle toujours branchée ?",
        "找不到摄像头。它还连接着吗？",
    ),
    "The camera is in use by another app. Close that app, then turn the camera on.": (
        "La caméra est utilisée par une autre application. Fermez-la, puis allumez la caméra.",
        "摄像头正被其他应用使用。请关闭该应用，然后打开摄像头。",
    ),
    "Allow Jego to use the camera in System Settings › Privacy & Security › Camera.": (
        "Autorisez Jego à utiliser la caméra dans Réglages Système › Confidentialité et"
        " sécurité › Caméra.",
        "请在“系统设置” › “隐私与安全性” › “摄像头”中允许 Jego 使用摄像头。",
    ),
    "Allow desktop apps to use the camera in Settings › Privacy & security › Camera.": (
        "Autorisez les applications de bureau à utiliser la caméra dans Paramètres ›"
        " Confidentialité et sécurité › Caméra.",
        "请在“设置” › “隐私和安全性” › “摄像头”中允许桌面应用使用摄像头。",
    ),
    "Jego may not use the camera (permission denied).": (
        "Jego n’a pas le droit d’utiliser la caméra (permission refusée).",
        "Jego 无权使用摄像头（权限被拒绝）。",
    ),
    "The camera offers no picture size Jego can use.": (
        "La caméra ne propose aucune taille d’image utilisable par Jego.",
        "摄像头没有 Jego 可用的画面尺寸。",
    ),
    "The camera did not open (%1).": (
        "La caméra ne s’est pas ouverte (%1).",
        "摄像头无法打开（%1）。",
    ),
    "%1 The other side does not see you; you still see them.": (
        "%1 Votre correspondant ne vous voit pas ; vous le voyez toujours.",
        "%1对方看不到您，您仍能看到对方。",
    ),
}
