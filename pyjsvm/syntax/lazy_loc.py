"""NON-SPEC (speed): ESTree ``loc`` made on first use instead of for every node parsed.

esprima-fork's ``Parser.finalize`` makes a ``SourceLocation`` and two ``Position`` objects for
every node it finishes (a sixth of the time of parsing a large script, and most of those are
never read: only nodes that report an error or a stack position are asked for theirs). For a
source whose columns need no conversion (ASCII, or UTF-16 offsets that are the scanner's own),
this ``finalize`` keeps the four numbers in ``node._pos`` and ``loc`` is made from them when it
is first read (``syntax.tree.Node`` does the same for trees restored from cached data); any
other source (and a parser with a delegate or a ``source`` name) keeps esprima-fork's own.
"""
from __future__ import annotations

from typing import Any

import esprima.nodes  # type: ignore[import-untyped]
import esprima.parser  # type: ignore[import-untyped]
from esprima.scanner import Position, SourceLocation  # type: ignore[import-untyped]

_finalize = esprima.parser.Parser.finalize


def finalize(self: Any, marker: Any, node: Any) -> Any:
    """esprima-fork's ``finalize`` with ``loc`` left to ``_node_getattr``, for plain columns."""
    scanner = self.scanner
    config = self.config
    if not (scanner._sourceIsAscii or config.positionEncoding == "scalar"
            or scanner._utf16IsIdentity and self._ownedByFacade) or self.delegate or config.source \
            or not config.loc or not config.range:
        return _finalize(self, marker, node)
    last = self.lastMarker
    d = node.__dict__
    d["_start"] = marker.index
    d["_end"] = last.index
    d["_line"] = marker.line
    d["_column"] = marker.column
    # (offsets and columns need no conversion here: esprima-fork's externalOffset and
    # externalColumn return them as they are)
    d["range"] = [marker.index, last.index]
    d["_pos"] = (marker.line, marker.column, last.line, last.column)
    d.pop("loc", None)  # (a node finalized again: its new position)
    return node


def _node_getattr(self: Any, name: str) -> Any:
    """An absent field reads as None (as esprima-fork's ``Object.__getattr__``); ``loc`` is made
    from ``_pos`` the first time it is read."""
    if name == "loc":
        pos = self.__dict__.get("_pos")
        if pos is not None:
            loc = SourceLocation(start=Position(line=pos[0], column=pos[1]), end=Position(line=pos[2], column=pos[3]))
            self.__dict__["loc"] = loc
            return loc
    return None


esprima.parser.Parser.finalize = finalize
esprima.nodes.Node.__getattr__ = _node_getattr
