"""Immutable domain objects and pure parsing. No Qt, no I/O."""
