# Positional parameters with default values; defaults are evaluated once at def time.
def power(base, exp=2):
    return base ** exp

def describe(a, b=10, c="c"):
    print(a, b, c)

print(power(3))
print(power(3, 3))
describe(1)
describe(1, 2)
describe(1, 2, 3)
k = 5

def uses_default(x=k):
    return x

k = 6
print(uses_default())
print(uses_default(7))
