"""Domain errors. Each carries a Dutch message meant for the user (``message_nl``).

Interfaces (CLI, Gradio) turn these into user-facing text in exactly one place;
everything else only raises them.
"""

from __future__ import annotations

from pathlib import Path


class AssistantError(Exception):
    """Base class: ``message_nl`` is safe to show to a user."""

    def __init__(self, message_nl: str, *, detail: str | None = None) -> None:
        super().__init__(message_nl if detail is None else f"{message_nl} ({detail})")
        self.message_nl = message_nl
        self.detail = detail


class DocumentError(AssistantError):
    """A document cannot be read or added (names the file)."""

    def __init__(self, path: Path | str, message_nl: str, *, detail: str | None = None) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path.name}: {message_nl}", detail=detail)


class ManifestError(AssistantError):
    """The corpus manifest is invalid."""


class IndexMissingError(AssistantError):
    """No usable index; the message names the rebuild command."""


class ModelError(AssistantError):
    """The embedding model is missing or failed verification; names the provisioning command."""


class RuleError(AssistantError):
    """A rule file is invalid or a rule/fact is unknown."""


class ConfigError(AssistantError):
    """A setting (a ``WLZ_*`` environment variable) has an unusable value; the message names the variable."""


class InputError(AssistantError):
    """A user-supplied value (question, date, fact) is unusable."""
