"""Traditional Chinese of what the camera says when it cannot be used."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "No camera was found.": "找不到攝影機。",
    "The camera was not found. Is it still plugged in?": "找不到攝影機。它還接在電腦上嗎？",
    "The camera is in use by another app. Close that app, then turn the camera on.": (
        "攝影機正由其他 App 使用中。請關閉該 App，再開啟攝影機。"
    ),
    "Allow Jego to use the camera in System Settings › Privacy & Security › Camera.": (
        "請在「系統設定」›「隱私權與安全性」›「相機」中允許 Jego 使用攝影機。"
    ),
    "Allow desktop apps to use the camera in Settings › Privacy & security › Camera.": (
        "請在「設定」›「隱私權與安全性」›「相機」中允許桌面應用程式使用攝影機。"
    ),
    "Jego may not use the camera (permission denied).": "Jego 無權使用攝影機（權限遭拒）。",
    "The camera offers no picture size Jego can use.": "攝影機沒有 Jego 可用的畫面尺寸。",
    "The camera did not open (%1).": "無法開啟攝影機（%1）。",
    "%1 The other side does not see you; you still see them.": "%1對方看不到您，但您仍看得到對方。",
}
