# Equal numbers hash equal across int, float, bool and complex.
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(2.5) == hash(2.5 + 0j), hash(-2.5) == hash(complex(-2.5, 0)))
print(hash(10**20) == hash(float(10**20)), hash(2**64) == hash(2.0**64))
for v in [0, 1, -1, -2, 2, 7, -7, 2**31, 2**32, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64, -(2**61),
          -(2**61 - 1), 10**20, -(10**20), 3**100, -(3**100), True, False]:
    print(v, hash(v))
print(hash(-1), hash(-1.0), hash(-1 + 0j), hash(-2))
print({1: 'a', 1.0: 'b', True: 'c', 1 + 0j: 'e'})
