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


class DiskFullError(AssistantError):
    """The disk (or the quota) is full: nothing was changed; the message says so and where."""


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or an exception it was raised from) means "no space left": ENOSPC/EDQUOT, or SQLite's and
    Chroma's "database or disk is full"."""
    import errno

    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(exc).lower()
        if "no space left on device" in text or "database or disk is full" in text or "disk quota exceeded" in text:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def disk_full_error(where: Path | str, exc: BaseException, *, what: str) -> DiskFullError:
    """The Dutch message for a full disk while ``what`` ("de nieuwe index schrijven", …) in ``where``."""
    return DiskFullError(f"De schijf is vol: {what} lukte niet in {where}. Maak ruimte vrij op die schijf en probeer "
                         "het opnieuw. Er is niets veranderd; de index die in gebruik was, blijft in gebruik.",
                         detail=repr(exc)[:300])


class InputError(AssistantError):
    """A user-supplied value (question, date, fact) is unusable."""
