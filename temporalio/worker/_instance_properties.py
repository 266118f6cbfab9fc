"""Patches (versioning), search attribute and memo upserts.

Invariants:

* ``_patch_answers`` holds the answer ``patched(id)`` gave for each patch ID in this
  run; the answer never changes once given, and a marker command is issued at most
  once per ID (only with a True answer).
* ``_info`` is frozen: an upsert replaces it (``dataclasses.replace``) with the new
  ``typed_search_attributes`` / ``raw_memo``, so an ``Info`` a workflow kept earlier
  still shows the values of its time.
* ``_memo_decoded`` caches ``workflow.memo()`` for the current ``_info.raw_memo``; an
  upsert resets it.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import temporalio.common
import temporalio.converter
from temporalio.api.common.v1 import Memo, Payload, SearchAttributes
from temporalio.worker._instance_base import InstanceBase, InstanceConfig
from temporalio.worker._machines import _commands as cmd
from temporalio.workflow._properties import _MISSING

# Reserved for the patch machinery (PROTOCOL.md section 3.7).
_CHANGE_VERSION = "TemporalChangeVersion"

_Key = temporalio.common.SearchAttributeKey
_Kind = temporalio.common.SearchAttributeIndexedValueType


class PropertiesMixin(InstanceBase):
    """Workflow instance support for patches and search attribute and memo upserts."""

    __slots__ = ()  # fields are slots of InstanceBase

    def __init__(self, config: InstanceConfig, run_id: str) -> None:
        """Add the patch answers and the memo cache to the instance state."""
        super().__init__(config, run_id)
        self._patch_answers: dict[str, bool] = {}
        self._memo_decoded: Mapping[str, Any] | None = None

    # -- patches -----------------------------------------------------------------

    def workflow_patch(self, patch_id: str, *, deprecated: bool) -> bool:
        what = "deprecate_patch" if deprecated else "patched"
        self._check_writable(f"workflow.{what}({patch_id!r})")
        answer = self._patch_answers.get(patch_id)
        if answer is not None:
            return answer
        # New code takes the new branch; a replay takes it only where the history
        # recorded the marker (the machines announce it with NotifyHasPatch).
        answer = not self._replaying or patch_id in self._patches_seen
        self._patch_answers[patch_id] = answer
        if answer:
            self._commands.append(cmd.SetPatchMarker(patch_id=patch_id, deprecated=deprecated))
        return answer

    # -- search attributes ---------------------------------------------------------

    def workflow_upsert_search_attributes(
        self,
        attributes: Sequence[temporalio.common.SearchAttributeUpdate[Any]] | Mapping[str, Any],
    ) -> None:
        self._check_writable("upserting search attributes")
        info = self._require_info()
        proto = SearchAttributes()
        if isinstance(attributes, Mapping):
            changes = _mapping_changes(attributes, info.typed_search_attributes, proto)
        elif isinstance(attributes, str | bytes) or not isinstance(attributes, Sequence):
            raise TypeError(
                "upsert_search_attributes takes a list of updates (key.value_set(...) / "
                "key.value_unset()) or a mapping of name to values, "
                f"got {type(attributes).__name__}"
            )
        else:
            changes = _typed_changes(attributes, proto)
        if not changes:
            return  # the server rejects an empty upsert; nothing changes
        self._commands.append(cmd.UpsertWorkflowSearchAttributes(search_attributes=proto))
        pairs = {pair.key.name: pair for pair in info.typed_search_attributes}
        for name, pair in changes.items():
            if pair is None:
                pairs.pop(name, None)
            else:
                pairs[name] = pair
        self._info = dataclasses.replace(
            info,
            typed_search_attributes=temporalio.common.TypedSearchAttributes(list(pairs.values())),
        )

    # -- memo ----------------------------------------------------------------------

    def workflow_memo(self) -> Mapping[str, Any]:
        if self._memo_decoded is None:
            conv = self._config.payload_converter
            decoded: dict[str, Any] = {}
            for key, payload in self._require_info().raw_memo.items():
                decoded[key] = _decode_memo(conv, key, payload, None)
            self._memo_decoded = types.MappingProxyType(decoded)
        return self._memo_decoded

    def workflow_memo_value(self, key: str, default: Any, type_hint: Any) -> Any:
        payload = self._require_info().raw_memo.get(key)
        if payload is None:
            if default is _MISSING:
                raise KeyError(
                    f"the workflow memo has no key {key!r}; pass a default to memo_value()"
                )
            return default
        return _decode_memo(self._config.payload_converter, key, payload, type_hint)

    def workflow_upsert_memo(self, updates: Mapping[str, Any]) -> None:
        self._check_writable("upserting the memo")
        if not isinstance(updates, Mapping):
            raise TypeError(
                f"upsert_memo takes a mapping of key to value, got {type(updates).__name__}"
            )
        conv = self._config.payload_converter
        # Convert everything first: a failure leaves no partial command behind.
        fields: dict[str, Payload] = {}
        for key, value in updates.items():
            if not isinstance(key, str) or not key:
                raise TypeError(f"memo keys must be non-empty strings, got {key!r}")
            if value is None:
                # An empty payload removes the key on the server.
                fields[key] = Payload()
                continue
            try:
                fields[key] = conv.to_payloads([value])[0]
            except Exception as err:
                raise TypeError(f"cannot convert the value of memo key {key!r}: {err}") from err
        if not fields:
            return  # the server rejects an empty memo change; nothing changes
        self._commands.append(cmd.ModifyWorkflowProperties(upserted_memo=Memo(fields=fields)))
        info = self._require_info()
        raw = dict(info.raw_memo)
        for key, payload in fields.items():
            if updates[key] is None:
                raw.pop(key, None)
            else:
                raw[key] = payload
        self._info = dataclasses.replace(info, raw_memo=raw)
        self._memo_decoded = None


def _decode_memo(
    conv: temporalio.converter.PayloadConverter, key: str, payload: Payload, type_hint: Any
) -> Any:
    try:
        return conv.from_payloads([payload], [type_hint] if type_hint is not None else None)[0]
    except Exception as err:
        hint = f" as {getattr(type_hint, '__name__', type_hint)}" if type_hint is not None else ""
        raise TypeError(f"cannot decode memo key {key!r}{hint}: {err}") from err


def _check_name(name: object) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError(f"search attribute names must be non-empty strings, got {name!r}")
    if name == _CHANGE_VERSION:
        raise ValueError(
            f"{_CHANGE_VERSION} is reserved: workflow.patched() and deprecate_patch() "
            "maintain it; choose another search attribute"
        )
    return name


def _typed_changes(
    updates: Sequence[temporalio.common.SearchAttributeUpdate[Any]], proto: SearchAttributes
) -> dict[str, temporalio.common.SearchAttributePair[Any] | None]:
    """Encode typed updates; name -> new pair (None: removed)."""
    changes: dict[str, temporalio.common.SearchAttributePair[Any] | None] = {}
    for update in updates:
        if not isinstance(update, temporalio.common.SearchAttributeUpdate):
            raise TypeError(
                "upsert_search_attributes takes SearchAttributeUpdate items "
                f"(key.value_set(...) / key.value_unset()), got {type(update).__name__}"
            )
        name = _check_name(update.key.name)
        proto.indexed_fields[name].CopyFrom(
            temporalio.converter.encode_typed_search_attribute_value(update.key, update.value)
        )
        changes[name] = (
            None
            if update.value is None
            else temporalio.common.SearchAttributePair(update.key, update.value)
        )
    return changes


def _mapping_changes(
    attributes: Mapping[str, Any],
    current: temporalio.common.TypedSearchAttributes,
    proto: SearchAttributes,
) -> dict[str, temporalio.common.SearchAttributePair[Any] | None]:
    """Encode the untyped form; name -> the typed view's new pair (None: removed)."""
    known = {pair.key.name: pair.key for pair in current}
    changes: dict[str, temporalio.common.SearchAttributePair[Any] | None] = {}
    for name, values in attributes.items():
        _check_name(name)
        items = list(values) if isinstance(values, list | tuple) else [values]
        if values is None or not items:
            proto.indexed_fields[name].CopyFrom(
                temporalio.converter.encode_search_attribute_values(None)
            )
            changes[name] = None
            continue
        try:
            payload = temporalio.converter.encode_search_attribute_values(values)
        except (TypeError, ValueError) as err:
            raise type(err)(f"search attribute {name!r}: {err}") from err
        proto.indexed_fields[name].CopyFrom(payload)
        changes[name] = _typed_pair(name, items, known.get(name))
    return changes


