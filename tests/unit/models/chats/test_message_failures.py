"""Every reason the engine gives for a message not sent is known to the translations."""

from __future__ import annotations

from jego_desktop.domain.sip_reasons import message_failure_reason
from jego_desktop.models.chats.message_failures import failure_text
from jego_desktop.models.window.engine_texts import REASONS

SIP_CODES = (0, 403, 404, 408, 413, 415, 480, 486, 488, 502, 503, 504, 603)


def test_each_reason_of_a_sip_answer_is_listed_for_translation() -> None:
    reasons = {message_failure_reason(code, "Refused") for code in SIP_CODES}
    assert reasons <= set(REASONS["MessageFailure"])


def test_a_template_keeps_its_detail_and_anything_else_stays_as_it_came() -> None:
    assert failure_text("could not be sent: Invalid URI (PJSIP_EINVALIDURI)") == (
        "could not be sent: Invalid URI (PJSIP_EINVALIDURI)"
    )
    assert failure_text("the recipient could not take it (error)") == (
        "the recipient could not take it (error)"
    )
    assert failure_text("599 Odd") == "599 Odd"
