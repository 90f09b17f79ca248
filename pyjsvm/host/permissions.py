"""The permission model: ``--permission`` (Node's ``--experimental-permission``) denies file
system, child processes and the environment unless granted by ``--allow-fs-read=PATH``,
``--allow-fs-write=PATH``, ``--allow-child-process`` and ``--allow-env[=NAMES]`` (Deno's
flag, as Node has none). Checks run in the Python functions that touch the host, never in JS:
a denied call throws Node's ``ERR_ACCESS_DENIED`` error with ``permission`` and ``resource``.

Paths are compared after resolving symbolic links (``os.path.realpath``), so a link inside a
granted directory cannot reach outside it. A grant ``DIR`` (or ``DIR/*``) covers DIR and
everything below it; ``*`` grants everything.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import C, E, Prop, W
from pyjsvm.api.convert import python_string_to_js

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["Permissions", "access_denied"]

SCOPES = {"fs": "FileSystem", "fs.read": "FileSystemRead", "fs.write": "FileSystemWrite",
          "child": "ChildProcess", "worker": "WorkerThreads", "env": "Environment"}


def access_denied(realm: "Realm", permission: str, resource: str) -> JSThrow:
    """Node's ERR_ACCESS_DENIED error."""
    err = realm.new_error("Error", "Access to this API has been restricted")
    for k, v in (("code", "ERR_ACCESS_DENIED"), ("permission", permission),
                 ("resource", python_string_to_js(resource))):
        err.props[k] = Prop(v, W | E | C)
    return JSThrow(err)


def _real(path: str) -> str:
    return os.path.realpath(os.path.abspath(path))


class Permissions:
    """What a program may touch. ``enabled`` False (the default) grants everything."""

    def __init__(self) -> None:
        self.enabled = False
        self.fs_read: list[str] = []
        self.fs_write: list[str] = []
        self.child_process = False
        self.env: bool | set[str] = False

    # --- the command line --------------------------------------------------------------------
    def parse_option(self, opt: str) -> bool:
        """Take one ``--permission``/``--allow-*`` option; False when ``opt`` is not one."""
        name, eq, value = opt.partition("=")
        if name in ("--permission", "--experimental-permission") and not eq:
            self.enabled = True
        elif name in ("--allow-fs-read", "--allow-fs-write") and eq:
            target = self.fs_read if name == "--allow-fs-read" else self.fs_write
            for part in value.split(","):
                if part == "*":
                    target.append(part)
                elif part:
                    # resolved now: a later process.chdir() must not move a relative grant
                    star = part.endswith("*")
                    target.append(_real(part[:-1] if star else part) + ("*" if star else ""))
        elif name == "--allow-child-process" and not eq:
            self.child_process = True
        elif name == "--allow-env":
            if not eq:
                self.env = True
            elif self.env is not True:
                names = self.env if isinstance(self.env, set) else set()
                names.update(n for n in value.split(",") if n)
                self.env = names
        else:
            return False
        return True

    def sandbox(self) -> None:
        """The ``--sandbox`` preset: nothing granted."""
        self.enabled = True
        self.fs_read, self.fs_write, self.child_process, self.env = [], [], False, False

    # --- queries -----------------------------------------------------------------------------
    @staticmethod
    def _covers(grants: list[str], path: str) -> bool:
        target = _real(path)
        for g in grants:
            if g == "*":
                return True
            base = g[:-1] if g.endswith("*") else g
            if target == base or target.startswith(base.rstrip(os.sep) + os.sep):
                return True
        return False

    def has(self, scope: str, reference: str | None = None) -> bool:
        """``process.permission.has(scope, reference)``."""
        if not self.enabled:
            return True
        if scope in ("fs", "fs.read", "fs.write"):
            kinds = [self.fs_read, self.fs_write] if scope == "fs" else [self.fs_read if scope == "fs.read" else self.fs_write]
            if reference is None:
                return all("*" in k for k in kinds)
            return all(self._covers(k, reference) for k in kinds)
        if scope == "child":
            return self.child_process
        if scope == "env":
            if reference is None or self.env is True:
                return self.env is True
            return isinstance(self.env, set) and reference in self.env
        return False

    def check_read(self, realm: "Realm", path: str) -> None:
        if self.enabled and not self._covers(self.fs_read, path):
            raise access_denied(realm, "FileSystemRead", os.path.abspath(path))

    def check_write(self, realm: "Realm", path: str) -> None:
        if self.enabled and not self._covers(self.fs_write, path):
            raise access_denied(realm, "FileSystemWrite", os.path.abspath(path))

    def check_child(self, realm: "Realm") -> None:
        if self.enabled and not self.child_process:
            raise access_denied(realm, "ChildProcess", "")

    def env_allowed(self, name: Any) -> bool:
        if not self.enabled or self.env is True:
            return True
        return isinstance(self.env, set) and isinstance(name, str) and name in self.env

    def check_env(self, realm: "Realm", name: str) -> None:
        if not self.env_allowed(name):
            raise access_denied(realm, "Environment", name)
