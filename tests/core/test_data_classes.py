"""``data_class`` classes behave as the ``@dataclass`` each stands for (annotator/data_classes.py).

Each class is checked against a twin ``@dataclass`` built from the same annotations and
field specs: the same fields and ``__init__`` parameters, and for the same arguments the same
repr, equality, hash (or the same refusal to hash), ``asdict``, ``replace``, frozenness.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from annotator import model, outcomes
from annotator.data_classes import data_class
from annotator.import_pass import _File
from annotator.importer import ImportPlan, PlannedFile
from annotator.labels import LabelSpec
from annotator.linking import LinkPlan
from annotator.store.header import Header, _Wal
from annotator.store.labels import RemovedLabel
from annotator.store.layers import Decision, MergedDocument
from annotator.text.decoding import DecodedText

CORE_CLASSES = [
    model.Label,
    model.Span,
    model.RelationType,
    model.Relation,
    model.Attribute,
    model.DocumentInfo,
    model.Document,
    model.StoredSuggestion,
    model.ClaimRow,
    LabelSpec,
    Header,
    _Wal,
    outcomes.Skip,
    outcomes.ImportResult,
    outcomes.SearchHit,
    PlannedFile,
    ImportPlan,
    _File,
    DecodedText,
    Decision,
    MergedDocument,
    RemovedLabel,
    LinkPlan,
]


def twin(cls):
    """The ``@dataclass`` ``cls`` stands for: same name, annotations, field specs."""
    ns = {"__annotations__": dict(cls.__annotations__), "__qualname__": cls.__qualname__}
    for f in dataclasses.fields(cls):
        spec = dataclasses.field(
            default=f.default,
            default_factory=f.default_factory,
            repr=f.repr,
            hash=f.hash,
            compare=f.compare,
        )
        ns[f.name] = spec
    made = type(cls.__name__, (), ns)
    made.__module__ = cls.__module__
    return dataclasses.dataclass(frozen=_frozen(cls), eq=_eq(cls), slots=_slots(cls))(made)


def _frozen(cls) -> bool:
    return cls.__setattr__ is not object.__setattr__


def _eq(cls) -> bool:
    return cls.__eq__ is not object.__eq__


def _slots(cls) -> bool:
    return "__slots__" in cls.__dict__


def _arguments(cls, salt: int = 0) -> list:
    """Distinct values for the required parameters (ints, strings, a tuple: all hashable)."""
    values = []
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            values.append((i + salt, f"v{i + salt}", (i,))[i % 3])
    return values


def _hash_or_error(obj):
    try:
        return hash(obj)
    except TypeError as e:
        return type(e)


def check_like_dataclass(cls) -> None:
    other = twin(cls)
    assert [
        (f.name, f.default, f.default_factory, f.hash, f.compare, f.repr)
        for f in dataclasses.fields(cls)
    ] == [
        (f.name, f.default, f.default_factory, f.hash, f.compare, f.repr)
        for f in dataclasses.fields(other)
    ]
    ours_params = list(inspect.signature(cls).parameters.values())
    their_params = list(inspect.signature(other).parameters.values())
    assert [p.name for p in ours_params] == [p.name for p in their_params]
    for ours, theirs, f in zip(ours_params, their_params, dataclasses.fields(cls), strict=True):
        assert ours.kind == theirs.kind
        if f.default_factory is dataclasses.MISSING:
            assert ours.default == theirs.default, f.name
        else:  # None stands for "a new one" (the twin's marker is private to dataclasses)
            assert ours.default is None

    args = _arguments(cls)
    a, b, c = cls(*args), cls(*args), cls(*_arguments(cls, salt=7))
    ta, tb, tc = other(*args), other(*args), other(*_arguments(other, salt=7))
    assert repr(a) == repr(ta)
    every = {f.name: f"given {f.name}" for f in dataclasses.fields(cls)}  # defaults overridden
    assert repr(cls(**every)) == repr(other(**every))
    assert repr(cls(*every.values())) == repr(other(*every.values()))
    assert dataclasses.asdict(a) == dataclasses.asdict(ta)
    assert (a == b, a == c, a != c) == (ta == tb, ta == tc, ta != tc)
    assert a.__eq__(ta) is NotImplemented and (a == ta) is False  # another class
    if _eq(other):
        assert _hash_or_error(a) == _hash_or_error(ta)
    else:  # identity: object's own equality and hash
        assert cls.__eq__ is object.__eq__ and cls.__hash__ is object.__hash__
        assert other.__hash__ is object.__hash__
    assert (cls.__hash__ is None) == (other.__hash__ is None)
    assert hasattr(a, "__dict__") == hasattr(ta, "__dict__")  # slots as the twin's
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:  # a new one each time
            assert getattr(a, f.name) == f.default_factory()
            assert getattr(a, f.name) is not getattr(b, f.name)
    changed = dataclasses.replace(a, **{dataclasses.fields(cls)[0].name: "changed"})
    assert repr(changed) == repr(
        dataclasses.replace(ta, **{dataclasses.fields(cls)[0].name: "changed"})
    )
    assert repr(pickle.loads(pickle.dumps(a))) == repr(a) and repr(copy.copy(a)) == repr(a)
    if _eq(other):
        assert pickle.loads(pickle.dumps(a)) == a and copy.copy(a) == a
    name = dataclasses.fields(cls)[0].name
    if _frozen(other):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(a, name, 1)
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(a, name)
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.not_a_field = 1
    else:
        setattr(a, name, 1)
        assert getattr(a, name) == 1


@pytest.mark.parametrize("cls", CORE_CLASSES, ids=lambda c: c.__qualname__)
def test_each_core_data_class_behaves_as_its_dataclass(cls):
    check_like_dataclass(cls)


def test_a_data_class_keeps_the_methods_it_writes_and_needs_its_own_init():
    @data_class
    class Pair:
        left: int
        right: int = 0

        def __init__(self, left: int, right: int = 0) -> None:
            self.__dict__.update(left=left, right=right)

        def __repr__(self) -> str:
            return "pair"

        def __eq__(self, other):
            return True

    assert repr(Pair(1)) == "pair" and Pair(1) == Pair(2)
    assert hash(Pair(1, 2)) == hash((1, 2))
    with pytest.raises(TypeError, match="must define __init__"):

        @data_class
        class NoInit:
            x: int


def test_repr_of_a_cycle_is_cut_as_dataclass_cuts_it():
    @data_class(frozen=False)
    class Node:
        next: object = None

        def __init__(self, next: object = None) -> None:
            self.next = next

    node = Node()
    node.next = node
    assert repr(node).endswith(".Node(next=...)")


@data_class(frozen=False, eq=False, slots=True)
class _Placed:
    id: int
    depth: int = 0
    ranges: list = dataclasses.field(default_factory=list)

    def __init__(self, id: int, depth: int = 0, ranges: list | None = None) -> None:
        self.id = id
        self.depth = depth
        self.ranges = [] if ranges is None else ranges


@data_class(frozen=False, slots=True)
class _Batches:
    shapes: dict
    batches: list

    def __init__(self, shapes: dict, batches: list) -> None:
        self.shapes = shapes
        self.batches = batches


@data_class(eq=False)
class _Plan:
    origin: int
    proposed: int = 0

    def __init__(self, origin: int, proposed: int = 0) -> None:
        d = self.__dict__
        d["origin"] = origin
        d["proposed"] = proposed


@pytest.mark.parametrize("cls", [_Placed, _Batches, _Plan], ids=lambda c: c.__qualname__)
def test_eq_false_and_slots_behave_as_dataclass_makes_them(cls):
    check_like_dataclass(cls)


def test_slots_leave_no_instance_dict_and_refuse_other_attributes():
    placed = _Placed(3)
    assert _Placed.__slots__ == ("id", "depth", "ranges") and not hasattr(placed, "__dict__")
    with pytest.raises(AttributeError):
        placed.other = 1
    assert placed != _Placed(3) and placed == placed  # identity
    with pytest.raises(TypeError, match="no frozen class with slots"):

        @data_class(slots=True)
        class Frozen:
            x: int

            def __init__(self, x: int) -> None:
                object.__setattr__(self, "x", x)


def test_sha256_without_openssl_is_hashlibs_digest():
    """record_limits hashes with CPython's own _sha256 (hashlib loads OpenSSL): same digest."""
    import hashlib

    from annotator.record_limits import sha256_bytes, sha256_text

    for data in (b"", b"abc", "قال المتحدث".encode(), bytes(range(256)) * 300):
        assert sha256_bytes(data) == hashlib.sha256(data).hexdigest()
        text = data.decode("utf-8", "replace")
        assert sha256_text(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
