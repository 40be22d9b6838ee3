# Hashes of negative numbers, of -0.0 and of values just around the modulus 2**61 - 1.
M = 2**61 - 1
for v in [-M, -M - 1, -M + 1, M - 1, M, M + 1, 2 * M, -2 * M, M * M, -(M * M), -0.0, -1.5, -2.0, -1e300,
          -(2**80), complex(-1, -1), complex(0, -2.5)]:
    print(repr(v), hash(v))
print(hash(-1) == hash(-2), hash(-1.0) == -2, hash(complex(-1, 0)) == -2, hash(M) == 0, hash(-M) == 0)
