"""Patches (``patched``/``deprecate_patch``) as ``core_patch`` markers (PROTOCOL §3.7).

Workflow code decides whether a patch applies (true when not replaying, or when a
``NotifyHasPatch`` job said history has the marker) and issues ``SetPatchMarker`` only when
it does. The machine records the marker; while replaying it is matched leniently:

* a patch command whose FIFO position holds any other event is dropped;
* a *deprecated* patch marker with no matching command is skipped, together with a
  following ``TemporalChangeVersion`` upsert;
* a non-deprecated marker with no patch command is nondeterminism.

With internal flag 2, each patch marker is followed by an internal upsert of the
``TemporalChangeVersion`` search attribute listing every patch used so far.
"""

from __future__ import annotations

import json

from temporalio.api.command.v1 import Command, RecordMarkerCommandAttributes
from temporalio.api.common.v1 import Payload, Payloads, SearchAttributes
from temporalio.api.enums.v1 import CommandType, EventType
from temporalio.api.history.v1 import MarkerRecordedEventAttributes

from ._machine import CommandEntry, Machine, RunContext

__all__ = [
    "CHANGE_VERSION_SEARCH_ATTRIBUTE",
    "PATCH_MARKER_NAME",
    "PatchMachine",
    "change_version_search_attributes",
    "decode_patch_marker",
]

PATCH_MARKER_NAME = "core_patch"
CHANGE_VERSION_SEARCH_ATTRIBUTE = "TemporalChangeVersion"
_PATCH_DATA_KEY = "patch-data"
# Core skips the upsert when the encoded list reaches this size.
_MAX_SEARCH_ATTRIBUTE_PAYLOAD_SIZE = 2048
_JSON_PLAIN = b"json/plain"


def _json_payload(value: object) -> Payload:
    return Payload(
        metadata={"encoding": _JSON_PLAIN},
        data=json.dumps(value, separators=(",", ":")).encode(),
    )


def decode_patch_marker(attrs: MarkerRecordedEventAttributes) -> tuple[str, bool] | None:
    """``(patch_id, deprecated)`` of a ``core_patch`` marker, or None for other markers.

    Accepts the current format (``patch-data`` JSON) and the older one (raw ``patch_id`` and
    ``deprecated`` bytes).
    """
    if attrs.marker_name != PATCH_MARKER_NAME:
        return None
    details = attrs.details
    if _PATCH_DATA_KEY in details:
        payloads = details[_PATCH_DATA_KEY].payloads
        if not payloads:
            return None
        try:
            data = json.loads(payloads[0].data)
            return str(data["id"]), bool(data.get("deprecated", False))
        except (ValueError, KeyError, TypeError):
            return None
    if "patch_id" in details and "deprecated" in details:
        pid = details["patch_id"].payloads
        dep = details["deprecated"].payloads
        if not pid or not dep or not dep[0].data:
            return None
        return pid[0].data.decode(errors="replace"), dep[0].data[0] != 0
    return None


def change_version_search_attributes(patch_ids: list[str]) -> SearchAttributes | None:
    """The internal ``TemporalChangeVersion`` upsert for flag 2 (None when too large)."""
    payload = _json_payload(sorted(patch_ids))
    if len(payload.data) >= _MAX_SEARCH_ATTRIBUTE_PAYLOAD_SIZE:
        return None
    payload.metadata["type"] = b"KeywordList"
    return SearchAttributes(indexed_fields={CHANGE_VERSION_SEARCH_ATTRIBUTE: payload})


class PatchMachine(Machine):
    """The marker command of one ``SetPatchMarker``."""

    __slots__ = ("deprecated", "patch_id")

    def __init__(self, patch_id: str, deprecated: bool, run: RunContext) -> None:
        self.patch_id = patch_id
        self.deprecated = deprecated
        run.new_command(
            self, CommandType.COMMAND_TYPE_RECORD_MARKER, EventType.EVENT_TYPE_MARKER_RECORDED
        )

    def describe(self, entry: CommandEntry) -> str:
        return f"SetPatchMarker(patch_id={self.patch_id!r}, deprecated={self.deprecated})"

    def build_command(self, entry: CommandEntry) -> Command:
        attrs = RecordMarkerCommandAttributes(marker_name=PATCH_MARKER_NAME)
        attrs.details[_PATCH_DATA_KEY].CopyFrom(
            Payloads(payloads=[_json_payload({"id": self.patch_id, "deprecated": self.deprecated})])
        )
        return Command(
            command_type=CommandType.COMMAND_TYPE_RECORD_MARKER,
            record_marker_command_attributes=attrs,
        )

    def droppable(self, entry: CommandEntry) -> bool:
        return True
