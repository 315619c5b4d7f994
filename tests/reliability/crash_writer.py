"""A writer that tags spans through the core's ``Project.add_span`` (the call the app's
add-span command makes) and prints ``ACK id start end label_id`` after each returns.

Used by test_crash.py, which kills it with SIGKILL at random moments. ``--batch N`` is the
negative control: it commits only every N spans (as an app with a Save step or a write
buffer would) while acknowledging each one at once, so a kill loses acknowledged tags.
"""

from __future__ import annotations

import argparse
import random
import sys

from annotator import Project, SpanError
from annotator.text import snap_to_words


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, default=0, help="negative control: commit every N")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with Project.open(args.project) as project:
        doc = project.document(project.documents()[0].id)
        labels = [label.id for label in project.labels()]
        conn = project._conn  # only for the negative control's deliberate batching
        pending = 0
        while True:
            a = rng.randrange(len(doc.text))
            snapped = snap_to_words(doc.text, a, a + rng.randint(1, 40))
            if snapped is None:
                continue
            label = rng.choice(labels)
            if args.batch:
                if not conn.in_transaction:
                    conn.execute("BEGIN IMMEDIATE")
                cur = conn.execute(
                    "INSERT OR IGNORE INTO spans (document_id, start, end, label_id, created_at) "
                    "VALUES (?, ?, ?, ?, '')",
                    (doc.id, *snapped, label),
                )
                if not cur.rowcount:
                    continue
                span_id = cur.lastrowid
                pending += 1
                if pending >= args.batch:
                    conn.execute("COMMIT")
                    pending = 0
            else:
                try:
                    span_id = project.add_span(doc.id, *snapped, label).id
                except SpanError:
                    continue  # the same range and label again
            sys.stdout.write(f"ACK {span_id} {snapped[0]} {snapped[1]} {label}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
