"""Errors several layers catch: defined here so that widgets need not import the store."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every error the store raises on purpose (the database driver's included)."""
