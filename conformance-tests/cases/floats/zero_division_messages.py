# ZeroDivisionError messages depend on the operation and operand types.
def t(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 1.0 / 0)
t(lambda: 1 / 0.0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: divmod(1.0, 0.0))
t(lambda: divmod(1, 0.0))
t(lambda: 0.0 ** -1)
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -2.5)
t(lambda: pow(0, -2))
t(lambda: 1j / 0)
t(lambda: 0j ** -1)
t(lambda: 10**100 / 0)
t(lambda: 10**100 // 0)
t(lambda: True / False)
t(lambda: (-0.0) ** -1)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    x //= 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__)
