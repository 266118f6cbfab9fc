"""Typed search attributes: keys, values, collections and updates.

Their wire form (payloads with a ``type`` metadata entry) lives in
:mod:`temporalio.converter`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Generic, NamedTuple, TypeAlias, TypeVar, cast, overload

from temporalio._common._enums import SearchAttributeIndexedValueType

SearchAttributeValueType = TypeVar(
    "SearchAttributeValueType", str, int, float, bool, datetime, Sequence[str]
)
"""The Python types a search attribute value can have."""

SearchAttributeValue: TypeAlias = str | int | float | bool | datetime | Sequence[str]
"""Any search attribute value."""

SearchAttributeValues: TypeAlias = list[str] | list[int] | list[float] | list[bool] | list[datetime]
"""Values of one attribute in the untyped form (always a list)."""

SearchAttributes: TypeAlias = Mapping[str, SearchAttributeValues]
"""Untyped search attributes: name to list of values. Prefer :class:`TypedSearchAttributes`."""

_T = TypeVar("_T")


@dataclass(frozen=True)
class SearchAttributeKey(Generic[SearchAttributeValueType]):
    """Name and type of a search attribute.

    Create keys with the ``for_*`` constructors, e.g.
    ``SearchAttributeKey.for_keyword("CustomerId")``. Two keys are equal when
    name and type are.

    Attributes:
        name: Attribute name as registered on the server.
        indexed_value_type: How the server indexes it.
        value_type: Python type of its values (``Sequence[str]`` for keyword
            lists, which is not usable with ``isinstance``; see
            :attr:`origin_value_type`).
    """

    name: str
    indexed_value_type: SearchAttributeIndexedValueType
    value_type: type[SearchAttributeValueType]

    def __post_init__(self) -> None:
        """Check the name."""
        if not isinstance(self.name, str) or not self.name:
            raise ValueError(f"Search attribute name must be a non-empty string, got {self.name!r}")

    @property
    def origin_value_type(self) -> type:
        """The value type without type arguments (usable with ``isinstance``)."""
        if self.indexed_value_type == SearchAttributeIndexedValueType.KEYWORD_LIST:
            return Sequence
        return self.value_type

    def value_set(
        self, value: SearchAttributeValueType
    ) -> SearchAttributeUpdate[SearchAttributeValueType]:
        """An update that sets this attribute.

        Args:
            value: The new value.

        Returns:
            The update, for ``workflow.upsert_search_attributes``.
        """
        check_search_attribute_value(self, value)
        return SearchAttributeUpdate(self, value)

    def value_unset(self) -> SearchAttributeUpdate[SearchAttributeValueType]:
        """An update that removes this attribute.

        Returns:
            The update, for ``workflow.upsert_search_attributes``.
        """
        return SearchAttributeUpdate(self, None)

    @staticmethod
    def for_text(name: str) -> SearchAttributeKey[str]:
        """A key for a full-text ``Text`` attribute.

        Args:
            name: Attribute name.

        Returns:
            The key.
        """
        return SearchAttributeKey(name, SearchAttributeIndexedValueType.TEXT, str)

    @staticmethod
    def for_keyword(name: str) -> SearchAttributeKey[str]:
        """A key for an exact-match ``Keyword`` attribute.

        Args:
            name: Attribute name.

        Returns:
            The key.
        """
        return SearchAttributeKey(name, SearchAttributeIndexedValueType.KEYWORD, str)

    @staticmethod
    def for_int(name: str) -> SearchAttributeKey[int]:
        """A key for an ``Int`` (64-bit) attribute.

        Args:
            name: Attribute name.

        Returns:
            The key.
        """
        return SearchAttributeKey(name, SearchAttributeIndexedValueType.INT, int)

    @staticmethod
    def for_float(name: str) -> SearchAttributeKey[float]:
        """A key for a ``Double`` attribute.

        Args:
            name: Attribute name.

        Returns:
            The key.
        """
        return SearchAttributeKey(name, SearchAttributeIndexedValueType.DOUBLE, float)

    @staticmethod
    def for_bool(name: str) -> SearchAttributeKey[bool]:
        """A key for a ``Bool`` attribute.

        Args:
            name: Attribute name.

        Returns:
            The key.
        """
        return SearchAttributeKey(name, SearchAttributeIndexedValueType.BOOL, bool)

    @staticmethod
    def for_datetime(name: str) -> SearchAttributeKey[datetime]:
        """A key for a ``Datetime`` attribute (values must be timezone-aware).

        Args:
            name: Attribute name.

        Returns:
            The key.
        """
        return SearchAttributeKey(name, SearchAttributeIndexedValueType.DATETIME, datetime)

    @staticmethod
    def for_keyword_list(name: str) -> SearchAttributeKey[Sequence[str]]:
        """A key for a ``KeywordList`` attribute (a list of keywords).

        Args:
            name: Attribute name.

        Returns:
            The key.
        """
        return SearchAttributeKey(
            name,
            SearchAttributeIndexedValueType.KEYWORD_LIST,
            Sequence[str],  # type: ignore[type-abstract]
        )


class SearchAttributePair(NamedTuple, Generic[SearchAttributeValueType]):
    """A key and its value, the element of :class:`TypedSearchAttributes`."""

    key: SearchAttributeKey[SearchAttributeValueType]
    """The key."""

    value: SearchAttributeValueType
    """The value."""


@dataclass(frozen=True)
class SearchAttributeUpdate(Generic[SearchAttributeValueType]):
    """A change to one search attribute; made by ``key.value_set`` / ``key.value_unset``.

    Attributes:
        key: The attribute to change.
        value: The new value, or ``None`` to remove the attribute.
    """

    key: SearchAttributeKey[SearchAttributeValueType]
    value: SearchAttributeValueType | None


@dataclass(frozen=True)
class TypedSearchAttributes:
    """An immutable collection of typed search attributes.

    Build one from pairs: ``TypedSearchAttributes([SearchAttributePair(key, value)])``.
    Values are checked against their keys' types; names must be unique.
    Iterating yields the pairs; ``key in attributes`` tests for a key.
    """

    search_attributes: Sequence[SearchAttributePair[Any]]
    """The pairs, sorted by key name (a tuple; never mutate it)."""

    empty: ClassVar[TypedSearchAttributes]
    """A collection with no attributes."""

    def __post_init__(self) -> None:
        """Sort, check types and reject duplicate names."""
        pairs = tuple(sorted(self.search_attributes, key=lambda pair: pair.key.name))
        for index, pair in enumerate(pairs):
            if not isinstance(pair, SearchAttributePair):
                raise TypeError(
                    f"TypedSearchAttributes takes SearchAttributePair items, got {type(pair).__name__}"
                )
            if index and pairs[index - 1].key.name == pair.key.name:
                raise ValueError(f"Duplicate search attribute {pair.key.name!r}")
            check_search_attribute_value(pair.key, pair.value)
        object.__setattr__(self, "search_attributes", pairs)

    def __len__(self) -> int:
        """Number of attributes."""
        return len(self.search_attributes)

    def __iter__(self) -> Iterator[SearchAttributePair[Any]]:
        """Iterate over the pairs in name order."""
        return iter(self.search_attributes)

    def __contains__(self, key: object) -> bool:
        """Whether an attribute with this key (same name and type) is present."""
        return any(pair.key == key for pair in self.search_attributes)

    def __getitem__(
        self, key: SearchAttributeKey[SearchAttributeValueType]
    ) -> SearchAttributeValueType:
        """The value for a key.

        Raises:
            KeyError: No attribute with this key (same name and type).
        """
        for pair in self.search_attributes:
            if pair.key == key:
                return cast("SearchAttributeValueType", pair.value)
        raise KeyError(key.name)

    @overload
    def get(
        self, key: SearchAttributeKey[SearchAttributeValueType]
    ) -> SearchAttributeValueType | None: ...

    @overload
    def get(
        self, key: SearchAttributeKey[SearchAttributeValueType], default: _T
    ) -> SearchAttributeValueType | _T: ...

    def get(self, key: SearchAttributeKey[Any], default: Any = None) -> Any:
        """The value for a key, or ``default`` if absent (like ``dict.get``).

        Args:
            key: The key to look up (name and type must match).
            default: What to return when the key is absent.

        Returns:
            The value or ``default``.
        """
        for pair in self.search_attributes:
            if pair.key == key:
                return pair.value
        return default

    def updated(self, *search_attributes: SearchAttributePair[Any]) -> TypedSearchAttributes:
        """A copy with the given pairs added, replacing attributes of the same name.

        Args:
            *search_attributes: Pairs to add or replace.

        Returns:
            The new collection.
        """
        by_name = {pair.key.name: pair for pair in self.search_attributes}
        for pair in search_attributes:
            by_name[pair.key.name] = pair
        return TypedSearchAttributes(list(by_name.values()))


TypedSearchAttributes.empty = TypedSearchAttributes(())


def check_search_attribute_value(key: SearchAttributeKey[Any], value: object) -> None:
    """Check that a value fits a key's type (internal; shared with the converter).

    Raises:
        TypeError: The value has the wrong type.
        ValueError: A datetime value has no timezone.
    """
    kind = key.indexed_value_type
    if kind == SearchAttributeIndexedValueType.KEYWORD_LIST:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise TypeError(
                f"Search attribute {key.name!r} (KeywordList) needs a list of str, "
                f"got {type(value).__name__}"
            )
        for item in value:
            if not isinstance(item, str):
                raise TypeError(
                    f"Search attribute {key.name!r} (KeywordList) needs a list of str, "
                    f"got an item of type {type(item).__name__}"
                )
        return
    if kind == SearchAttributeIndexedValueType.DOUBLE:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif kind == SearchAttributeIndexedValueType.INT:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, key.origin_value_type)
    if not ok:
        raise TypeError(
            f"Search attribute {key.name!r} ({kind.name}) needs a "
            f"{key.origin_value_type.__name__}, got {type(value).__name__}"
        )
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError(
            f"Search attribute {key.name!r} (Datetime) needs a timezone-aware datetime"
        )
