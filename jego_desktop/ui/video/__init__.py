"""Video in the call window: the picture, the camera chooser, the video call button."""
