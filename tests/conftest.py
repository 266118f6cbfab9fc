"""Shared fixtures: every async test runs on asyncio and on trio."""

from __future__ import annotations

import inspect
from typing import Any

import pytest


@pytest.fixture(params=["asyncio", "trio"], scope="session")
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: Any, name: str, obj: Any) -> None:
    # Every coroutine test runs through anyio's plugin (so on both backends)
    # unless it asks for pytest-trio explicitly with @pytest.mark.trio.
    if (
        collector.istestfunction(obj, name)
        and inspect.iscoroutinefunction(obj)
        and not any(m.name in ("trio", "anyio") for m in getattr(obj, "pytestmark", []))
    ):
        pytest.mark.anyio(obj)
