"""Search attribute and memo upserts from workflow code.

Both are recorded in history, seen by ``describe()``, and reflected at once in
``workflow.info()`` (typed search attributes, raw memo) and ``workflow.memo()``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from temporalio import workflow
from temporalio.api.common.v1 import Payload
from temporalio.client import Client
from temporalio.common import SearchAttributeKey, SearchAttributePair, TypedSearchAttributes
from temporalio.converter import DataConverter, PayloadCodec
from temporalio.worker import Worker
from tests.worker.helpers import event_types, new_id

KEYWORD = SearchAttributeKey.for_keyword("TestKeyword")
INT = SearchAttributeKey.for_int("TestInt")
TEXT = SearchAttributeKey.for_text("TestText")
DOUBLE = SearchAttributeKey.for_float("TestDouble")
BOOL = SearchAttributeKey.for_bool("TestBool")
DATETIME = SearchAttributeKey.for_datetime("TestDatetime")
KEYWORD_LIST = SearchAttributeKey.for_keyword_list("TestKeywordList")
WHEN = datetime(2024, 5, 17, 12, 30, tzinfo=UTC)


def _plain(attrs: TypedSearchAttributes) -> dict[str, Any]:
    return {
        p.key.name: p.value.isoformat() if isinstance(p.value, datetime) else p.value for p in attrs
    }


@workflow.defn
class SearchAttributesWorkflow:
    @workflow.run
    async def run(self) -> list[dict[str, Any]]:
        start_info = workflow.info()
        seen = [_plain(start_info.typed_search_attributes)]
        workflow.upsert_search_attributes(
            [KEYWORD.value_set("alpha"), INT.value_set(1), DATETIME.value_set(WHEN)]
        )
        seen.append(_plain(workflow.info().typed_search_attributes))
        # The mapping form: name to list of values; an empty list removes.
        workflow.upsert_search_attributes(
            {"TestInt": [2], "TestDouble": [1.5], "TestKeywordList": ["a", "b"], "TestBool": []}
        )
        seen.append(_plain(workflow.info().typed_search_attributes))
        workflow.upsert_search_attributes([KEYWORD.value_unset()])
        seen.append(_plain(workflow.info().typed_search_attributes))
        # An Info taken earlier is a snapshot: it does not change.
        seen.append(_plain(start_info.typed_search_attributes))
        return seen


async def test_upsert_search_attributes_typed_and_mapping_forms(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([SearchAttributesWorkflow]):
        handle = await client.start_workflow(
            SearchAttributesWorkflow.run,
            id=new_id(),
            task_queue=task_queue,
            search_attributes=TypedSearchAttributes(
                [SearchAttributePair(BOOL, True), SearchAttributePair(TEXT, "started")]
            ),
        )
        seen = await handle.result()
    start = {"TestBool": True, "TestText": "started"}
    typed = {**start, "TestKeyword": "alpha", "TestInt": 1, "TestDatetime": WHEN.isoformat()}
    mapped = {
        "TestText": "started",
        "TestKeyword": "alpha",
        "TestInt": 2,
        "TestDatetime": WHEN.isoformat(),
        "TestDouble": 1.5,
        "TestKeywordList": ["a", "b"],
    }
    final = {k: v for k, v in mapped.items() if k != "TestKeyword"}
    assert seen == [start, typed, mapped, final, start]
    described = (await handle.describe()).typed_search_attributes
    # The server adds system attributes (BuildIds); compare ours.
    assert {k: v for k, v in _plain(described).items() if k.startswith("Test")} == final
    assert described[DATETIME] == WHEN
    assert (await event_types(handle)).count("UPSERT_WORKFLOW_SEARCH_ATTRIBUTES") == 3


@workflow.defn
class BadUpsertsWorkflow:
    @workflow.run
    async def run(self) -> list[str]:
        errors = []
        attempts: list[Any] = [
            {"TemporalChangeVersion": ["mine"]},
            [("TestInt", 1)],
            "TestInt=1",
            {"TestInt": [object()]},
            {"": ["x"]},
        ]
        for attempt in attempts:
            try:
                workflow.upsert_search_attributes(attempt)
            except (TypeError, ValueError) as err:
                errors.append(f"{type(err).__name__}: {err}")
        for memo_attempt in ({"key": object()}, {3: "x"}):
            try:
                workflow.upsert_memo(memo_attempt)  # type: ignore[arg-type]
            except TypeError as err:
                errors.append(f"TypeError: {err}")
        try:
            workflow.memo_value("absent")
        except KeyError as err:
            errors.append(f"KeyError: {err.args[0]}")
        # Empty changes are no-ops (the server rejects empty upserts).
        workflow.upsert_search_attributes([])
        workflow.upsert_memo({})
        return errors


async def test_bad_upserts_raise_clear_errors_and_send_nothing(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([BadUpsertsWorkflow]):
        handle = await client.start_workflow(
            BadUpsertsWorkflow.run, id=new_id(), task_queue=task_queue
        )
        errors = await handle.result()
    assert errors[0].startswith("ValueError: TemporalChangeVersion is reserved")
    assert "takes SearchAttributeUpdate items" in errors[1]
    assert "got str" in errors[2]
    assert errors[3].startswith("TypeError: search attribute 'TestInt':")
    assert "non-empty strings" in errors[4]
    assert "cannot convert the value of memo key 'key'" in errors[5]
    assert "memo keys must be non-empty strings, got 3" in errors[6]
    assert (
        errors[7]
        == "KeyError: the workflow memo has no key 'absent'; pass a default to memo_value()"
    )
    types = await event_types(handle)
    assert "UPSERT_WORKFLOW_SEARCH_ATTRIBUTES" not in types
    assert "WORKFLOW_PROPERTIES_MODIFIED" not in types


@dataclass
class Point:
    x: int
    y: int


@workflow.defn
class MemoWorkflow:
    @workflow.run
    async def run(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "memo": dict(workflow.memo()),
            "count": workflow.memo_value("count"),
            "point": workflow.memo_value("point", type_hint=Point),
            "default": workflow.memo_value("absent", "fallback"),
        }
        workflow.upsert_memo({"count": 2, "gone": None, "added": Point(3, 4)})
        out["after"] = dict(workflow.memo())
        out["raw_keys"] = sorted(workflow.info().raw_memo)
        out["added"] = workflow.memo_value("added", type_hint=Point)
        return out


async def test_memo_read_and_upsert(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([MemoWorkflow]):
        handle = await client.start_workflow(
            MemoWorkflow.run,
            id=new_id(),
            task_queue=task_queue,
            memo={"count": 1, "point": Point(1, 2), "gone": "bye"},
        )
        out = await handle.result()
    assert out["memo"] == {"count": 1, "point": {"x": 1, "y": 2}, "gone": "bye"}
    assert out["count"] == 1
    assert out["point"] == {"x": 1, "y": 2}  # the result is JSON; decoded in workflow as Point
    assert out["default"] == "fallback"
    assert out["after"] == {"count": 2, "point": {"x": 1, "y": 2}, "added": {"x": 3, "y": 4}}
    assert out["raw_keys"] == ["added", "count", "point"]
    assert out["added"] == {"x": 3, "y": 4}
    description = await handle.describe()
    assert await description.memo() == out["after"]
    assert await description.memo_value("added", type_hint=Point) == Point(3, 4)
    assert (await event_types(handle)).count("WORKFLOW_PROPERTIES_MODIFIED") == 1


class SealingCodec(PayloadCodec):
    """Wraps every payload with a header, as encryption would (never empty output)."""

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [
            Payload(metadata={"encoding": b"binary/sealed"}, data=b"SEAL" + p.SerializeToString())
            for p in payloads
        ]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        out = []
        for p in payloads:
            assert p.metadata["encoding"] == b"binary/sealed", p.metadata
            out.append(Payload.FromString(p.data.removeprefix(b"SEAL")))
        return out


@workflow.defn
class MemoRemovalWorkflow:
    @workflow.run
    async def run(self) -> dict[str, Any]:
        workflow.upsert_memo({"count": 2, "gone": None})
        return dict(workflow.memo())


async def test_memo_removal_reaches_the_server_through_a_codec(
    dev_server: str, task_queue: str, max_cached_workflows: int
) -> None:
    converter = dataclasses.replace(DataConverter.default, payload_codec=SealingCodec())
    client = await Client.connect(dev_server, data_converter=converter)
    try:
        async with Worker(
            client,
            task_queue=task_queue,
            workflows=[MemoRemovalWorkflow],
            max_cached_workflows=max_cached_workflows,
        ):
            handle = await client.start_workflow(
                MemoRemovalWorkflow.run,
                id=new_id(),
                task_queue=task_queue,
                memo={"count": 1, "gone": "bye"},
            )
            assert await handle.result() == {"count": 2}
        description = await handle.describe()
        # Stored encoded, and the removed key is gone on the server too.
        assert set(description.raw_info.memo.fields) == {"count"}
        assert await description.memo() == {"count": 2}
    finally:
        await client.service_client.close()
