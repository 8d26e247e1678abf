"""rasd (رصد): Arabic news into records an analyst can check.

    >>> import rasd
    >>> art = rasd.extract("وقال وزير الخارجية إن المحادثات ستستأنف الثلاثاء.", published="2023-03-16")
    >>> art.to_dict()["sentences"]
    [[0, 49]]
"""

from __future__ import annotations

from typing import Any

from rasd.article import Article
from rasd.errors import RasdError
from rasd.pipeline import Pipeline, default_pipeline

__all__ = ["Article", "Pipeline", "RasdError", "extract", "__version__"]
__version__ = "0.1.0"


def extract(text: str, published: Any = None, **meta: Any) -> Article:
    """Run the default pipeline on one text; ``meta`` may give id, title, url, source."""
    return default_pipeline()(Article(text, published=published, **meta))
