# loops.js in Python: the same loops on locals (k << 3 and k >>> 2 stay below 2**31 here).
import math

N = 5000


def run(n):
    total = 0
    bits = 0
    acc = 0.0
    for i in range(n):
        for j in range(50):
            k = i * 50 + j
            total = total + (k * k) % 1009
            bits ^= (k << 3) ^ (k >> 2)
            acc += k / 8
    w = n
    steps = 0
    while w > 1:
        w = w // 2 if w % 2 == 0 else 3 * w + 1
        steps += 1
    m = 0
    for x in range(n):
        m += math.floor(math.sqrt(x)) + max(x % 7, 3) - abs(3 - x % 5)
    return total + bits + math.floor(acc) + steps + m


checksum = run(N)
