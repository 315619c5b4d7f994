"""The app's ``data_class`` classes behave as the ``@dataclass`` each stands for."""

from __future__ import annotations

import pytest

from tests.core.test_data_classes import check_like_dataclass
from ui.relation_marks import Connector, Outline, RelationMarks
from ui.session import SpanEdit
from ui.settings import Pref
from ui.suggestion_marks import SuggestionMarks
from ui.theme import Theme


@pytest.mark.parametrize(
    "cls",
    [Theme, Pref, SpanEdit, RelationMarks, Outline, Connector, SuggestionMarks],
    ids=lambda c: c.__qualname__,
)
def test_each_ui_data_class_behaves_as_its_dataclass(cls):
    check_like_dataclass(cls)
