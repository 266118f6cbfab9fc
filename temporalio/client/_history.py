"""Workflow histories and their JSON form (compatible with the CLI and UI exports)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from google.protobuf import json_format

from temporalio.api.history.v1 import History, HistoryEvent


class WorkflowHistoryEventFilterType(IntEnum):
    """Which events ``WorkflowHandle.fetch_history_events`` returns (the values are
    those of the API's ``HistoryEventFilterType``, which is accepted too)."""

    ALL_EVENT = 1
    """Every event."""
    CLOSE_EVENT = 2
    """Only the event that closed the run (with ``wait_new_event``: wait for it)."""


@dataclass(frozen=True)
class WorkflowHistory:
    """The events of one workflow run, e.g. from ``WorkflowHandle.fetch_history``.

    ``to_json()`` writes the protobuf JSON form that ``temporal workflow show
    --output json`` and the UI's export write; ``from_json`` reads both, including
    the older export form whose enum values lack their prefix.
    """

    workflow_id: str
    """ID of the workflow."""
    events: Sequence[HistoryEvent]
    """The history events, in order."""

    @property
    def run_id(self) -> str:
        """Run ID this history starts with (from the start event), or ""."""
        if not self.events:
            return ""
        first = self.events[0]
        return str(first.workflow_execution_started_event_attributes.original_execution_run_id)

    def to_json_dict(self) -> dict[str, Any]:
        """The history as a JSON-compatible dict (``{"events": [...]}``)."""
        return json_format.MessageToDict(History(events=self.events))

    def to_json(self) -> str:
        """The history as JSON text."""
        return json.dumps(self.to_json_dict(), indent=2)

    @staticmethod
    def from_json(workflow_id: str, history: str | Mapping[str, Any]) -> WorkflowHistory:
        """Read a history exported as JSON (text or already-parsed dict).

        Raises:
            ValueError: The JSON is not a history; the message says where.
        """
        if isinstance(history, str):
            try:
                data = json.loads(history)
            except json.JSONDecodeError as err:
                raise ValueError(f"history JSON is not valid JSON: {err}") from None
        else:
            data = dict(history)
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise ValueError('history JSON must be an object with an "events" list')
        fixed = _fix_enums(data, History.DESCRIPTOR)
        try:
            proto = json_format.ParseDict(fixed, History(), ignore_unknown_fields=True)
        except json_format.ParseError as err:
            raise ValueError(f"history JSON does not describe a Temporal history: {err}") from None
        return WorkflowHistory(workflow_id=workflow_id, events=list(proto.events))


_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def _enum_prefix(enum: Any) -> str:
    return str(_CAMEL.sub("_", enum.name).upper()) + "_"


def _fix_enum_value(enum: Any, value: Any) -> Any:
    if not isinstance(value, str) or value in enum.values_by_name:
        return value
    candidate = _enum_prefix(enum) + _CAMEL.sub("_", value).upper()
    return candidate if candidate in enum.values_by_name else value


def _fix_enums(value: Any, desc: Any) -> Any:
    """Rewrite old-style enum values ("WorkflowExecutionStarted") to proto names."""
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        field = desc.fields_by_camelcase_name.get(key) or desc.fields_by_name.get(key)
        if field is None:
            out[key] = item
            continue
        out[key] = _fix_field(field, item)
    return out


def _fix_field(field: Any, item: Any) -> Any:
    is_map = field.message_type is not None and field.message_type.GetOptions().map_entry
    if is_map and isinstance(item, dict):
        value_field = field.message_type.fields_by_name["value"]
        return {k: _fix_field(value_field, v) for k, v in item.items()}
    if isinstance(item, list):
        return [_fix_single(field, v) for v in item]
    return _fix_single(field, item)


def _fix_single(field: Any, item: Any) -> Any:
    if field.enum_type is not None:
        return _fix_enum_value(field.enum_type, item)
    if field.message_type is not None:
        return _fix_enums(item, field.message_type)
    return item
