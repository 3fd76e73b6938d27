"""The call engine: pjsua2 on one worker thread. QtCore only, never widgets."""
