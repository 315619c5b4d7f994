"""Team work in the app: File ▸ Merge projects, the agreement report, and the curation dock.

The curation dock lists where the annotators of the open document disagree; by keyboard an
adjudicator moves through the disagreements (Up/Down), takes one annotator's version (1-9),
both (B) or none (X), and Ctrl+Z undoes a decision. Decisions go to the gold layer through
the core (``Project.decide``), one transaction each, and are recorded with who made them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.curation import GOLD, Comparison, Disagreement, compare, resolve
from annotator.display import display_name

from .commands import SpanCommand, excerpt
from .label_names import label_cell, label_name
from .plain import plain_label
from .session import Session, SpanEdit

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICE_KEYS = {Qt.Key.Key_B: "both", Qt.Key.Key_X: "reject"}


class Decide(SpanCommand):
    """Settle one disagreement into the gold layer; undo takes the decision back."""

    def __init__(self, session: Session, document_id: int, item: Disagreement, choice: str):
        text = QCoreApplication.translate("EditCommand", "Decide {start}–{end}: {choice}")
        super().__init__(
            session, document_id, text.format(start=item.start, end=item.end, choice=choice)
        )
        self.item, self.choice = item, choice
        self.decision = None

    def _redo(self) -> None:
        project = self.session.project
        self.decision = project.decide(
            self.document_id,
            self.item.start,
            self.item.end,
            self.choice,
            self.item.versions,
            resolve(self.item, self.choice),
        )
        gold = {s.id: s for s in project.layer_spans(self.document_id).get(GOLD, ())}
        self.edits = [SpanEdit("added", gold[i]) for i in self.decision.span_ids if i in gold]
        self.focus = self.decision.span_ids[0] if self.decision.span_ids else 0

    def _undo(self) -> None:
        gold = {s.id: s for s in self.session.project.layer_spans(self.document_id).get(GOLD, ())}
        self.session.project.undo_decision(self.decision.id)
        self.edits = [SpanEdit("removed", gold[i]) for i in self.decision.span_ids if i in gold]


class DisagreementList(QListWidget):
    """The list: digits, B and X are its own keys while it has focus (not label keys)."""

    decided = Signal(object, str)  # Disagreement, choice

    def __init__(self):
        super().__init__(objectName="curation-list")
        self.annotators: list[str] = []
        self.setWordWrap(True)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

    def claims_key(self, event) -> bool:
        """The keys this list keeps from the window's shortcuts (``ui/keyboard.py``)."""
        return self._choice(event) is not None

    def _choice(self, event) -> str | None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        if event.key() in CHOICE_KEYS:
            return CHOICE_KEYS[event.key()]
        n = event.key() - Qt.Key.Key_1
        return self.annotators[n] if 0 <= n < len(self.annotators) else None

    def event(self, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ShortcutOverride and self._choice(event):
            event.accept()  # the window's label keys (1-4) must not tag from here
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        choice = self._choice(event)
        item = self.currentItem()
        if choice and item is not None and item.data(ITEM_ROLE) is not None:
            self.decided.emit(item.data(ITEM_ROLE), choice)
            return
        super().keyPressEvent(event)


class CurationPanel(QWidget):
    """The disagreements of the open document, and the keys that settle them.

    Signals:
        range_chosen(int start, int end): a disagreement activated (Enter): show it.
    """

    range_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.document_id = 0
        self.text = ""
        self.comparison = Comparison((), ())
        self.summary = plain_label()
        self.summary.setObjectName("curation-summary")
        self.summary.setWordWrap(True)
        self.list = DisagreementList()
        self.accept_identical = QPushButton()
        self._retranslate()
        self.accept_identical.setObjectName("curation-accept-identical")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.accept_identical)
        self.list.decided.connect(self.decide)
        self.list.itemActivated.connect(self._activated)
        self.accept_identical.clicked.connect(self.decide_identical)

    def _retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Disagreements"))
        self.accept_identical.setText(self.tr("Accept identical spans"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_document(self, session: Session | None, document_id: int) -> None:
        self.session, self.document_id = session, document_id
        self.refresh()

    def refresh(self) -> None:
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        if self.session is None or not self.document_id:
            self.summary.setText(self.tr("No document is open."))
            return
        project = self.session.project
        self.text = project.document(self.document_id).text
        layers = project.layer_spans(self.document_id)
        keys = {n: [(s.start, s.end, s.label) for s in spans] for n, spans in layers.items()}
        self.list.annotators = sorted(n for n in keys if n != GOLD)
        gold = set(keys.get(GOLD, ()))
        self.comparison = compare(keys, self.list.annotators)
        decided = {(d.start, d.end) for d in project.decisions(self.document_id)}
        waiting = 0
        for item in self.comparison.disagreements:
            done = (item.start, item.end) in decided
            waiting += not done
            entry = QListWidgetItem(self._describe(item, done))
            entry.setData(ITEM_ROLE, None if done else item)
            if done:
                entry.setForeground(self.palette().placeholderText())
            self.list.addItem(entry)
        who = ", ".join(
            f"{n + 1} {display_name(name)}" for n, name in enumerate(self.list.annotators)
        )
        identical = len(self.comparison.agreements)
        self.summary.setText(
            self.tr(
                "{waiting} to decide, {identical} identical ({gold} in gold). Keys: {who}; "
                "B both, X neither, Ctrl+Z undo."
            ).format(
                waiting=waiting,
                identical=identical,
                gold=len(gold & set(self.comparison.agreements)),
                who=who or self.tr("no annotators"),
            )
        )
        self.accept_identical.setEnabled(bool(set(self.comparison.agreements) - gold))
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _describe(self, item: Disagreement, done: bool) -> str:
        lines = [f"{item.start}–{item.end}" + ("  ✓" if done else "")]
        for n, name in enumerate(self.list.annotators, 1):
            spans = item.versions.get(name, ())
            shown = "; ".join(
                f"{label_name(label)} «{excerpt(self.text[s:e], 40)}»" for s, e, label in spans
            ) or self.tr("(nothing)")
            lines.append(f"{n} {display_name(name)}: {shown}")
        return "\n".join(lines)

    def _activated(self, entry: QListWidgetItem) -> None:
        item = entry.data(ITEM_ROLE)
        if item is not None:
            self.range_chosen.emit(item.start, item.end)

    def decide(self, item: Disagreement, choice: str) -> None:
        if self.session is None:
            return
        self.session.undo_stack.push(Decide(self.session, self.document_id, item, choice))
        self.refresh()
        for row in range(self.list.count()):  # on to the next open disagreement
            if self.list.item(row).data(ITEM_ROLE) is not None:
                self.list.setCurrentRow(row)
                break

    def decide_identical(self) -> None:
        if self.session is None:
            return
        gold = set(self.comparison.agreements) - {
            (s.start, s.end, s.label)
            for s in self.session.project.layer_spans(self.document_id).get(GOLD, ())
        }
        if not gold:
            return
        keys = tuple(sorted(gold))
        command = _Identical(self.session, self.document_id, keys)
        command.setText(self.tr("Accept %n identical span(s)", "", len(keys)))
        self.session.undo_stack.push(command)
        self.refresh()


class _Identical(Decide):
    """Put the spans every annotator tagged identically in the gold layer, as one decision."""

    def __init__(self, session: Session, document_id: int, keys: tuple):
        item = Disagreement(keys[0][0], max(k[1] for k in keys), {})
        super().__init__(session, document_id, item, "identical")
        self.keys = keys

    def _redo(self) -> None:
        project = self.session.project
        self.decision = project.decide(
            self.document_id, self.item.start, self.item.end, "identical", {}, self.keys
        )
        gold = {s.id: s for s in project.layer_spans(self.document_id).get(GOLD, ())}
        self.edits = [SpanEdit("added", gold[i]) for i in self.decision.span_ids if i in gold]


class AgreementDialog(QDialog):
    """The agreement report: every measure, per label, averaged over annotator pairs."""

    MEASURES = (
        ("exact", QT_TRANSLATE_NOOP("AgreementDialog", "Span F1, exact")),
        ("overlap", QT_TRANSLATE_NOOP("AgreementDialog", "Span F1, overlap")),
        ("alpha_u", QT_TRANSLATE_NOOP("AgreementDialog", "Krippendorff's αU")),
        ("kappa", QT_TRANSLATE_NOOP("AgreementDialog", "Cohen's κ (tokens)")),
        ("relations", QT_TRANSLATE_NOOP("AgreementDialog", "Relation F1")),
    )

    def __init__(self, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agreement-dialog")
        self.setWindowTitle(self.tr("Agreement"))
        keys = ["*", *report.labels]
        self.table = QTableWidget(len(self.MEASURES), len(keys), objectName="agreement-table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("All labels") if k == "*" else label_cell(k) for k in keys]
        )
        self.table.setVerticalHeaderLabels([self.tr(title) for _, title in self.MEASURES])
        for row, (measure, _) in enumerate(self.MEASURES):
            for col, key in enumerate(keys):
                value = report.average(measure, key)
                cell = QTableWidgetItem("–" if value is None else f"{value:.3f}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        pairs = "; ".join(f"{display_name(p.a)} – {display_name(p.b)}" for p in report.pairs)
        about = plain_label(
            self.tr(
                "{n} documents compared; annotators: {who}. Averaged over pairs: {pairs}."
            ).format(
                n=report.documents,
                who=", ".join(map(display_name, report.annotators)),
                pairs=pairs or "–",
            )
        )
        about.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 300)


class TeamOperations:
    """Merge and agreement for the main window (tasks on the pool, results shown after)."""

    def __init__(self, window):
        self.window = window

    def merge_projects(self, inputs: list[str] | None = None, output: str | None = None) -> None:
        window = self.window
        if inputs is None:
            inputs, _ = QFileDialog.getOpenFileNames(
                window, window.tr("Projects to merge"), "", window.tr("Projects (*.annot)")
            )
        if not inputs:
            return
        if output is None:
            output, _ = QFileDialog.getSaveFileName(
                window, window.tr("Merged project"), "", window.tr("Projects (*.annot)")
            )
        if not output:
            return
        from annotator.merge import merge_projects

        def merged(report) -> None:
            if window.files.open_project_path(output):
                window.statusBar().showMessage(
                    window.tr("Merged {n} projects: {spans} spans in layers {layers}").format(
                        n=len(report.inputs),
                        spans=report.spans_added,
                        layers=", ".join(map(display_name, report.layers)) or "–",
                    ),
                    8000,
                )

        window.tasks.start(
            window.tr("Merging"),
            window.tr("Merging {n} projects into {name}").format(
                n=len(inputs), name=display_name(Path(output).name)
            ),
            lambda progress: merge_projects(output, inputs, progress),
            on_success=merged,
            on_failure=lambda message: window.files.failed(window.tr("Merge failed"), message),
        )

    def show_agreement(self) -> None:
        window = self.window
        if window.session is None:
            return
        from annotator.agreement import project_agreement

        project = window.session.project

        def shown(report) -> None:
            self.dialog = AgreementDialog(report, window)
            self.dialog.show()

        window.tasks.start(
            window.tr("Agreement"),
            window.tr("Comparing the annotators' layers"),
            lambda progress: project_agreement(project),
            on_success=shown,
            on_failure=lambda message: window.files.failed(window.tr("Agreement"), message),
        )
