<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallHistoryModel</name>
    <message>
        <location filename="../jego_desktop/models/call_history.py" line="114" />
        <source>Missed call from %s</source>
        <translation>来自 %s 的未接来电</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/call_history.py" line="116" />
        <source>Incoming call from %s</source>
        <translation>来自 %s 的来电</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/call_history.py" line="117" />
        <source>Outgoing call to %s</source>
        <translation>呼出至 %s</translation>
    </message>
</context>
<context>
    <name>CallWindows</name>
    <message>
        <location filename="../jego_desktop/ui/call_windows.py" line="118" />
        <source>Recording needs a profile folder.</source>
        <translation>录音需要一个配置文件夹。</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../jego_desktop/ui/calls_page.py" line="37" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/calls_page.py" line="42" />
        <source>Call history</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/calls_page.py" line="55" />
        <source>No calls yet</source>
        <translation>暂无通话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/calls_page.py" line="56" />
        <source>Calls you make and receive will be listed here.</source>
        <translation>您拨出和接听的电话将显示在这里。</translation>
    </message>
</context>
<context>
    <name>DialPadModel</name>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="148" />
        <location filename="../jego_desktop/models/dial_pad.py" line="188" />
        <source>Only digits, +, * and # can be dialled.</source>
        <translation>只能拨打数字、+、* 和 #。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="153" />
        <location filename="../jego_desktop/models/dial_pad.py" line="156" />
        <source>Unknown country code.</source>
        <translation>未知的国家代码。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="158" />
        <source>Too many digits for a phone number.</source>
        <translation>电话号码位数过多。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="184" />
        <source>Type a number or a SIP address first.</source>
        <translation>请先输入号码或 SIP 地址。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="186" />
        <source>This is not a valid SIP address.</source>
        <translation>这不是有效的 SIP 地址。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="190" />
        <source>Bind your number in Settings to call phone numbers.</source>
        <translation>请在设置中绑定您的号码以拨打电话号码。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/dial_pad.py" line="191" />
        <source>This is not a valid phone number.</source>
        <translation>这不是有效的电话号码。</translation>
    </message>
</context>
<context>
    <name>DialPadPage</name>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="60" />
        <source>Dial pad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="66" />
        <source>Number or SIP address</source>
        <translation>号码或 SIP 地址</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="67" />
        <source>Number to call</source>
        <translation>要拨打的号码</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="73" />
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="85" />
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="86" />
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="107" />
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="91" />
        <source>Call the last number again</source>
        <translation>重拨上一个号码</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="106" />
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/dial_pad_page.py" line="108" />
        <source>Redial</source>
        <translation>重拨</translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <location filename="../jego_desktop/ui/history_delegate.py" line="120" />
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/history_delegate.py" line="121" />
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/history_delegate.py" line="121" />
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/history_delegate.py" line="123" />
        <source>%s, not answered</source>
        <translation>%s，未接通</translation>
    </message>
</context>
<context>
    <name>InCallWindow</name>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="64" />
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="112" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="127" />
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="113" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="128" />
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="114" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="129" />
        <source>Keypad</source>
        <translation>键盘</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="115" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="130" />
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="116" />
        <source>Merge calls</source>
        <translation>合并通话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="117" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="132" />
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="119" />
        <location filename="../jego_desktop/ui/in_call_window.py" line="154" />
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="131" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="191" />
        <source>Call with %s</source>
        <translation>与 %s 通话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="216" />
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="218" />
        <source>Ringing…</source>
        <translation>正在响铃…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="220" />
        <source>Incoming call…</source>
        <translation>来电…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="222" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="225" />
        <source>On hold · %s</source>
        <translation>保持中 · %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="227" />
        <source>Held by the other side · %s</source>
        <translation>对方已保持 · %s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="238" />
        <source>%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms</source>
        <translation>%s %s kHz · 抖动 %s 毫秒 · 丢包 %s%% / %s%% · 往返 %s 毫秒</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="253" />
        <source>%s (ringing)</source>
        <translation>%s（响铃中）</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="255" />
        <source>%s (on hold)</source>
        <translation>%s（保持中）</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="259" />
        <source>Also on the line: %s</source>
        <translation>线路上还有：%s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="294" />
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/in_call_window.py" line="295" />
        <source>Number or SIP address to transfer the call to:</source>
        <translation>要转接到的号码或 SIP 地址：</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="39" />
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="49" />
        <source>Incoming call…</source>
        <translation>来电…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="57" />
        <source>Decline the call</source>
        <translation>拒接来电</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="60" />
        <source>Answer the call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="64" />
        <source>Incoming call from %s</source>
        <translation>来自 %s 的来电</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="69" />
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/incoming_call.py" line="70" />
        <source>Answer</source>
        <translation>接听</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../jego_desktop/ui/keypad.py" line="65" />
        <source>Star</source>
        <translation>星号</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/keypad.py" line="65" />
        <source>Hash</source>
        <translation>井号</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/keypad.py" line="71" />
        <source>Hold for +</source>
        <translation>长按输入 +</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="64" />
        <source>No number bound yet: bind your number in Settings.</source>
        <translation>尚未绑定号码：请在设置中绑定您的号码。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="75" />
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="76" />
        <source>No conversations yet</source>
        <translation>暂无会话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="77" />
        <source>Messages to and from your contacts will appear here.</source>
        <translation>您与联系人之间的消息将显示在这里。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="81" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="82" />
        <source>No contacts yet</source>
        <translation>暂无联系人</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="83" />
        <source>Add the people you call and write to.</source>
        <translation>添加您常打电话和发消息的人。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="87" />
        <source>Dial pad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="88" />
        <source>Call any phone</source>
        <translation>拨打任何电话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="89" />
        <source>Landlines and mobiles, at home and abroad.</source>
        <translation>国内外的固定电话和手机。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="93" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="94" />
        <source>No calls yet</source>
        <translation>暂无通话</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="95" />
        <source>Calls you make and receive will be listed here.</source>
        <translation>您拨出和接听的电话将显示在这里。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="99" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="100" />
        <source>Bind your number</source>
        <translation>绑定您的号码</translation>
    </message>
    <message>
        <location filename="../jego_desktop/ui/main_window.py" line="101" />
        <source>Register your mobile number with your operator's service to start.</source>
        <translation>在运营商的服务上注册您的手机号码即可开始。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../jego_desktop/app.py" line="287" />
        <source>Your history cannot be opened: %s</source>
        <translation>无法打开您的历史记录：%s</translation>
    </message>
    <message>
        <location filename="../jego_desktop/app.py" line="318" />
        <source>No sound: %s. Calls still connect, without audio.</source>
        <translation>没有声音：%s。通话仍可接通，但没有音频。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/app.py" line="328" />
        <source>No keyring: %s. Passwords cannot be saved; you will be asked each time.</source>
        <translation>没有密钥环：%s。无法保存密码，每次都会询问您。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/app.py" line="341" />
        <source>No network connection.</source>
        <translation>没有网络连接。</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="43" />
        <source>No number bound yet: bind your number in Settings.</source>
        <translation>尚未绑定号码：请在设置中绑定您的号码。</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="52" />
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="54" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="56" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../jego_desktop/models/registration_status.py" line="57" />
        <source>not connected (%s)</source>
        <translation>未连接（%s）</translation>
    </message>
</context>
</TS>