# conformance: full-stderr
# CPython 3.11 underlines the failing operator within its operands.
def ratio(a, b):
    return (a + 1) /  b

def report(values):
    total = 0
    for v in values:
        total = total + ratio(v, v - 2)
    return total

print(report([3, 4, 2]))
