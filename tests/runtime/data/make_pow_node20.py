"""Writes pow_node20.txt: pairs (x, y) and node 20's x ** y, each as the hex of its 64 bits.

Run from this folder with node 20 on PATH: ``python3 make_pow_node20.py``. The pairs (a fixed
seed): bases of every kind (integers, halves, near 1, subnormal, huge, negative, random bits) to
exponents of every kind (integers, halves, fractions, huge, subnormal, random bits); pairs whose
result is finite and neither 0 nor 1; results near overflow, underflow and in the subnormals;
|y| around 2**31 and 2**64 with x near 1 (fdlibm's series there); y log2(x) near half-integers;
special values against each other; and the classes number_exponentiate leaves to the platform
(integer to integer power below 2**53, powers of two). Node checks that ``x ** y`` and
``Math.pow(x, y)`` agree on each.
"""
from __future__ import annotations

import math
import random
import struct
import subprocess

D = struct.Struct("<d")
Q = struct.Struct("<Q")
rnd = random.Random(20)

SPECIAL = [math.nan, 0.0, -0.0, math.inf, -math.inf, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, -8.0, 1 / 3,
           5e-324, -5e-324, 1.7976931348623157e308, -1.7976931348623157e308, 2.0 ** 53 + 2, -(2.0 ** 31 + 1),
           2.0 ** 64, 0.9999999999999999, 1.0000000000000002, 1 - 2 ** -20, -1075.0, 1024.0]

NODE_SCRIPT = r"""
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter(Boolean);
const f = new Float64Array(1), u = new BigUint64Array(f.buffer);
const d = (h) => { u[0] = BigInt('0x' + h); return f[0]; };
const h = (v) => { f[0] = v; return u[0].toString(16).padStart(16, '0'); };
const out = lines.map((line) => {
  const [x, y] = line.split(' ').map(d);
  const r = x ** y;
  if (!Object.is(r, Math.pow(x, y))) throw new Error(line);
  return line + ' ' + (r !== r ? 'nan' : h(r));
});
process.stdout.write(out.join('\n') + '\n');
"""


def bits(v: float) -> str:
    return "%016x" % Q.unpack(D.pack(v))[0]


def random_double() -> float:
    v = D.unpack(Q.pack(rnd.getrandbits(64)))[0]
    return v if v == v else 1.5


def ulps_from(v: float, k: int) -> float:
    return D.unpack(Q.pack(Q.unpack(D.pack(v))[0] + k))[0]


def base() -> float:
    return rnd.choice([
        lambda: float(rnd.randint(-1000, 1000)), lambda: rnd.randint(-2000, 2000) / 2, lambda: rnd.uniform(0, 2),
        lambda: rnd.uniform(-10, 10), lambda: rnd.uniform(0.9, 1.1), lambda: 1 + rnd.uniform(-1e-6, 1e-6),
        lambda: math.ldexp(rnd.random(), rnd.randint(-1074, 1024)), lambda: -math.ldexp(rnd.random(), rnd.randint(-1074, 1024)),
        lambda: math.ldexp(rnd.random(), rnd.randint(-1074, -1000)), lambda: rnd.choice([10.0, 0.1, math.e, 7.0, 1e-5]),
        random_double, lambda: rnd.uniform(-1e6, 1e6)])()


def exponent() -> float:
    return rnd.choice([
        lambda: float(rnd.randint(-30, 30)), lambda: float(rnd.randint(-1100, 1100)), lambda: rnd.randint(-40, 40) / 2,
        lambda: rnd.choice([0.5, -0.5, 1 / 3, 0.25, 1.5, 0.1, 1e-10, 2.0 ** 31 + 1, -(2.0 ** 40)]),
        lambda: rnd.uniform(-5, 5), lambda: rnd.uniform(-400, 400), lambda: math.ldexp(rnd.uniform(-1, 1), rnd.randint(-1074, 80)),
        random_double, lambda: float(rnd.randint(-2 ** 40, 2 ** 40)), lambda: rnd.uniform(-1, 1)])()


def pairs() -> list[tuple[float, float]]:
    out = [(x, y) for x in SPECIAL for y in SPECIAL]
    for _ in range(500):  # mixed
        x, y = base(), exponent()
        out.append((x, float(round(y)) if x < 0 and abs(y) < 2 ** 52 and rnd.random() < 0.5 else y))
    n = 0
    while n < 500:  # results other than 0, 1, the infinities and NaN
        x, y = base(), exponent()
        if x < 0 and abs(y) < 2 ** 52:
            y = float(round(y))
        try:
            r = math.pow(x, y)
        except (OverflowError, ValueError):
            continue
        if r != r or r in (0.0, 1.0) or math.isinf(r):
            continue
        out.append((x, y))
        n += 1
    for _ in range(150):  # results near overflow, underflow, in the subnormals
        x = math.ldexp(rnd.uniform(0.5, 1), rnd.randint(-1074, 1024))
        if x in (0.0, 1.0) or math.isinf(x):
            continue
        target = rnd.choice([1024.0, -1022.0, -1074.0, -1075.0, -1076.0, 1023.5, -1074.5, rnd.uniform(-1080, 1030)])
        out.append((x, ulps_from(target / math.log2(x), rnd.randint(-50, 50))))
    for _ in range(100):  # |y| around 2**31 and 2**64, x near 1
        x = ulps_from(1.0, rnd.randint(-2 ** 33, 2 ** 33)) * rnd.choice([1, -1])
        y = rnd.choice([2.0 ** 31, 2.0 ** 31 + 1, 2.0 ** 31 * (1 + 2 ** -20), 2.0 ** 40, 2.0 ** 50 + 1, 2.0 ** 64, 2.0 ** 70])
        out.append((x, ulps_from(y, rnd.randint(-3, 3)) * rnd.choice([1, -1])))
    for _ in range(100):  # y log2(x) near a half-integer
        x = rnd.uniform(0.01, 3)
        z = rnd.randint(-1200, 1200) + rnd.choice([0.5, -0.5, 0.5 + 1e-9, 0.5 - 1e-9])
        out.append((x, z / math.log2(x)))
    for _ in range(100):  # integer to integer power below 2**53 (the platform's pow answers)
        y = rnd.randint(3, 53)
        out.append((float(rnd.randint(-int(2 ** (53 / y)), int(2 ** (53 / y)))), float(y)))
    for _ in range(100):  # powers of two to integer powers (likewise)
        k = rnd.choice([i for i in range(-1074, 1024) if i])
        out.append((rnd.choice([1, -1]) * math.ldexp(1.0, k), float(rnd.randint(-1080 // abs(k) - 1, 1030 // abs(k) + 1) or 3)))
    return out


def main() -> None:
    text = "".join(f"{bits(x)} {bits(y)}\n" for x, y in pairs())
    result = subprocess.run(["node", "-e", NODE_SCRIPT], input=text, capture_output=True, text=True, check=True)
    version = subprocess.run(["node", "-p", "process.version + ' (V8 ' + process.versions.v8 + ')'"],
                             capture_output=True, text=True, check=True).stdout.strip()
    with open("pow_node20.txt", "w") as f:
        f.write(f"# x y x**y (hex bits; nan for NaN) from {version}, written by make_pow_node20.py\n")
        f.write(result.stdout)


if __name__ == "__main__":
    main()
