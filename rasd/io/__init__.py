"""Reading articles from files, directories, stdin and JSON Lines."""

from rasd.io.readers import DEFAULT_MAX_BYTES, RawArticle, read_bytes, read_inputs

__all__ = ["DEFAULT_MAX_BYTES", "RawArticle", "read_bytes", "read_inputs"]
