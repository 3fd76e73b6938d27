"""Which message format a peer reads, and how the app learns it.

Every SIP phone reads a plain `text/plain` MESSAGE; CPIM (RFC 3862) carries the
message id and the IMDN requests (RFC 5438) that receipts need, but baresip, most desk
phones, gateways and softphones answer it `415 Unsupported Media Type`. So plain text
goes to a peer until it is known to read CPIM: it sent CPIM itself, or its User-Agent
names a CPIM speaker (Jego, Linphone and its belle-sip stack).
"""

from __future__ import annotations

# Answers that refuse the format rather than the message: retried once as plain text.
FORMAT_REFUSED = frozenset({415, 488, 606})
_CPIM_AGENTS = ("jego", "linphone", "belle-sip")
MAX_AGENT_LENGTH = 200


def agent_speaks_cpim(user_agent: str) -> bool:
    """'Jego Desktop', 'Linphone Desktop/5.2 (belle-sip/5.2)' -> True; 'baresip v1.0' -> False."""
    agent = user_agent[:MAX_AGENT_LENGTH].lower()
    return any(name in agent for name in _CPIM_AGENTS)
