from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class QueryResultType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QUERY_RESULT_TYPE_UNSPECIFIED: _ClassVar[QueryResultType]
    QUERY_RESULT_TYPE_ANSWERED: _ClassVar[QueryResultType]
    QUERY_RESULT_TYPE_FAILED: _ClassVar[QueryResultType]

class QueryRejectCondition(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QUERY_REJECT_CONDITION_UNSPECIFIED: _ClassVar[QueryRejectCondition]
    QUERY_REJECT_CONDITION_NONE: _ClassVar[QueryRejectCondition]
    QUERY_REJECT_CONDITION_NOT_OPEN: _ClassVar[QueryRejectCondition]
    QUERY_REJECT_CONDITION_NOT_COMPLETED_CLEANLY: _ClassVar[QueryRejectCondition]
QUERY_RESULT_TYPE_UNSPECIFIED: QueryResultType
QUERY_RESULT_TYPE_ANSWERED: QueryResultType
QUERY_RESULT_TYPE_FAILED: QueryResultType
QUERY_REJECT_CONDITION_UNSPECIFIED: QueryRejectCondition
QUERY_REJECT_CONDITION_NONE: QueryRejectCondition
QUERY_REJECT_CONDITION_NOT_OPEN: QueryRejectCondition
QUERY_REJECT_CONDITION_NOT_COMPLETED_CLEANLY: QueryRejectCondition
