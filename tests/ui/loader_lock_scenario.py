"""Run as a script by ``test_article_loading``: the article loader's worker while the GUI thread
holds Qt's signal-slot locks and waits with the GIL released, as it does when it destroys a
window. Exits 0 once the article is prepared; a worker that waits for one of those locks while
holding the GIL deadlocks it (the test's timeout says so).

How the GUI thread comes to hold them: ``~QObject`` of a receiver locks the receiver's
signal-slot mutex (one of a pool of 131, chosen by the object's address) and, holding it, calls
``disconnectNotify`` of each sender: for an object made in Python that asks for the GIL. Here
the senders' ``disconnectNotify`` is Python, and deletes the next receiver, so that nested
destructors hold every mutex of the pool at once (a window's destructor holds one at a time;
which one the worker meets is then a matter of addresses, seen once in a full test run).
"""

from __future__ import annotations

import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6  # noqa: E402
from PySide6.QtCore import QEventLoop, QObject, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.article_loading import ArticleLoader  # noqa: E402

#: Qt's pool of signal-slot mutexes (qobject.cpp: ``_q_ObjectMutexPool[131]``).
POOL = 131
#: How long the GUI thread holds the locks with the GIL released.
HOLD_S = 2.0


class Sender(QObject):
    fired = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.notified = None

    def disconnectNotify(self, signal) -> None:  # noqa: N802 (Qt override)
        if self.notified is not None:
            self.notified()


def on_every_mutex() -> list[tuple[Sender, QObject]]:
    """A (sender, receiver) pair per mutex of the pool, both on that mutex (by address),
    the receiver connected to the sender: when ``~QObject`` of the receiver takes the
    sender's mutex after ``disconnectNotify``, it is the one it holds already."""
    pairs: dict[int, tuple[Sender, QObject]] = {}
    senders: dict[int, Sender] = {}
    spare = []  # kept alive while choosing, so that each new object has a new address
    while len(pairs) < POOL:
        for kind in (Sender, QObject):
            obj = kind()
            slot = shiboken6.getCppPointer(obj)[0] % POOL
            if kind is Sender and slot not in senders and slot not in pairs:
                senders[slot] = obj
            elif kind is QObject and slot in senders and slot not in pairs:
                sender = senders.pop(slot)
                sender.fired.connect(obj.deleteLater)
                pairs[slot] = (sender, obj)
            else:
                spare.append(obj)
    return list(pairs.values())


def main() -> int:
    app = QApplication([])
    text = "عنوان\n" + " ".join(["قال", "الوزير", "Reuters", "2030"] * 40_000)
    go = threading.Event()
    loader = ArticleLoader()
    done = []
    loader.prepared.connect(lambda request, *rest: done.append(rest))
    # The worker is running before any lock is taken (starting a thread needs none of them).
    loader.start(1, lambda: go.wait() and text)
    pairs = on_every_mutex()
    deleting = iter(receiver for _, receiver in pairs)

    def delete_next() -> None:
        receiver = next(deleting, None)
        if receiver is not None:
            shiboken6.delete(receiver)  # nested: this receiver's mutex is held meanwhile
        else:  # every mutex of the pool is held by this thread
            go.set()
            threading.Event().wait(HOLD_S)  # the GIL released, as while waiting for it

    for sender, _ in pairs:
        sender.notified = delete_next
    delete_next()
    while not done:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    ((text_back, spans, document),) = done
    ok = text_back == text and spans is not None and document is not None
    ok = ok and document.characterCount() == len(text) + 1
    print("prepared" if ok else f"not prepared: {text_back is not None}, {spans}, {document}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
