"""A Python exception that escapes a promise job (an engine or host bug) reaches the host's
uncaught-exception path as a JS Error naming its type, instead of being dropped: a job that
stopped halfway had left promises pending for good and programs ending silently."""
from __future__ import annotations

from typing import Any

from pyjsvm.host.event_loop import EventLoop
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.jobs import enqueue_job
from pyjsvm.runtime.objects import JSObject


def test_python_exception_in_a_job_is_reported() -> None:
    realm = Realm()
    errors: list[Any] = []
    loop = EventLoop(realm, errors.append, lambda: None)
    ran: list[str] = []

    def broken() -> None:
        raise ValueError("secret detail")
    enqueue_job(broken, realm)
    enqueue_job(lambda: ran.append("next"), realm)
    loop.checkpoint()
    assert ran == ["next"]  # (the drain goes on)
    [err] = errors
    assert isinstance(err, JSObject)
    assert err.get("message", err) == "Internal error in a promise job: ValueError"
