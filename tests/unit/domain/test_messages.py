"""Message states move forward only; folding makes search ignore case and accents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.messages import MessageDirection, MessageState, can_transition
from jego_desktop.domain.text_search import fold

S = MessageState
OUT = MessageDirection.OUTGOING
IN = MessageDirection.INCOMING


@pytest.mark.parametrize(
    ("current", "new", "allowed"),
    [
        (S.PENDING, S.SENT, True),
        (S.PENDING, S.DELIVERED, True),  # the delivery report overtook the 200 OK
        (S.SENT, S.DELIVERED, True),
        (S.DELIVERED, S.DISPLAYED, True),
        (S.DELIVERED, S.SENT, False),
        (S.DISPLAYED, S.DELIVERED, False),
        (S.SENT, S.SENT, False),
        (S.PENDING, S.FAILED, True),
        (S.SENT, S.FAILED, True),
        (S.DELIVERED, S.FAILED, False),
        (S.FAILED, S.DELIVERED, True),
        (S.FAILED, S.SENT, False),
        (S.FAILED, S.PENDING, False),  # retrying is its own action
        (S.SENT, S.PENDING, False),
        (S.PENDING, S.RECEIVED, False),
    ],
)
def test_outgoing_transitions(current: MessageState, new: MessageState, allowed: bool) -> None:
    assert can_transition(OUT, current, new) is allowed


def test_incoming_messages_only_get_displayed() -> None:
    allowed = {(c, n) for c in S for n in S if can_transition(IN, c, n)}
    assert allowed == {(S.RECEIVED, S.DISPLAYED)}


@given(st.lists(st.sampled_from(list(S)), max_size=20))
def test_no_sequence_of_reports_leads_back(reports: list[MessageState]) -> None:
    state = S.PENDING
    visited = [state]
    for report in reports:
        if can_transition(OUT, state, report):
            state = report
            visited.append(state)
    assert len(visited) == len(set(visited))  # never the same state twice: no cycles


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Café", "cafe"),
        ("NAÏVE façade", "naive facade"),
        ("Straße", "strasse"),
        ("ｃａｆｅ", "cafe"),
        ("你好世界", "你好世界"),
        ("한국어", "한국어"),
        ("Ελλάδα", "ελλαδα"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_folding_twice_changes_nothing(text: str) -> None:
    assert fold(fold(text)) == fold(text)
