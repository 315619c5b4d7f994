"""Dataclasses that cost little to create: the class writes its own ``__init__``.

``@dataclass`` writes the source of each method it adds (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, and for a frozen class ``__setattr__`` and ``__delattr__``) and
compiles it with ``exec`` when the class is created: about 5 M instructions a class, some
90 M for the ~25 classes the desktop app creates before its first frame (a third of what it
does beyond a bare Qt window). ``data_class`` asks ``dataclasses`` for the fields only (so
``fields``, ``replace`` and ``asdict`` work as for any dataclass), keeps the ``__init__``
the class writes (compiled with its module, kept in its .pyc) and makes the other methods
from closures that mean what Python 3.11's generated ones mean:

- ``__repr__``: ``Name(field=value, ...)`` over the ``repr`` fields, ``...`` for a cycle;
- ``__eq__``: same class and equal tuples of the ``compare`` fields, else NotImplemented;
- frozen: ``__hash__`` of the tuple of the hashed fields (``hash``, or ``compare`` when
  ``hash`` is None); assigning or deleting an attribute raises ``FrozenInstanceError``;
- not frozen: unhashable (``__hash__`` is None);
- ``eq=False``: no ``__eq__`` and no ``__hash__`` added (identity, as ``object``'s);
- ``slots=True`` (not frozen): the class made again with ``__slots__`` of its fields, as
  ``dataclass(slots=True)`` makes it (its ``__init__`` then stores through ``self.x = x``);
- a method the class defines itself is kept, as ``dataclass`` keeps it.

A frozen class's ``__init__`` stores its fields through ``self.__dict__``:
the frozen ``__setattr__`` refuses them, and a dict store is also ~4x faster than the
``object.__setattr__`` calls ``dataclass`` generates. tests/core/test_data_classes.py checks
each class against the ``@dataclass`` it stands for.
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from reprlib import recursive_repr


def data_class(cls=None, /, *, frozen: bool = True, eq: bool = True, slots: bool = False):
    """``@dataclass(frozen=True)`` (or ``frozen=False``, ``eq=False``, ``slots=True``) for a
    class with its own ``__init__``."""

    def wrap(cls):
        if "__init__" not in cls.__dict__:
            raise TypeError(f"{cls.__qualname__} must define __init__ (data_class writes none)")
        if frozen and slots:
            raise TypeError(f"{cls.__qualname__}: data_class makes no frozen class with slots")
        explicit_hash = cls.__dict__.get("__hash__", None) is not None
        cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=slots)
        fields = dataclasses.fields(cls)
        _add(cls, "__repr__", _repr([f.name for f in fields if f.repr]))
        if eq:
            _add(cls, "__eq__", _eq(_values([f.name for f in fields if f.compare])))
        if frozen:
            names = frozenset(f.name for f in fields)
            _add(cls, "__setattr__", _frozen_setattr(cls, names))
            _add(cls, "__delattr__", _frozen_delattr(cls, names))
            if eq and not explicit_hash:
                hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
                _add(cls, "__hash__", _hash(_values(hashed)), replace=True)
        elif eq and not explicit_hash:
            cls.__hash__ = None
        return cls

    return wrap if cls is None else wrap(cls)


def _add(cls, name: str, method, replace: bool = False) -> None:
    if replace or name not in cls.__dict__:
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)


def _values(names: list[str]):
    """A function giving an object's values of ``names`` as a tuple (always a tuple)."""
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    if not names:
        return lambda obj: ()
    return attrgetter(*names)


def _repr(names: list[str]):
    @recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _eq(values):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(values):
    def __hash__(self) -> int:
        return hash(values(self))

    return __hash__


def _frozen_setattr(cls, names: frozenset[str]):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _frozen_delattr(cls, names: frozenset[str]):
    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__