def _typed_pair(
    name: str, items: list[Any], known: temporalio.common.SearchAttributeKey[Any] | None
) -> temporalio.common.SearchAttributePair[Any] | None:
    """The typed view of an untyped value: the known key's type, else one inferred."""
    candidates: list[temporalio.common.SearchAttributeKey[Any]] = []
    if known is not None:
        candidates.append(known)
    first = items[0]
    if isinstance(first, bool):
        candidates.append(_Key.for_bool(name))
    elif isinstance(first, int):
        candidates.append(_Key.for_int(name))
    elif isinstance(first, float):
        candidates.append(_Key.for_float(name))
    elif isinstance(first, datetime):
        candidates.append(_Key.for_datetime(name))
    elif isinstance(first, str):
        candidates.append(
            _Key.for_keyword(name) if len(items) == 1 else _Key.for_keyword_list(name)
        )
    for key in candidates:
        value: Any = list(items) if key.indexed_value_type == _Kind.KEYWORD_LIST else items[0]
        if key.indexed_value_type != _Kind.KEYWORD_LIST and len(items) != 1:
            continue
        if key.indexed_value_type == _Kind.DOUBLE and isinstance(value, int):
            value = float(value)
        try:
            key.value_set(value)  # checks the value against the key's type
        except (TypeError, ValueError):
            continue
        return temporalio.common.SearchAttributePair(key, value)
    return None
