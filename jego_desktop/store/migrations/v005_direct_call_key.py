"""Version 5: direct IP calls filed under the direct account's key.

The engine used to report its account-less local account as '' and the call history
stored that; it now says 'direct' (domain.accounts.DIRECT_ACCOUNT_KEY), the key the
conversations were always filed under. Call ids are unique per direction, so no row
can collide with one already keyed 'direct'.
"""

from __future__ import annotations

SCRIPT = """
UPDATE OR IGNORE calls SET account_key = 'direct' WHERE account_key = '';
"""
