"""Schedules: ``Client.create_schedule``/``get_schedule_handle``/``list_schedules``,
:class:`ScheduleHandle`, and the RPCs behind them."""

from __future__ import annotations

import inspect
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import temporalio.common
import temporalio.converter
from temporalio.api.common.v1 import SearchAttributes
from temporalio.api.schedule.v1 import SchedulePatch, TriggerImmediatelyRequest
from temporalio.api.workflowservice.v1 import (
    CreateScheduleRequest,
    DeleteScheduleRequest,
    DescribeScheduleRequest,
    ListSchedulesRequest,
    PatchScheduleRequest,
    UpdateScheduleRequest,
)
from temporalio.client._interceptor import (
    BackfillScheduleInput,
    CreateScheduleInput,
    DeleteScheduleInput,
    DescribeScheduleInput,
    ListSchedulesInput,
    OutboundInterceptor,
    PauseScheduleInput,
    TriggerScheduleInput,
    UnpauseScheduleInput,
    UpdateScheduleInput,
)
from temporalio.client._schedule_types import (
    Schedule,
    ScheduleBackfill,
    ScheduleDescription,
    ScheduleListDescription,
    ScheduleOverlapPolicy,
    ScheduleUpdate,
    ScheduleUpdateInput,
    encode_memo,
)
from temporalio.exceptions import TemporalError
from temporalio.service import RPCError, RPCStatusCode

if TYPE_CHECKING:
    from temporalio.client._client import Client

__all__ = [
    "ScheduleAlreadyRunningError",
    "ScheduleHandle",
    "ScheduleMethods",
    "ScheduleOutbound",
]

Updater = Callable[[ScheduleUpdateInput], ScheduleUpdate | Awaitable[ScheduleUpdate | None] | None]


class ScheduleAlreadyRunningError(TemporalError):
    """``create_schedule`` with the ID of a schedule that exists."""

    def __init__(self, schedule_id: str) -> None:
        super().__init__(
            f"Schedule {schedule_id!r} already exists; pick another ID, or change it with "
            "client.get_schedule_handle(id).update(...)"
        )
        self.schedule_id = schedule_id


