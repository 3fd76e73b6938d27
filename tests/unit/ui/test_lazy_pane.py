from __future__ import annotations

from jego_desktop.ui.chats.lazy_pane import LazyPane


def test_the_pane_is_built_once_at_first_use_and_then_gets_its_hooks_in_order() -> None:
    builds: list[str] = []

    def build() -> str:
        builds.append("built")
        return "pane"

    pane = LazyPane(build)
    seen: list[tuple[str, str]] = []
    pane.when_built(lambda p: seen.append(("first", p)))
    pane.when_built(lambda p: seen.append(("second", p)))
    built_before = pane.built
    assert not built_before and builds == [] and seen == []

    assert pane.get() == "pane"
    assert pane.get() == "pane"

    assert pane.built and builds == ["built"]
    assert seen == [("first", "pane"), ("second", "pane")]
    pane.when_built(lambda p: seen.append(("late", p)))
    assert seen[-1] == ("late", "pane")
