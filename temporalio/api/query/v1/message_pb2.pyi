from temporalio.api.enums.v1 import query_pb2 as _query_pb2
from temporalio.api.enums.v1 import workflow_pb2 as _workflow_pb2
from temporalio.api.common.v1 import message_pb2 as _message_pb2
from temporalio.api.failure.v1 import message_pb2 as _message_pb2_1
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WorkflowQuery(_message.Message):
    __slots__ = ("query_type", "query_args", "header")
    QUERY_TYPE_FIELD_NUMBER: _ClassVar[int]
    QUERY_ARGS_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    query_type: str
    query_args: _message_pb2.Payloads
    header: _message_pb2.Header
    def __init__(self, query_type: _Optional[str] = ..., query_args: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., header: _Optional[_Union[_message_pb2.Header, _Mapping]] = ...) -> None: ...

class WorkflowQueryResult(_message.Message):
    __slots__ = ("result_type", "answer", "error_message", "failure")
    RESULT_TYPE_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    result_type: _query_pb2.QueryResultType
    answer: _message_pb2.Payloads
    error_message: str
    failure: _message_pb2_1.Failure
    def __init__(self, result_type: _Optional[_Union[_query_pb2.QueryResultType, str]] = ..., answer: _Optional[_Union[_message_pb2.Payloads, _Mapping]] = ..., error_message: _Optional[str] = ..., failure: _Optional[_Union[_message_pb2_1.Failure, _Mapping]] = ...) -> None: ...

class QueryRejected(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _workflow_pb2.WorkflowExecutionStatus
    def __init__(self, status: _Optional[_Union[_workflow_pb2.WorkflowExecutionStatus, str]] = ...) -> None: ...
