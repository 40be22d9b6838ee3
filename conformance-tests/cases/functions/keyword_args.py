# Calling with keyword arguments (beyond the first slice's positional calls).
def describe(a, b=10, c="c"):
    print(a, b, c)

describe(1, c="see")
describe(b=2, a=1)
describe(c=3, b=2, a=1)
