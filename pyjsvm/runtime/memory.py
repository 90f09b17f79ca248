"""NON-SPEC: an estimate of the memory JS values hold, for ``vm.measure_memory`` (Node's
``vm.measureMemory``).

The estimate walks the Python objects reachable from a context's roots (its global object and
intrinsics) and sums their shallow sizes (``sys.getsizeof``): objects, their property tables,
array storage, strings, numbers, binary buffers, environments that closures keep alive. What
is not JS data is not counted and not walked: compiled code (Python functions, code objects,
the compiler's records), modules, classes, and the realms themselves (another context's objects
are reached only through values the two share, and then counted once, for the context walked
first). It is an estimate in the spirit of V8's: shallow sizes ignore allocator overhead and
the interpreter's own caches.
"""
from __future__ import annotations

import gc
import sys
import types
from collections import deque
from typing import Any, Iterable

from pyjsvm.runtime.agent import get_agent
from pyjsvm.runtime.functions import FunctionCode
from pyjsvm.syntax.parse import SyntaxNode

# Never counted and never walked through: code and the interpreter's own structure.
_OPAQUE: tuple[type, ...] = (
    types.FunctionType, types.CodeType, types.ModuleType, type, types.BuiltinFunctionType, types.MethodType,
    types.FrameType, types.GeneratorType, types.CoroutineType, types.CellType, types.MappingProxyType,
    types.GetSetDescriptorType, types.MemberDescriptorType, types.WrapperDescriptorType,
    FunctionCode, SyntaxNode,
)


def measure_reachable(roots: Iterable[Any], skip: tuple[type, ...] = ()) -> dict[int, int]:
    """The shallow size of every object reachable from ``roots``, by id, not walking into
    instances of ``skip`` or of the opaque types above."""
    opaque = _OPAQUE + skip
    sizes: dict[int, int] = {}
    todo: deque[Any] = deque(roots)
    getsizeof = sys.getsizeof
    referents = gc.get_referents
    while todo:
        o = todo.pop()
        i = id(o)
        if i in sizes or isinstance(o, opaque) or o is None:
            continue
        try:
            sizes[i] = getsizeof(o)
        except TypeError:  # pragma: no cover - objects without a size
            sizes[i] = 0
            continue
        t = type(o)
        if t in _LEAVES:
            continue
        if t is list:
            # (a long list's elements: the leaves counted here, only the others queued, so that
            # a walk of an array of millions does not hold a copy of it twice over)
            for e in o:
                if type(e) in _LEAVES:
                    if id(e) not in sizes:
                        sizes[id(e)] = getsizeof(e)
                elif e is not None:
                    todo.append(e)
            continue
        todo.extend(referents(o))
    return sizes


# the values that refer to nothing
_LEAVES = frozenset((str, float, int, bool, bytes, bytearray))


def measure_live(realm: Any, skip: tuple[type, ...] = (), stop_at: Any = None) -> int:
    """NON-SPEC: the bytes reachable from ``realm``'s global object and intrinsics and from the
    local variables of the running thread's Python frames above ``stop_at`` (the run's entry:
    the environments and values of the JS code on the stack, not the host's), for a context's
    memory limit. The ShadowRealms made in ``realm`` count as part of it."""
    roots: list[Any] = []
    realms, seen = [realm], set()
    while realms:  # the realm and the ShadowRealms made in it (they are not walked into)
        r = realms.pop()
        if id(r) not in seen:
            seen.add(id(r))
            roots += [r.global_object, *r.intrinsics.values()]
            realms.extend(r.host_defined.get("pyjsvm.shadow_realms", ()))
    f = sys._getframe(1)
    while f is not None and f is not stop_at:
        roots.extend(f.f_locals.values())
        f = f.f_back  # type: ignore[assignment]
    roots += queued_job_values(realm)
    return sum(measure_reachable(roots, skip).values())


def queued_job_values(realm: Any) -> list[Any]:
    """NON-SPEC: what the jobs queued to run in ``realm`` hold (a job is a Python closure, which
    the walk does not enter: its cells' contents, a promise reaction and its argument): a loop
    that queued ten million reactions held 850 MB that the memory limit never counted."""
    out: list[Any] = []
    queues = [get_agent().job_queue]
    if realm.job_queue is not None:
        queues.append(realm.job_queue)
    for queue in queues:
        for job, job_realm, _context in list(queue):
            if job_realm is realm and type(job) is types.FunctionType and job.__closure__:
                for cell in job.__closure__:
                    try:
                        out.append(cell.cell_contents)
                    except ValueError:  # (an empty cell)
                        pass
    return out
