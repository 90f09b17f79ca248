"""Writes math_node20.txt: for Math.asin, acos, asinh, acosh, atanh, sinh, cosh, tanh, expm1,
log1p, log2, log10 and (large arguments) sin, cos and tan, arguments and node 20's results,
each as the hex of its 64 bits.

Run from this folder with node 20 on PATH: ``python3 make_math_node20.py``. For each function,
6,000 candidate arguments (100,000 or 200,000 for expm1, log1p and atanh; a fixed seed) of every kind: uniform over the function's domain,
every magnitude and sign, random bits, the algorithm's cut-offs give or take 2,000 ulps, small
values of the domain, exponentials; of those it keeps 150 at random and 60 of those where the
platform's libm (Python's math module) gives other bits than node.
"""
from __future__ import annotations

import math
import random
import struct
import subprocess

D = struct.Struct("<d")
Q = struct.Struct("<Q")
rnd = random.Random(20)

DOMAINS = {
    "asin": ((-1, 1), [0.5, 0.975, 1, 2 ** -27]),
    "acos": ((-1, 1), [0.5, 2 ** -57, 1]),
    "atanh": ((-1, 1), [0.5, 2 ** -28, 1]),
    "acosh": ((1, 1e3), [1, 2, 2 ** 28]),
    "log1p": ((-1, 10), [0.41421356, -0.29289, 2 ** -29, 2 ** -54, 2 ** 53, -1 + 2 ** -20]),
    "log2": ((0, 1e3), [1, 2 ** 0.5, 2 ** -0.5, 2.2250738585072014e-308]),
    "log10": ((0, 1e3), [1, 10, 100, 1e22, 1e-300, 2.2250738585072014e-308]),
    "asinh": ((-10, 10), [2 ** -28, 2, 2 ** 28]),
    "sinh": ((-30, 30), [22, 1, 709.78, 710.47, 2 ** -28]),
    "cosh": ((-30, 30), [0.3465, 22, 709.78, 710.47, 2 ** -55]),
    "tanh": ((-25, 25), [22, 1, 2 ** -28]),
    "expm1": ((-40, 40), [0.3465, 1.0397, 38.8, 709.78, 2 ** -54, 56 * 0.6931]),
    # (sin, cos and tan: past 2**19 pi/2 = 823549.6, where the reduction takes 2/pi's bits)
    "sin": ((8e5, 1e22), [823549.6, 6381956970095103 * 2.0 ** 797, 5261692873635770 * 2.0 ** 499, 2 ** 60 * math.pi]),
    "cos": ((8e5, 1e22), [823549.6, 6381956970095103 * 2.0 ** 797, 5261692873635770 * 2.0 ** 499, 2 ** 60 * math.pi]),
    "tan": ((8e5, 1e22), [823549.6, 6381956970095103 * 2.0 ** 797, 5261692873635770 * 2.0 ** 499, 2 ** 60 * math.pi]),
}

# where the platform rarely differs from node (about 1 in 1,000 to 10,000): more candidates
RARE = {"atanh": 200000, "log1p": 200000, "expm1": 100000}

NODE_SCRIPT = r"""
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter(Boolean);
const f = new Float64Array(1), u = new BigUint64Array(f.buffer);
const d = (h) => { u[0] = BigInt('0x' + h); return f[0]; };
const h = (v) => { f[0] = v; return u[0].toString(16).padStart(16, '0'); };
process.stdout.write(lines.map((line) => {
  const [fn, x] = line.split(' ');
  const r = Math[fn](d(x));
  return line + ' ' + (r !== r ? 'nan' : h(r));
}).join('\n') + '\n');
"""


def double(text: str) -> float:
    return math.nan if text == "nan" else float(D.unpack(Q.pack(int(text, 16)))[0])


def bits(v: float) -> str:
    return "nan" if v != v else "%016x" % Q.unpack(D.pack(v))[0]


def candidate(domain: tuple[float, float], cuts: list[float]) -> float:
    kind = rnd.randrange(6)
    if kind == 0:
        v = rnd.uniform(*domain)
    elif kind == 1:
        v = rnd.choice([1, -1]) * math.ldexp(rnd.random(), rnd.randint(-1074, 1024))
    elif kind == 2:
        v = D.unpack(Q.pack(rnd.getrandbits(64)))[0]
    elif kind == 3:
        c = rnd.choice(cuts)
        v = math.copysign(D.unpack(Q.pack(max(0, Q.unpack(D.pack(abs(c)))[0] + rnd.randint(-2000, 2000))))[0], c)
        v *= rnd.choice([1, -1])
    elif kind == 4:
        v = rnd.uniform(*domain) * 2.0 ** rnd.randint(-40, 0)
    else:
        v = rnd.choice([1, -1]) * math.exp(rnd.uniform(-30, 30))
    return v if v == v and not math.isinf(v) else 1.5


def main() -> None:
    lines = [f"{fn} {bits(candidate(*DOMAINS[fn]))}" for fn in DOMAINS for _ in range(RARE.get(fn, 6000))]
    out = subprocess.run(["node", "-e", NODE_SCRIPT], input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=True).stdout.split("\n")
    version = subprocess.run(["node", "-p", "process.version + ' (V8 ' + process.versions.v8 + ')'"],
                             capture_output=True, text=True, check=True).stdout.strip()
    keep = []
    for fn in DOMAINS:
        rows = [row for row in out if row.startswith(fn + " ")]
        differ = []
        for row in rows:
            x, r = double(row.split()[1]), row.split()[2]
            try:
                p = bits(getattr(math, fn)(x))
            except (ValueError, OverflowError):
                continue
            if p != r and r != "nan":
                differ.append(row)
        keep += rnd.sample(rows, 150) + differ[:60]
    with open("math_node20.txt", "w") as f:
        f.write(f"# function x result (hex bits; nan for NaN) from {version}, written by make_math_node20.py\n")
        f.write("\n".join(keep) + "\n")


if __name__ == "__main__":
    main()
