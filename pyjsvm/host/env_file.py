"""``--env-file``: Node's parser of ``.env`` files (node 20's src/node_dotenv.cc
Dotenv::ParseContent), and loading them into the environment."""
from __future__ import annotations

import os

__all__ = ["parse_env", "load_env_files"]


def _trim(text: str) -> str:
    """Node's trim_spaces: spaces (only) off both ends."""
    return text.strip(" ")


def parse_env(content: str) -> dict[str, str]:
    """NON-SPEC (Node's dotenv format): the ``KEY=VALUE`` pairs of ``content``, in order, a
    later one replacing an earlier one. As node 20 parses it: ``\\r`` is dropped; blank lines
    and lines starting with ``#`` are skipped; the first line without ``=`` ends the file; the
    key is the text before ``=`` (trimmed, an ``export `` prefix removed); a value in double
    quotes has its ``\\n`` escapes made newlines and may span lines, one in single quotes or
    backticks is kept as it is; an unquoted value ends at ``#`` (a comment) and is trimmed; a
    quote that is not closed is a character of a value that ends at the line's end."""
    store: dict[str, str] = {}
    content = _trim(content.replace("\r", ""))
    while content:
        if content[0] in "\n#":
            newline = content.find("\n")
            if newline >= 0:
                content = content[newline + 1:]
                continue
        equal = content.find("=")
        if equal < 0:
            break
        key = _trim(content[:equal])
        content = content[equal + 1:]
        if not key:
            break
        if key.startswith("export "):
            key = key[7:]
        if not content or content[0] == "\n":
            store[key] = ""
            continue
        content = _trim(content)
        if not content:
            store[key] = ""
            break
        first = content[0]
        if first == '"':
            closing = content.find('"', 1)
            if closing >= 0:
                store[key] = content[1:closing].replace("\\n", "\n")
                newline = content.find("\n", closing + 1)
                content = content[newline + 1:] if newline >= 0 else ""
                continue
        if first in "'\"`":
            closing = content.find(first, 1)
            if closing < 0:
                newline = content.find("\n")
                if newline >= 0:
                    store[key] = content[:newline]
                    content = content[newline:]
                # else (no line end): nothing is stored, and what follows the "=" is parsed again
            else:
                store[key] = content[1:closing]
                newline = content.find("\n", closing + 1)
                content = content[newline:] if newline >= 0 else ""
        else:
            newline = content.find("\n")
            value = content[:newline] if newline >= 0 else content
            hash_at = value.find("#")
            if hash_at >= 0:
                value = value[:hash_at]
            store[key] = _trim(value)
            content = content[newline:] if newline >= 0 else ""
        content = _trim(content)
    return store


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
