"""Traditional Chinese of video calls from the dial pad and extensions dialled after answer."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Video call with %s": "與 %s 視訊通話",
    "Extension %s will be dialled once answered": "接通後將撥分機 %s",
    "Extension %s will be dialled": "將撥分機 %s",
    "Dialling extension %s…": "正在撥分機 %s…",
    "Extension %s dialled": "已撥分機 %s",
}
