"""One sound notice, in the same words whoever finds the problem."""

from __future__ import annotations

from jego_desktop.models.window.sound_notice import sound_notice


def test_the_start_up_check_and_the_bridge_say_it_the_same_way() -> None:
    # The start-up check (media/devices.py) and the sound bridge report the same reason.
    assert sound_notice("no sound device was found") == (
        "No sound: no sound device was found. Calls still connect, without audio."
    )


def test_each_of_several_problems_is_translated_and_nothing_means_no_notice() -> None:
    both = sound_notice("no microphone was found; the speaker did not start (err -9996)")
    assert both == (
        "No sound: no microphone was found; the speaker did not start (err -9996). "
        "Calls still connect, without audio."
    )
    assert sound_notice("") == ""
