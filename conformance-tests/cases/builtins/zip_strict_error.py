# zip(strict=True) reports which argument ran out first.
print(list(zip([1, 2], "ab", strict=True)))
print(list(zip([1, 2, 3], "ab", [7, 8, 9], strict=True)))
