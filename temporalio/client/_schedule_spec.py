"""When a schedule acts: calendar ranges, intervals, cron strings, and the spec that
combines them (``temporal.api.schedule.v1.ScheduleSpec``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from google.protobuf.duration_pb2 import Duration
from google.protobuf.timestamp_pb2 import Timestamp

from temporalio.api.schedule.v1 import IntervalSpec, Range, StructuredCalendarSpec
from temporalio.api.schedule.v1 import ScheduleSpec as ScheduleSpecProto

__all__ = [
    "ScheduleCalendarSpec",
    "ScheduleIntervalSpec",
    "ScheduleRange",
    "ScheduleSpec",
]


@dataclass(frozen=True)
class ScheduleRange:
    """Values ``start``, ``start + step``, ... up to ``end`` inclusive, of one calendar field.

    ``end`` below ``start`` means just ``start``; a ``step`` of 0 means 1 (the server
    reads them so, and the range is stored that way, so a described schedule compares
    equal to the one created).
    """

    start: int
    end: int = 0
    step: int = 0

    def __post_init__(self) -> None:
        if self.end < self.start:
            object.__setattr__(self, "end", self.start)
        if self.step == 0:
            object.__setattr__(self, "step", 1)
        if self.step < 0:
            raise ValueError(f"ScheduleRange step must not be negative, got {self.step}")

    def _to_proto(self) -> Range:
        return Range(start=self.start, end=self.end, step=self.step)

    @staticmethod
    def _from_proto(raw: Range) -> ScheduleRange:
        return ScheduleRange(start=raw.start, end=raw.end, step=raw.step)


def _ranges_from_proto(raw: Sequence[Range]) -> tuple[ScheduleRange, ...]:
    return tuple(ScheduleRange._from_proto(r) for r in raw)


@dataclass(frozen=True)
class ScheduleCalendarSpec:
    """Calendar times at which a schedule acts: every combination of the listed values.

    The defaults mean "at midnight, every day"; set ``hour`` and ``minute`` for a time of
    day, ``day_of_week`` (0 = Sunday) or ``day_of_month`` for days. An empty ``year``
    means every year.
    """

    second: Sequence[ScheduleRange] = (ScheduleRange(0),)
    """Seconds, 0-59."""
    minute: Sequence[ScheduleRange] = (ScheduleRange(0),)
    """Minutes, 0-59."""
    hour: Sequence[ScheduleRange] = (ScheduleRange(0),)
    """Hours, 0-23."""
    day_of_month: Sequence[ScheduleRange] = (ScheduleRange(1, 31),)
    """Days of the month, 1-31."""
    month: Sequence[ScheduleRange] = (ScheduleRange(1, 12),)
    """Months, 1-12."""
    year: Sequence[ScheduleRange] = ()
    """Years; empty for every year."""
    day_of_week: Sequence[ScheduleRange] = (ScheduleRange(0, 6),)
    """Days of the week, 0 (Sunday) to 6."""
    comment: str | None = None
    """Free text, kept with the spec."""

    def __post_init__(self) -> None:
        # Stored as tuples, so a spec built with lists equals its description.
        for name in _CALENDAR_FIELDS:
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def _to_proto(self) -> StructuredCalendarSpec:
        out = StructuredCalendarSpec(comment=self.comment or "")
        for name in _CALENDAR_FIELDS:
            getattr(out, name).extend(r._to_proto() for r in getattr(self, name))
        return out

    @staticmethod
    def _from_proto(raw: StructuredCalendarSpec) -> ScheduleCalendarSpec:
        ranges = {name: _ranges_from_proto(getattr(raw, name)) for name in _CALENDAR_FIELDS}
        return ScheduleCalendarSpec(**ranges, comment=raw.comment or None)


_CALENDAR_FIELDS = ("second", "minute", "hour", "day_of_month", "month", "year", "day_of_week")
"""The range fields of a calendar, named alike here and in the proto."""


@dataclass(frozen=True)
class ScheduleIntervalSpec:
    """Act every ``every``, counted from the Unix epoch and shifted by ``offset``.

    ``ScheduleIntervalSpec(every=timedelta(hours=1), offset=timedelta(minutes=5))`` acts
    at five past every hour.
    """

    every: timedelta
    """The period; positive."""
    offset: timedelta | None = None
    """Shift within each period (less than ``every``)."""

    def __post_init__(self) -> None:
        if self.every <= timedelta(0):
            raise ValueError(f"ScheduleIntervalSpec.every must be positive, got {self.every}")

    def _to_proto(self) -> IntervalSpec:
        out = IntervalSpec(interval=_duration(self.every))
        if self.offset:
            out.phase.CopyFrom(_duration(self.offset))
        return out

    @staticmethod
    def _from_proto(raw: IntervalSpec) -> ScheduleIntervalSpec:
        offset = raw.phase.ToTimedelta() if raw.HasField("phase") else None
        return ScheduleIntervalSpec(every=raw.interval.ToTimedelta(), offset=offset or None)


@dataclass(frozen=True)
class ScheduleSpec:
    """When a schedule acts: the union of ``calendars``, ``intervals`` and
    ``cron_expressions``, minus the times matching ``skip``, between ``start_at`` and
    ``end_at``, each time delayed by a random amount up to ``jitter``.

    The server turns cron expressions into calendars: a described schedule shows them
    in ``calendars``.
    """

    calendars: Sequence[ScheduleCalendarSpec] = ()
    """Calendar times to act at."""
    intervals: Sequence[ScheduleIntervalSpec] = ()
    """Fixed periods to act at."""
    cron_expressions: Sequence[str] = ()
    """Cron strings (``"0 12 * * MON-FRI"``, also ``@daily`` and the like), read by the
    server."""
    skip: Sequence[ScheduleCalendarSpec] = ()
    """Calendar times not to act at, even when the rest matches."""
    start_at: datetime | None = None
    """No action before this time."""
    end_at: datetime | None = None
    """No action after this time."""
    jitter: timedelta | None = None
    """Each action happens at a random time up to this much later."""
    time_zone_name: str | None = None
    """IANA time zone (``"Europe/Paris"``) for calendars and cron strings; UTC if None."""
    _extra: ScheduleSpecProto | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Stored as tuples, so a spec built with lists equals its description.
        for name in ("calendars", "intervals", "cron_expressions", "skip"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise TypeError(f"ScheduleSpec.{name} takes a sequence, not one string")
            object.__setattr__(self, name, tuple(value))

    def _to_proto(self) -> ScheduleSpecProto:
        out = ScheduleSpecProto(
            structured_calendar=[c._to_proto() for c in self.calendars],
            interval=[i._to_proto() for i in self.intervals],
            cron_string=list(self.cron_expressions),
            exclude_structured_calendar=[c._to_proto() for c in self.skip],
            timezone_name=self.time_zone_name or "",
        )
        if self._extra is not None:
            # Unstructured calendars set by other clients survive an update.
            out.calendar.extend(self._extra.calendar)
            out.exclude_calendar.extend(self._extra.exclude_calendar)
            out.timezone_data = self._extra.timezone_data
        if self.start_at is not None:
            out.start_time.CopyFrom(_timestamp(self.start_at))
        if self.end_at is not None:
            out.end_time.CopyFrom(_timestamp(self.end_at))
        if self.jitter:
            out.jitter.CopyFrom(_duration(self.jitter))
        return out

    @staticmethod
    def _from_proto(raw: ScheduleSpecProto) -> ScheduleSpec:
        extra = None
        if raw.calendar or raw.exclude_calendar or raw.timezone_data:
            extra = ScheduleSpecProto(
                calendar=raw.calendar,
                exclude_calendar=raw.exclude_calendar,
                timezone_data=raw.timezone_data,
            )
        return ScheduleSpec(
            calendars=tuple(ScheduleCalendarSpec._from_proto(c) for c in raw.structured_calendar),
            intervals=tuple(ScheduleIntervalSpec._from_proto(i) for i in raw.interval),
            cron_expressions=tuple(raw.cron_string),
            skip=tuple(
                ScheduleCalendarSpec._from_proto(c) for c in raw.exclude_structured_calendar
            ),
            start_at=_time(raw.start_time) if raw.HasField("start_time") else None,
            end_at=_time(raw.end_time) if raw.HasField("end_time") else None,
            jitter=(raw.jitter.ToTimedelta() or None) if raw.HasField("jitter") else None,
            time_zone_name=raw.timezone_name or None,
            _extra=extra,
        )


def _duration(value: timedelta) -> Duration:
    out = Duration()
    out.FromTimedelta(value)
    return out


def _timestamp(value: datetime) -> Timestamp:
    if value.tzinfo is None:
        raise ValueError(f"schedule times must be timezone-aware, got naive {value!r}")
    out = Timestamp()
    out.FromDatetime(value)
    return out


def _time(raw: Timestamp) -> datetime:
    return raw.ToDatetime(tzinfo=UTC)
