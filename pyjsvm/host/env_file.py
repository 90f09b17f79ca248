"""``--env-file``: reading ``.env`` files as node 20 reads them (``parse_env``, written from
the format's observed behaviour and checked against node's ``util.parseEnv``), and loading them
into the environment."""
from __future__ import annotations

import os

__all__ = ["parse_env", "load_env_files"]


_QUOTES = "\"'`"


def parse_env(content: str) -> dict[str, str]:
    """NON-SPEC (the ``.env`` format as node 20's ``--env-file`` and ``util.parseEnv`` read it):
    the ``KEY=VALUE`` pairs of ``content``, a later key replacing an earlier one.

    Carriage returns are ignored. Blank lines and ``#`` comment lines are skipped. A key is the
    text before the line's first ``=``, without surrounding spaces or an ``export `` prefix; a
    line with no ``=``, or an empty key, ends the file (node stops there). A value:
    - empty when the line ends right after ``=``;
    - in double quotes: up to the closing quote, which may be on a later line, its ``\\n``
      escapes made newlines; what follows the quote on its line is ignored;
    - in single quotes or backticks: up to the closing quote, kept as it is;
    - a quote never closed is a character of a value that ends at its line's end (at the end
      of the text no value is stored, and the text after the ``=`` is read again as lines);
    - otherwise the rest of the line up to a ``#``, without surrounding spaces.
    """
    found: dict[str, str] = {}
    text = content.replace("\r", "").strip(" ")
    pos = 0
    end = len(text)
    while pos < end:
        if text[pos] in "\n#":
            eol = text.find("\n", pos)
            if eol >= 0:
                pos = eol + 1
                continue
        eq = text.find("=", pos)
        if eq < 0:
            break
        key = text[pos:eq].strip(" ")
        if not key:
            break
        if key.startswith("export "):
            key = key[len("export "):]
        pos = eq + 1
        if pos >= end or text[pos] == "\n":
            found[key] = ""
            continue
        while pos < end and text[pos] == " ":
            pos += 1
        if pos >= end:
            found[key] = ""
            break
        pos, line_done = _read_value(text, pos, key, found)
        if not line_done:  # (after a double-quoted value node reads the next line as it is)
            while pos < end and text[pos] == " ":
                pos += 1
    return found


def _read_value(text: str, pos: int, key: str, found: dict[str, str]) -> tuple[int, bool]:
    """Read the value that starts at ``pos`` (not a space) into ``found[key]``; return where
    reading goes on, and whether that is the start of the next line (after a double-quoted
    value: its spaces are then part of what follows)."""
    quote = text[pos]
    eol = text.find("\n", pos)
    if quote in _QUOTES:
        close = text.find(quote, pos + 1)
        if close >= 0:
            value = text[pos + 1:close]
            found[key] = value.replace("\\n", "\n") if quote == '"' else value
            after = text.find("\n", close + 1)
            if after < 0:
                return len(text), True
            # (after the other quotes the line break is read again, as a blank line)
            return (after + 1, True) if quote == '"' else (after, False)
        if eol < 0:
            return pos, False  # never closed, no line end: the text from here is read as lines
        found[key] = text[pos:eol]
        return eol, False
    line = text[pos:eol] if eol >= 0 else text[pos:]
    hash_at = line.find("#")
    found[key] = (line[:hash_at] if hash_at >= 0 else line).strip(" ")
    return (eol if eol >= 0 else len(text)), False


def load_env_files(paths: list[str]) -> str | None:
    """Read the ``--env-file`` files (a later file's key replacing an earlier one's) and set the
    variables the environment does not have yet, as node does at start-up. Returns the error
    message for a file that cannot be read (node: ``<path>: not found``), else None."""
    values: dict[str, str] = {}
    for path in paths:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            return f"{path}: not found"
        values.update(parse_env(data.decode("utf-8", "surrogateescape")))
    for key, value in values.items():
        if key not in os.environ and key and "\0" not in key and "\0" not in value and "=" not in key:
            try:
                os.environ[key] = value
            except (ValueError, OSError):  # (a name or value the platform refuses)
                pass
    return None
