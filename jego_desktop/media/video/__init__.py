"""Video beside the pjsua2 audio call: aiortc sessions on a thread of their own.

Nothing here knows SIP: the offer and answer travel as opaque text through whoever
owns the call (models/video/video_call.py sends them as SIP INFO through the engine).
"""
