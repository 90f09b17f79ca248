"""Test262 front matter (the YAML between ``/*---`` and ``---*/``).

Only the keys the runner needs are read (``includes``, ``flags``, ``features``, ``negative``), with a
small parser for the YAML subset test262 uses: flow lists (``[a, b]``), block lists (``- a``), the
``negative`` mapping and block scalars (``|``/``>``, skipped).  It is much faster than a YAML library
and has been checked against PyYAML on the whole suite (see ``tests/test262/test_slice.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONTMATTER = re.compile(r"/\*---(.*?)---\*/", re.S)
_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(.*?)\s*$")


class MetadataError(ValueError):
    """The front matter is missing or malformed."""


@dataclass(frozen=True)
class Negative:
    phase: str  # 'parse' | 'resolution' | 'runtime'
    type: str  # the expected error constructor's name


@dataclass(frozen=True)
class Metadata:
    includes: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()
    features: tuple[str, ...] = ()
    negative: Negative | None = None
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    @property
    def is_module(self) -> bool:
        return "module" in self.flags

    @property
    def is_async(self) -> bool:
        return "async" in self.flags

    @property
    def is_raw(self) -> bool:
        return "raw" in self.flags


def _scalar(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    # strip a trailing comment
    hash_at = text.find(" #")
    if hash_at >= 0:
        text = text[:hash_at].rstrip()
    return text


def _flow_list(text: str) -> list[str]:
    text = text.strip()
    hash_at = text.rfind("]")
    if not text.startswith("[") or hash_at < 0:
        raise MetadataError(f"expected a flow list, got {text!r}")
    inner = text[1:hash_at].strip()
    return [_scalar(item) for item in inner.split(",") if item.strip()] if inner else []


def parse_frontmatter(yaml_text: str) -> Metadata:
    """Parse the text between ``/*---`` and ``---*/``."""
    values: dict[str, object] = {}
    lines = yaml_text.splitlines()
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith("#") or line[0] in " \t":
            continue  # blank, comment, or the body of a key we skipped
        m = _KEY.match(line)
        if m is None:
            continue
        key, rest = m.group(1), m.group(2)
        if rest.startswith("[") :
            values[key] = _flow_list(rest)
        elif rest in ("", ) or rest.startswith(("|", ">")):
            # block list, block mapping, or block scalar: gather the indented body
            body: list[str] = []
            while i < n and (not lines[i].strip() or lines[i][0] in " \t" or lines[i].startswith("- ")):
                body.append(lines[i])
                i += 1
            if rest.startswith(("|", ">")):
                values[key] = "\n".join(b.strip() for b in body)
                continue
            items = [b.strip() for b in body if b.strip() and not b.strip().startswith("#")]
            if items and all(it.startswith("-") for it in items):
                values[key] = [_scalar(it[1:]) for it in items]
            else:
                mapping: dict[str, str] = {}
                for it in items:
                    km = _KEY.match(it)
                    if km is not None:
                        mapping[km.group(1)] = _scalar(km.group(2))
                values[key] = mapping
        else:
            values[key] = _scalar(rest)

    def as_list(key: str) -> list[str]:
        v = values.get(key)
        if v is None:
            return []
        if isinstance(v, list):
            return v
        if isinstance(v, str) and v:
            return [v]
        raise MetadataError(f"{key}: expected a list")

    negative = None
    neg = values.get("negative")
    if neg is not None:
        if not isinstance(neg, dict) or "phase" not in neg or "type" not in neg:
            raise MetadataError("negative: expected phase and type")
        negative = Negative(phase=neg["phase"], type=neg["type"])
    extra = {k: v for k, v in values.items() if k not in ("includes", "flags", "features", "negative")}
    return Metadata(
        includes=tuple(as_list("includes")),
        flags=frozenset(as_list("flags")),
        features=tuple(as_list("features")),
        negative=negative,
        extra=extra,
    )


def parse_test_metadata(source: str) -> Metadata:
    """Find and parse a test file's front matter."""
    m = _FRONTMATTER.search(source)
    if m is None:
        raise MetadataError("no /*--- ---*/ front matter")
    return parse_frontmatter(m.group(1))
