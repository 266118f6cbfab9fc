"""Type aliases shared by the client and workflow APIs (typed overloads)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

SelfType = TypeVar("SelfType")
ReturnType = TypeVar("ReturnType")
ParamType = TypeVar("ParamType")

#: ``async def run(self) -> R``
MethodAsyncNoParam = Callable[[SelfType], Awaitable[ReturnType]]
#: ``async def run(self, arg: P) -> R``
MethodAsyncSingleParam = Callable[[SelfType, ParamType], Awaitable[ReturnType]]
#: ``def handler(self) -> R`` or ``async def handler(self) -> R``
MethodSyncOrAsyncNoParam = Callable[[SelfType], Awaitable[ReturnType] | ReturnType]
#: ``def handler(self, arg: P) -> R`` or ``async def ...``
MethodSyncOrAsyncSingleParam = Callable[[SelfType, ParamType], Awaitable[ReturnType] | ReturnType]
#: Any workflow method reference, used where arguments come through ``args=``.
MethodAny = Callable[..., Any]
