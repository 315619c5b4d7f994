"""Text handling: decoding articles, canonical text, graphemes, word snapping, UTF-16 offsets.

Offsets everywhere in the core are Unicode code points (Python string indices) into the
canonical text: decoded, BOM removed, line breaks normalised to ``\\n``, nothing else changed.

One module per job: ``decoding`` (bytes to canonical text), ``forms`` (presentation forms and
visual order: warnings that do not stop an import), ``graphemes`` (UAX #29 clusters),
``words`` (word snapping and steps), ``utf16`` (Qt's unit), ``search`` (search folding).
The names below are the package's public ones; import them from ``annotator.text``.
"""

from .graphemes import grapheme_boundaries, grapheme_step, is_grapheme_boundary, snap_to_graphemes
from .search import search_fold, search_pattern
from .utf16 import Utf16Map
from .words import resized_span, snap_to_words, word_at, word_step

# Decoding and the import warnings load on first use (PEP 562): opening a project and
# tagging need neither, and ``decoding`` defines a dataclass (about a millisecond at import).
_DECODING = ("SUPPORTED_ENCODINGS", "DecodedText", "decode_article", "normalise_newlines")
_FORMS = (
    "PRESENTATION_FORMS",
    "REPAIRED",
    "VISUAL_ORDER",
    "TextWarning",
    "looks_visual_order",
    "presentation_forms_share",
    "repair_presentation_forms",
    "text_warnings",
)


def __getattr__(name: str):
    # Import statements, not importlib by name: PyInstaller follows these.
    if name in _DECODING:
        from . import decoding as module
    elif name in _FORMS:
        from . import forms as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "PRESENTATION_FORMS",
    "REPAIRED",
    "SUPPORTED_ENCODINGS",
    "VISUAL_ORDER",
    "DecodedText",
    "TextWarning",
    "Utf16Map",
    "decode_article",
    "grapheme_boundaries",
    "grapheme_step",
    "is_grapheme_boundary",
    "looks_visual_order",
    "normalise_newlines",
    "presentation_forms_share",
    "repair_presentation_forms",
    "resized_span",
    "search_fold",
    "search_pattern",
    "snap_to_graphemes",
    "snap_to_words",
    "text_warnings",
    "word_at",
    "word_step",
]
