"""pytest configuration; shared helpers live in _support.py (imported by name, so no two test folders clash)."""
