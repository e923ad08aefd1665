"""Coded errors, spaCy-style: a code, a message that names the valid choices, no traceback.

>>> str(ParleyError("E001", "no such file: x.txt"))
'[E001] no such file: x.txt'
"""

from __future__ import annotations


class ParleyError(Exception):
    """An error a user can act on. ``status`` is the HTTP status the API answers with."""

    def __init__(self, code: str, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"

    def to_json(self) -> dict[str, object]:
        return {"ok": False, "error": self.message, "code": self.code, "status": self.status}
