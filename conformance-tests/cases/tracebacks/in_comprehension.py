# conformance: full-stderr
# An error inside a comprehension shows its <listcomp> frame.
def check(values):
    return [10 / v for v in values]

print(check([1, 2]))
print(check([1, 0]))
