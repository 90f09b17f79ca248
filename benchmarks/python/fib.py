# fib.js in Python: the same recursion on module-level functions.
N = 25


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


parity = 0
for i in range(40):
    if is_even((i * 7) % 41):
        parity += i
checksum = fib(N) * 1000 + parity
