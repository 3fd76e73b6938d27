"""Audio devices, tones and voice messages. Never widgets."""
