"""Video calls started from the app's views."""

from __future__ import annotations

from jego_desktop.engine.worker import CallEngine
from jego_desktop.models.calls.post_dial import PostDial, connect_dial_pad
from jego_desktop.models.video.video_call import VideoCalls
from jego_desktop.ui.window.main_window import MainWindow


def wire_video_calls(
    window: MainWindow, engine: CallEngine, video: VideoCalls, post_dial: PostDial | None = None
) -> None:
    """The video-call buttons of a conversation, a contact and the dial pad: dial, then
    offer video once the peer answers. From the dial pad a link's extension follows as
    for a plain call (`post_dial`)."""

    def call_with_video(uri: str, account_key: str) -> str:
        call_id = engine.make_call(uri, account_key)
        video.start_video_when_answered(call_id)
        return call_id

    window.chats_page.video_call_requested.connect(call_with_video)
    window.contacts_slot.when_built(lambda page: page.video_call_requested.connect(call_with_video))
    if post_dial is not None:
        connect_dial_pad(window.dial_pad, call_with_video, post_dial, video=True)
    else:
        window.dial_pad.video_call_requested.connect(call_with_video)