class ScheduleHandle:
    """A schedule, by ID: describe, update, pause, trigger, backfill or delete it."""

    def __init__(self, client: Client, id: str) -> None:
        """Use ``Client.get_schedule_handle`` or ``Client.create_schedule``."""
        self._client = client
        self.id = id

    def __repr__(self) -> str:
        return f"ScheduleHandle(id={self.id!r})"

    async def describe(
        self,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> ScheduleDescription:
        """The schedule, its recent actions and its next action times."""
        return await self._client._impl.describe_schedule(
            DescribeScheduleInput(self.id, rpc_metadata or {}, rpc_timeout)
        )

    async def update(
        self,
        updater: Updater,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Change the schedule: ``updater`` gets its current description and returns a
        :class:`ScheduleUpdate` with the new schedule (or None to change nothing).

        ``updater`` may be ``async``. The update carries the conflict token of the
        describe: if someone else updated the schedule in between, the server drops
        this update (without an error); describe again to see whose change won.

        Example::

            def more_often(input: ScheduleUpdateInput) -> ScheduleUpdate:
                schedule = input.description.schedule
                schedule.spec = ScheduleSpec(intervals=[ScheduleIntervalSpec(every=timedelta(minutes=5))])
                return ScheduleUpdate(schedule)

            await handle.update(more_often)
        """
        await self._client._impl.update_schedule(
            UpdateScheduleInput(self.id, updater, rpc_metadata or {}, rpc_timeout)
        )

    async def pause(
        self,
        *,
        note: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Pause the schedule: no scheduled action happens until :meth:`unpause`."""
        await self._client._impl.pause_schedule(
            PauseScheduleInput(self.id, note, rpc_metadata or {}, rpc_timeout)
        )

    async def unpause(
        self,
        *,
        note: str | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Resume a paused schedule."""
        await self._client._impl.unpause_schedule(
            UnpauseScheduleInput(self.id, note, rpc_metadata or {}, rpc_timeout)
        )

    async def trigger(
        self,
        *,
        overlap: ScheduleOverlapPolicy | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Take the schedule's action now (also when paused), with the schedule's
        overlap policy unless ``overlap`` is given."""
        await self._client._impl.trigger_schedule(
            TriggerScheduleInput(self.id, overlap, rpc_metadata or {}, rpc_timeout)
        )

    async def backfill(
        self,
        *backfill: ScheduleBackfill,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Take the actions the schedule would have taken in the given time ranges.

        Raises:
            ValueError: No time range given.
        """
        if not backfill:
            raise ValueError("backfill needs at least one ScheduleBackfill")
        await self._client._impl.backfill_schedule(
            BackfillScheduleInput(self.id, list(backfill), rpc_metadata or {}, rpc_timeout)
        )

    async def delete(
        self,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> None:
        """Delete the schedule; workflows it started keep running."""
        await self._client._impl.delete_schedule(
            DeleteScheduleInput(self.id, rpc_metadata or {}, rpc_timeout)
        )


class ScheduleMethods:
    """The schedule methods of :class:`Client` (mixed into it)."""

    _impl: OutboundInterceptor

    async def create_schedule(
        self,
        id: str,
        schedule: Schedule,
        *,
        trigger_immediately: bool = False,
        backfill: Sequence[ScheduleBackfill] = (),
        memo: Mapping[str, Any] | None = None,
        search_attributes: temporalio.common.TypedSearchAttributes
        | Mapping[str, Any]
        | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> ScheduleHandle:
        """Create a schedule that starts ``schedule.action``'s workflow at the times of
        ``schedule.spec``.

        Args:
            id: The schedule's ID, unique in the namespace.
            schedule: What, when and how.
            trigger_immediately: Also take the action once now.
            backfill: Time ranges whose actions to take now, as if the schedule had
                existed then.
            memo: Memo of the schedule itself (not of the workflows it starts).
            search_attributes: Search attributes of the schedule itself.
            rpc_metadata: Headers for this call.
            rpc_timeout: Deadline of the call.

        Returns:
            A handle to the schedule.

        Raises:
            ScheduleAlreadyRunningError: A schedule with this ID exists.
            ValueError: An empty ``id``.
        """
        if not id:
            raise ValueError("a schedule needs a non-empty id")
        return await self._impl.create_schedule(
            CreateScheduleInput(
                id=id,
                schedule=schedule,
                trigger_immediately=trigger_immediately,
                backfill=list(backfill),
                memo=memo,
                search_attributes=search_attributes,
                rpc_metadata=rpc_metadata or {},
                rpc_timeout=rpc_timeout,
            )
        )

    def get_schedule_handle(self, id: str) -> ScheduleHandle:
        """A handle to the schedule ``id`` (nothing is checked until it is used)."""
        client: Client = self  # type: ignore[assignment]
        return ScheduleHandle(client, id)

    def list_schedules(
        self,
        query: str | None = None,
        *,
        page_size: int = 1000,
        next_page_token: bytes | None = None,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> AsyncIterator[ScheduleListDescription]:
        """Iterate over the namespace's schedules (optionally those matching a visibility
        ``query``), fetching pages as needed.

        The list comes from the visibility store, which catches up with a new or
        changed schedule within about a second.
        """
        return self._impl.list_schedules(
            ListSchedulesInput(query, page_size, next_page_token, rpc_metadata or {}, rpc_timeout)
        )


class ScheduleOutbound:
    """The schedule RPCs of the last link of the interceptor chain (mixed into it)."""

    _client: Client

    def _call_options(self, md: Mapping[str, str], timeout: timedelta | None) -> dict[str, Any]:
        return {"retry": True, "metadata": md or None, "timeout": timeout}

    async def create_schedule(self, input: CreateScheduleInput) -> ScheduleHandle:
        client = self._client
        dc = client.data_converter
        req = CreateScheduleRequest(
            namespace=client.namespace,
            schedule_id=input.id,
            schedule=await input.schedule._to_proto(dc),
            identity=client.identity,
            request_id=str(uuid.uuid4()),
        )
        if input.trigger_immediately or input.backfill:
            req.initial_patch.CopyFrom(
                SchedulePatch(
                    trigger_immediately=(
                        TriggerImmediatelyRequest(
                            overlap_policy=int(input.schedule.policy.overlap)  # type: ignore[arg-type]
                        )
                        if input.trigger_immediately
                        else None
                    ),
                    backfill_request=[b._to_proto() for b in input.backfill],
                )
            )
        if input.memo:
            req.memo.CopyFrom(await encode_memo(dc, input.memo))
        if input.search_attributes:
            temporalio.converter.encode_search_attributes(
                input.search_attributes, req.search_attributes
            )
        try:
            await client.workflow_service.create_schedule(
                req, **self._call_options(input.rpc_metadata, input.rpc_timeout)
            )
        except RPCError as err:
            if err.status == RPCStatusCode.ALREADY_EXISTS:
                raise ScheduleAlreadyRunningError(input.id) from err
            raise
        return ScheduleHandle(client, input.id)

    async def list_schedules(
        self, input: ListSchedulesInput
    ) -> AsyncIterator[ScheduleListDescription]:
        client = self._client
        req = ListSchedulesRequest(
            namespace=client.namespace,
            maximum_page_size=input.page_size,
            next_page_token=input.next_page_token or b"",
            query=input.query or "",
        )
        while True:
            resp = await client.workflow_service.list_schedules(
                req, **self._call_options(input.rpc_metadata, input.rpc_timeout)
            )
            for entry in resp.schedules:
                yield ScheduleListDescription._from_proto(entry, client.data_converter)
            if not resp.next_page_token:
                return
            req.next_page_token = resp.next_page_token

    async def describe_schedule(self, input: DescribeScheduleInput) -> ScheduleDescription:
        client = self._client
        resp = await client.workflow_service.describe_schedule(
            DescribeScheduleRequest(namespace=client.namespace, schedule_id=input.id),
            **self._call_options(input.rpc_metadata, input.rpc_timeout),
        )
        return ScheduleDescription._from_proto(input.id, resp, client.data_converter)

    async def update_schedule(self, input: UpdateScheduleInput) -> None:
        client = self._client
        options = self._call_options(input.rpc_metadata, input.rpc_timeout)
        resp = await client.workflow_service.describe_schedule(
            DescribeScheduleRequest(namespace=client.namespace, schedule_id=input.id), **options
        )
        description = ScheduleDescription._from_proto(input.id, resp, client.data_converter)
        update = input.updater(ScheduleUpdateInput(description))
        if inspect.isawaitable(update):
            update = await update
        if update is None:
            return
        if not isinstance(update, ScheduleUpdate):
            raise TypeError(
                f"the updater of schedule {input.id!r} returned {type(update).__name__}; "
                "return a ScheduleUpdate, or None to change nothing"
            )
        req = UpdateScheduleRequest(
            namespace=client.namespace,
            schedule_id=input.id,
            schedule=await update.schedule._to_proto(client.data_converter),
            conflict_token=resp.conflict_token,
            identity=client.identity,
            request_id=str(uuid.uuid4()),
        )
        search_attributes: SearchAttributes | None = update._search_attributes_proto()
        if search_attributes is not None:
            req.search_attributes.CopyFrom(search_attributes)
        await client.workflow_service.update_schedule(req, **options)

    async def _patch(
        self, id: str, patch: SchedulePatch, md: Mapping[str, str], timeout: timedelta | None
    ) -> None:
        client = self._client
        await client.workflow_service.patch_schedule(
            PatchScheduleRequest(
                namespace=client.namespace,
                schedule_id=id,
                patch=patch,
                identity=client.identity,
                request_id=str(uuid.uuid4()),
            ),
            **self._call_options(md, timeout),
        )

    async def pause_schedule(self, input: PauseScheduleInput) -> None:
        patch = SchedulePatch(pause=input.note or "Paused via Python SDK")
        await self._patch(input.id, patch, input.rpc_metadata, input.rpc_timeout)

    async def unpause_schedule(self, input: UnpauseScheduleInput) -> None:
        patch = SchedulePatch(unpause=input.note or "Unpaused via Python SDK")
        await self._patch(input.id, patch, input.rpc_metadata, input.rpc_timeout)

    async def trigger_schedule(self, input: TriggerScheduleInput) -> None:
        trigger = TriggerImmediatelyRequest(
            overlap_policy=int(input.overlap or 0)  # type: ignore[arg-type]
        )
        patch = SchedulePatch(trigger_immediately=trigger)
        await self._patch(input.id, patch, input.rpc_metadata, input.rpc_timeout)

    async def backfill_schedule(self, input: BackfillScheduleInput) -> None:
        patch = SchedulePatch(backfill_request=[b._to_proto() for b in input.backfills])
        await self._patch(input.id, patch, input.rpc_metadata, input.rpc_timeout)

    async def delete_schedule(self, input: DeleteScheduleInput) -> None:
        client = self._client
        await client.workflow_service.delete_schedule(
            DeleteScheduleRequest(
                namespace=client.namespace, schedule_id=input.id, identity=client.identity
            ),
            **self._call_options(input.rpc_metadata, input.rpc_timeout),
        )
