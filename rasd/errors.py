"""Every error rasd raises, in one place, each with a code and a hint.

Library code raises these; the CLI prints ``rasd: error E104: <message>`` on one
line and exits non-zero, and the HTTP API returns them as one JSON shape
(:meth:`RasdError.to_dict`).
"""

from __future__ import annotations

from typing import Any


class RasdError(Exception):
    """Base class: a domain error with a stable code, a message and a hint."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None, **context: Any) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.context = context

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"

    def to_dict(self) -> dict[str, Any]:
        """The JSON error shape of the HTTP API."""
        return {"error": {"code": self.code, "type": type(self).__name__, "message": self.message, "hint": self.hint}}


class InputError(RasdError):
    """An input could not be read as an article: names the input and the cause."""

    code = "E100"

    def __init__(self, source: str, cause: str, *, hint: str | None = None) -> None:
        super().__init__(f"{source}: {cause}", hint=hint, source=source)
        self.source = source
        self.cause = cause


class NotUtf8Error(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class EmptyInputError(InputError):
    code = "E103"


class TooLargeError(InputError):
    code = "E104"


class MalformedInputError(InputError):
    """JSON that does not parse, a record without text, HTML with no main text."""

    code = "E105"


class UnreadableError(InputError):
    """The operating system refused: missing file, permission denied, I/O error."""

    code = "E106"


class InvalidDateError(RasdError):
    code = "E110"


class PipelineError(RasdError):
    """The pipeline cannot be built: unknown component or unmet requirement."""

    code = "E200"


class ModelError(RasdError):
    """A shipped model or data file is missing or damaged."""

    code = "E300"


class StoreError(RasdError):
    """The corpus database cannot be opened, upgraded or written, or an export cannot be made."""

    code = "E400"
    exit_code = 2


class QueryError(RasdError):
    """A search query or a store query option that cannot be run: names what is wrong and how to write it."""

    code = "E410"
    exit_code = 2
