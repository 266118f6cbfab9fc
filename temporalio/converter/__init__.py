"""Conversion of values and exceptions to Temporal payloads and failures, and back.

* :class:`PayloadConverter` turns values into ``Payload`` protos; the default
  one (:class:`DefaultPayloadConverter`) writes the same encodings as the other
  Temporal SDKs (``binary/null``, ``binary/plain``, ``json/protobuf``,
  ``binary/protobuf``, ``json/plain``).
* :class:`PayloadCodec` transforms whole payloads (encryption, compression).
* :class:`FailureConverter` turns exceptions into ``Failure`` protos.
* :class:`DataConverter` bundles the three for clients and workers.
* Search attributes have a fixed wire form: :func:`encode_search_attributes`
  and :func:`decode_typed_search_attributes`.
"""

from temporalio.converter._codec import PayloadCodec
from temporalio.converter._data_converter import DataConverter, default
from temporalio.converter._encoding import (
    BinaryNullPayloadConverter,
    BinaryPlainPayloadConverter,
    EncodingPayloadConverter,
)
from temporalio.converter._errors import PayloadDecodeError
from temporalio.converter._failure_converter import (
    DefaultFailureConverter,
    DefaultFailureConverterWithEncodedAttributes,
    FailureConverter,
)
from temporalio.converter._json import AdvancedJSONEncoder, JSONPlainPayloadConverter
from temporalio.converter._json_decode import (
    JSONTypeConverter,
    JSONTypeConverterUnhandled,
    value_to_type,
)
from temporalio.converter._payload_converter import (
    CompositePayloadConverter,
    DefaultPayloadConverter,
    PayloadConverter,
)
from temporalio.converter._proto import BinaryProtoPayloadConverter, JSONProtoPayloadConverter
from temporalio.converter._search_attributes import (
    decode_search_attributes,
    decode_typed_search_attributes,
    encode_search_attribute_values,
    encode_search_attributes,
    encode_typed_search_attribute_value,
)

__all__ = [
    "AdvancedJSONEncoder",
    "BinaryNullPayloadConverter",
    "BinaryPlainPayloadConverter",
    "BinaryProtoPayloadConverter",
    "CompositePayloadConverter",
    "DataConverter",
    "DefaultFailureConverter",
    "DefaultFailureConverterWithEncodedAttributes",
    "DefaultPayloadConverter",
    "EncodingPayloadConverter",
    "FailureConverter",
    "JSONPlainPayloadConverter",
    "JSONProtoPayloadConverter",
    "JSONTypeConverter",
    "JSONTypeConverterUnhandled",
    "PayloadCodec",
    "PayloadConverter",
    "PayloadDecodeError",
    "decode_search_attributes",
    "decode_typed_search_attributes",
    "default",
    "encode_search_attribute_values",
    "encode_search_attributes",
    "encode_typed_search_attribute_value",
    "value_to_type",
]
