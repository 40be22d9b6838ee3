# Functions are values: pass them, store them in lists, call through names.
def double(n):
    return n * 2

def square(n):
    return n * n

def apply(f, v):
    return f(v)

print(apply(double, 21))
print(apply(square, 12))
ops = [double, square, abs]
for op in ops:
    print(op(-3))
alias = square
print(alias(9))
