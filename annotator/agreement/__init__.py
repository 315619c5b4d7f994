"""Inter-annotator agreement over spans and relations: plain data in, plain numbers out.

Four measures, each per label and overall, for every pair of annotators and averaged:

* span F1, exact (same label, same start and end) and overlap (same label, ranges that
  intersect), from a one-to-one matching: every span counts, nested and overlapping
  same-label spans included (INCEpTION's agreement keeps one of two such spans);
* Krippendorff's alpha for unitizing (alpha_U, Krippendorff 2004, "Content Analysis", ch. 11)
  on code-point offsets, per label, over the documents laid end to end;
* Cohen's kappa over word tokens: each token is in or out of each label, per annotator;
* relation agreement: relations whose two ends both agree exactly, compared by type.

No Qt and no SQL: ``agreement(documents)`` takes ``AgreementDocument`` values the store (or a

``measures`` holds the measures over plain ranges; ``report`` gathers them per label and per
pair of annotators, and builds the documents from a project.
"""

from .measures import (
    AlphaTally,
    SpanKey,
    alpha_u,
    alpha_u_parts,
    cohen_kappa,
    exact_matches,
    kappa_from_counts,
    overlap_matches,
    token_indexes,
    token_labels,
    unit_distance,
    word_tokens,
)
from .report import (
    F1,
    AgreementDocument,
    AgreementReport,
    PairResult,
    RelationKey,
    agreement,
    project_agreement,
    record_layers,
)

__all__ = [
    "F1",
    "AgreementDocument",
    "AgreementReport",
    "AlphaTally",
    "PairResult",
    "RelationKey",
    "SpanKey",
    "agreement",
    "alpha_u",
    "alpha_u_parts",
    "cohen_kappa",
    "exact_matches",
    "kappa_from_counts",
    "overlap_matches",
    "project_agreement",
    "record_layers",
    "token_indexes",
    "token_labels",
    "unit_distance",
    "word_tokens",
]
