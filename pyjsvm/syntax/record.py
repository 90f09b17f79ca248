"""NON-SPEC: ``record``, the part of ``dataclasses.dataclass`` the package uses (an ``__init__``
from the annotated fields and their defaults, ``field(default_factory=...)``, ``__post_init__``,
field equality, a repr, ``frozen``), without importing ``dataclasses``: that module imports
``inspect`` (and with it ``ast``, ``dis``, ``tokenize``), about 15 ms of every process's start-up,
which nothing else of a plain run needs. Type checkers treat a record as a dataclass
(``dataclass_transform``)."""
from __future__ import annotations

from typing import Any, Callable, TypeVar, dataclass_transform

_T = TypeVar("_T")


class _Field:
    __slots__ = ("factory",)

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory


def field(*, default_factory: Callable[[], _T]) -> _T:
    """A field whose default is made per instance by ``default_factory``."""
    return _Field(default_factory)  # type: ignore[return-value]


class FrozenRecordError(AttributeError):
    """Assignment to a field of a frozen record."""


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenRecordError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenRecordError(f"cannot delete field {name!r}")


def _make(cls: type, frozen: bool, eq: bool) -> type:
    fields: list[tuple[str, Any]] = list(getattr(cls, "__record_fields__", ()))
    names = [n for n, _ in fields]
    for name in cls.__dict__.get("__annotations__", {}):
        if name.startswith("__"):
            continue
        default = cls.__dict__.get(name, _MISSING)
        if isinstance(default, _Field):
            delattr(cls, name)
        if name in names:
            fields[names.index(name)] = (name, default)
        else:
            fields.append((name, default))
            names.append(name)
    setattr(cls, "__record_fields__", tuple(fields))
    # The generated __init__ names only the class's own (Python) field names; defaults and
    # factories are passed in by reference.
    env: dict[str, Any] = {"_MISSING": _MISSING, "_set": object.__setattr__}
    params, body = [], []
    for i, (name, default) in enumerate(fields):
        value = name
        if default is _MISSING:
            params.append(name)
        elif isinstance(default, _Field):
            env[f"_f{i}"] = default.factory
            params.append(f"{name}=_MISSING")
            value = f"{name} if {name} is not _MISSING else _f{i}()"
        else:
            env[f"_d{i}"] = default
            params.append(f"{name}=_d{i}")
        body.append(f"    _set(self, {name!r}, {value})" if frozen else f"    self.{name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    src = "def __init__(self, %s):\n%s\n" % (", ".join(params), "\n".join(body) or "    pass")
    exec(compile(src, f"<record {cls.__name__}>", "exec"), env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)
    keys = tuple(names)

    def __repr__(self: Any) -> str:
        return "%s(%s)" % (type(self).__qualname__, ", ".join(f"{k}={getattr(self, k)!r}" for k in keys))
    setattr(cls, "__repr__", __repr__)
    if eq:
        def __eq__(self: Any, other: Any) -> Any:
            if other.__class__ is not self.__class__:
                return NotImplemented
            return all(getattr(self, k) == getattr(other, k) for k in keys)
        setattr(cls, "__eq__", __eq__)
        if frozen:
            def __hash__(self: Any) -> int:
                return hash(tuple(getattr(self, k) for k in keys))
            setattr(cls, "__hash__", __hash__)
        else:
            setattr(cls, "__hash__", None)
    if frozen:
        setattr(cls, "__setattr__", _frozen_setattr)
        setattr(cls, "__delattr__", _frozen_delattr)
    return cls


_MISSING: Any = object()


@dataclass_transform(field_specifiers=(field,))
def record(cls: Any = None, /, *, frozen: bool = False, eq: bool = True) -> Any:
    """Make ``cls`` a record of its annotated fields, as ``@dataclass`` / ``@dataclass(frozen=True)``
    / ``@dataclass(eq=False)`` would."""
    if cls is None:
        return lambda c: _make(c, frozen, eq)
    return _make(cls, frozen, eq)
