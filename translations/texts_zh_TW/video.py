"""Traditional Chinese of video beside a call."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Camera": "攝影機",
    "Turn the camera off": "關閉攝影機",
    "Turn the camera on": "開啟攝影機",
    "No video": "沒有視訊",
    "Video is not available with this contact": "無法與這位聯絡人進行視訊",
    "Video": "視訊",
    "Video call": "視訊通話",
    "Stop video": "停止視訊",
    "Start video": "開始視訊",
    "Waiting for the other side to take video…": "正在等待對方接受視訊…",
    "Connecting video…": "視訊連線中…",
    "The video connection was lost.": "視訊連線已中斷。",
    "Receiving %s×%s · %s fps · %s kbit/s": "接收 %s×%s · %s fps · %s kbit/s",
    "Sending %s×%s · %s fps · %s kbit/s": "傳送 %s×%s · %s fps · %s kbit/s",
}
