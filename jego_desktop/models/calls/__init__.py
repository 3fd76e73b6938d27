"""Calls: the calls going on, the dial pad, keypad tones, ringing and the call history."""
