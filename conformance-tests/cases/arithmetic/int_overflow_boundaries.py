# Operations at the edges of 32- and 64-bit machine integers must not wrap.
max32 = 2147483647
max64 = 9223372036854775807
print(max32 + 1)
print(-max32 - 2)
print(max32 * max32)
print(max64 + max64)
print(max64 * 2)
print(max64 * max64)
print(-max64 - 1)
print((-max64 - 1) * -1)
print((-max64 - 1) // -1)
print(abs(-max64 - 1))
print(-(-max64 - 1))
print(max64 ** 2 // max64)
