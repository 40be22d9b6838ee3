# calling with too few positional arguments.
def f(a, b):
    return a + b

f(1)
