"""Placeholder: filled in by its owner."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyjsvm.realm.realm import Realm


def setup(realm: "Realm") -> None:
    pass
