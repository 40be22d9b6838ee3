# str and int round-trips of big and negative ints.
big = 7 ** 77
print(big)
print(-big)
print(int(str(big)) == big)
print(int("-" + str(big)) == -big)
print(len(str(2 ** 1000)))
print(int("  0  "), int("-0"))
print(int("9" * 50) + 1)
