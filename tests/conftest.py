"""Shared fixtures: every async test runs on asyncio and on trio."""

from __future__ import annotations

import inspect

import pytest


@pytest.fixture(params=["asyncio", "trio"], scope="session")
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every coroutine test runs through anyio's plugin (both backends) unless it
    # asks for pytest-trio explicitly.
    for item in items:
        fn = getattr(item, "obj", None)
        if (
            fn is not None
            and inspect.iscoroutinefunction(fn)
            and item.get_closest_marker("trio") is None
            and item.get_closest_marker("anyio") is None
        ):
            item.add_marker(pytest.mark.anyio)
