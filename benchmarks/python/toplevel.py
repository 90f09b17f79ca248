# toplevel.js in Python: the same loop on module globals.
N = 200000
s = 0
for i in range(N):
    s = (s + i * 3) % 1000003
    if i % 7 == 0:
        s ^= 5
checksum = s
