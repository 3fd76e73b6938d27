"""Crossing routers in the account wizard, filled from the operator's defaults."""

TEXTS = {
    "Crossing routers": "穿越路由器",
    "Filled in from your operator's settings when it provides them. These apply to every"
    " account, after a restart; the TURN password is set in Settings > Network & security.": (
        "電信業者有提供時會自動填入。這些設定適用於所有帳號，重新啟動後生效；TURN 密碼請在"
        "「設定 > 網路與安全性」中設定。"
    ),
}
