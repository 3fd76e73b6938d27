"""A pane built at its first use, with what others attach to it once it exists.

The conversation pane (its list, bubbles, composer and ~45 of Qt's enum classes) costs
~40 ms that the first screen, which shows no conversation, does not need (issue #15)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Pane = TypeVar("Pane")


class LazyPane(Generic[Pane]):
    def __init__(self, build: Callable[[], Pane]) -> None:
        self._build = build
        self._pane: Pane | None = None
        self._hooks: list[Callable[[Pane], object]] = []

    @property
    def built(self) -> bool:
        return self._pane is not None

    def get(self) -> Pane:
        """The pane, built now if it was not."""
        if self._pane is None:
            self._pane = pane = self._build()
            hooks, self._hooks = self._hooks, []
            for hook in hooks:
                hook(pane)
            return pane
        return self._pane

    def when_built(self, hook: Callable[[Pane], object]) -> None:
        """Run `hook(pane)` once the pane exists: now if it does."""
        if self._pane is None:
            self._hooks.append(hook)
        else:
            hook(self._pane)
