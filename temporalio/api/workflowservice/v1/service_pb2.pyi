from google.api import annotations_pb2 as _annotations_pb2
from temporalio.api.dependencies.nexusannotations.v1 import options_pb2 as _options_pb2
from temporalio.api.protometa.v1 import annotations_pb2 as _annotations_pb2_1
from temporalio.api.workflowservice.v1 import request_response_pb2 as _request_response_pb2
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor
