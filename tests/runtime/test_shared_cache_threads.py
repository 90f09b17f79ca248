"""The engine's module-level caches of call sites and global cells (runtime/objects.py:
FILLED_SITES, SITE_OBJECTS, PUT_SITES, PROP_CELLS) are shared by every thread, and agents run on
threads of their own: one thread's loop over a cache (bump_proto_epoch, when a prototype or a
global's property changes) must not fail while another thread adds to it. Before SITES_LOCK, the
loop raised RuntimeError "dictionary changed size during iteration" (seen as a dead agent in
test262/test_agents.py)."""
from __future__ import annotations

import sys
import threading
import time
import types
from collections.abc import Callable, Iterator

import pytest

from pyjsvm.compiler import emit
from pyjsvm.runtime.objects import C, EMPTY_CALLEE, FILLED_SITES, PROP_CELLS, CalleeSite, JSObject, Prop, bump_proto_epoch


@pytest.fixture(autouse=True)
def _short_switch_interval() -> Iterator[None]:
    # thread switches every microsecond: the bumping loop is then switched out in mid-iteration
    # many times (with the default 5 ms, the race shows about once in a few hundred runs)
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(old)
        bump_proto_epoch()


def _race(add: Callable[[int], None], ready: Callable[[], bool] = lambda: True, bumps: int = 100) -> list[BaseException]:
    """Errors of a thread that bumps the epoch ``bumps`` times (each once ``ready()``, so that
    the cache has something to loop over) while another thread keeps calling ``add``."""
    errors: list[BaseException] = []
    stop = threading.Event()

    def adder() -> None:
        i = 0
        while not stop.is_set():
            add(i)
            i += 1

    def bumper() -> None:
        try:
            for _ in range(bumps):
                give_up = time.monotonic() + 5
                while not ready() and time.monotonic() < give_up:
                    time.sleep(0)
                bump_proto_epoch()
        except BaseException as e:  # noqa: BLE001 - the failure under test
            errors.append(e)

    a = threading.Thread(target=adder)
    b = threading.Thread(target=bumper)
    a.start()
    b.start()
    b.join()
    stop.set()
    a.join()
    return errors


def test_emptying_global_cells_while_another_thread_fills_them() -> None:
    keep = [JSObject(None) for _ in range(5000)]

    def add(i: int) -> None:
        # a configurable global property read the inline way (emit._gprop) registers its cell
        emit._gprop(types.SimpleNamespace(p=None), Prop(1.0, C), types.SimpleNamespace(obj=keep[i % len(keep)]))

    assert _race(add) == []
    assert len(PROP_CELLS) > 0


def test_emptying_callee_sites_while_another_thread_fills_them() -> None:
    sites = [CalleeSite() for _ in range(5000)]
    holders = [JSObject(None) for _ in range(5000)]

    def add(i: int) -> None:
        site = sites[i % len(sites)]
        site.entry = EMPTY_CALLEE
        emit._add_site_entry(site, (holders[i % len(holders)], None, True, None), holders[(i + 1) % len(holders)])

    assert _race(add, lambda: len(FILLED_SITES) >= 1000) == []
    assert len(FILLED_SITES) > 0
