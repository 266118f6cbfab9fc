"""Internal flags recorded in ``WorkflowTaskCompleted.sdk_metadata`` (PROTOCOL §11.1).

A flag recorded in history is "on" from the workflow task that recorded it onwards. While
replaying, behaviour that changed under a flag follows the flag as recorded; new (non-replay)
workflow tasks always use every flag whose behaviour this package implements, and record the
ones history does not have yet.
"""

from __future__ import annotations

from collections.abc import Iterable

from temporalio.api.history.v1 import WorkflowTaskCompletedEventAttributes
from temporalio.api.sdk.v1 import WorkflowTaskCompletedMetadata

from ._errors import HistoryError

__all__ = ["CoreFlag", "InternalFlags"]


class CoreFlag:
    """Core flag values (permanent; shared with every core-based SDK)."""

    #: Activity, child workflow and local activity ids/types are checked on replay.
    ID_AND_TYPE_DETERMINISM_CHECKS = 1
    #: Each patch marker is followed by a ``TemporalChangeVersion`` search attribute upsert.
    UPSERT_SEARCH_ATTRIBUTE_ON_PATCH = 2
    #: Terminal commands are moved to the end instead of truncating what follows them.
    MOVE_TERMINAL_COMMANDS = 3
    #: Nexus operation service/operation checks. We issue no Nexus commands, so the flag has
    #: no behaviour here; it is accepted in history but never recorded by us.
    NEXUS_OPERATION_DETERMINISM_CHECKS = 4


#: Flags whose behaviour we implement, recorded in the first non-replay completion.
IMPLEMENTED_CORE_FLAGS: tuple[int, ...] = (
    CoreFlag.ID_AND_TYPE_DETERMINISM_CHECKS,
    CoreFlag.UPSERT_SEARCH_ATTRIBUTE_ON_PATCH,
    CoreFlag.MOVE_TERMINAL_COMMANDS,
)
#: Flags history may contain without failing the task.
KNOWN_CORE_FLAGS: frozenset[int] = frozenset(
    (*IMPLEMENTED_CORE_FLAGS, CoreFlag.NEXUS_OPERATION_DETERMINISM_CHECKS)
)


class InternalFlags:
    """Core and lang flags seen in history, and those used since the last completion.

    Invariants: ``core``/``lang`` hold everything recorded in history or already sent;
    ``*_since_last_complete`` hold flags used since the last completion we built, which may
    overlap with the recorded sets (only the difference is sent).
    """

    __slots__ = (
        "_core",
        "_core_since_last_complete",
        "_lang",
        "_lang_since_last_complete",
        "enabled",
        "last_sdk_name",
        "last_sdk_version",
        "sdk_name",
        "sdk_version",
    )

    def __init__(self, *, sdk_name: str, sdk_version: str, enabled: bool = True) -> None:
        #: False when the server lacks the ``sdk_metadata`` capability: then no flag can be
        #: recorded, so none may be used either.
        self.enabled = enabled
        self.sdk_name = sdk_name
        self.sdk_version = sdk_version
        self.last_sdk_name = ""
        self.last_sdk_version = ""
        # Frozensets, interned: every cached run shares the same few flag sets.
        self._core: frozenset[int] = _EMPTY
        self._lang: frozenset[int] = _EMPTY
        self._core_since_last_complete: frozenset[int] = _EMPTY
        self._lang_since_last_complete: frozenset[int] = _EMPTY

    def add_from_completed(self, attrs: WorkflowTaskCompletedEventAttributes) -> None:
        """Records the flags of a ``WorkflowTaskCompleted`` event from history.

        Raises:
            HistoryError: History uses a core flag this package does not know.
        """
        if not self.enabled or not attrs.HasField("sdk_metadata"):
            return
        md = attrs.sdk_metadata
        for f in md.core_used_flags:
            if f not in KNOWN_CORE_FLAGS:
                raise HistoryError(
                    f"history uses unknown core internal flag {f}; this SDK cannot replay it"
                )
        if md.core_used_flags:
            self._core = _union(self._core, md.core_used_flags)
        if md.lang_used_flags:
            self._lang = _union(self._lang, md.lang_used_flags)
        if md.sdk_name:
            self.last_sdk_name = md.sdk_name
        if md.sdk_version:
            self.last_sdk_version = md.sdk_version

    def try_use(self, flag: int, record: bool) -> bool:
        """Whether the behaviour behind ``flag`` applies now.

        With ``record`` (new work), the flag is always used and will be recorded. Without it
        (replay), it applies only if history recorded it.
        """
        if not self.enabled:
            return False
        if record:
            if flag not in self._core_since_last_complete:
                self._core_since_last_complete = _union(self._core_since_last_complete, (flag,))
            return True
        return flag in self._core

    def has_core(self, flag: int) -> bool:
        """True if history recorded core ``flag``."""
        return flag in self._core

    def add_lang_used(self, flags: Iterable[int]) -> None:
        """Lang flags workflow code used in the latest activation."""
        if self.enabled:
            self._lang_since_last_complete = _union(self._lang_since_last_complete, flags)

    def lang_flags(self) -> list[int]:
        """Lang flags recorded in history so far, sorted."""
        return sorted(self._lang)

    def gather_for_completion(self) -> WorkflowTaskCompletedMetadata:
        """Metadata for a non-replay completion: all implemented core flags not yet in
        history, newly used lang flags, and the SDK name/version when they changed."""
        if not self.enabled:
            return WorkflowTaskCompletedMetadata()
        core_since = self._core_since_last_complete.union(IMPLEMENTED_CORE_FLAGS)
        core_new = sorted(core_since - self._core)
        lang_new = sorted(self._lang_since_last_complete - self._lang)
        if core_new:
            self._core = _union(self._core, core_new)
        if lang_new:
            self._lang = _union(self._lang, lang_new)
        self._core_since_last_complete = _EMPTY
        self._lang_since_last_complete = _EMPTY
        md = WorkflowTaskCompletedMetadata(core_used_flags=core_new, lang_used_flags=lang_new)
        if self.sdk_name != self.last_sdk_name:
            md.sdk_name = self.sdk_name
            self.last_sdk_name = self.sdk_name
        if self.sdk_version != self.last_sdk_version:
            md.sdk_version = self.sdk_version
            self.last_sdk_version = self.sdk_version
        return md


_EMPTY: frozenset[int] = frozenset()
_INTERNED: dict[frozenset[int], frozenset[int]] = {_EMPTY: _EMPTY}


def _union(flags: frozenset[int], more: Iterable[int]) -> frozenset[int]:
    """``flags | more``, interned (flag sets are few; runs share them)."""
    merged = flags.union(more)
    if merged == flags:
        return flags
    return _INTERNED.setdefault(merged, merged)
