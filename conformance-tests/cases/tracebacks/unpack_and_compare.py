# conformance: full-stderr
def first_two(seq):
    a, b = seq
    return a < b

print(first_two([1, 2]))
print(first_two((2, "x")))
