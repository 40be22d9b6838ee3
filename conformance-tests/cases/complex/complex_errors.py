# Error types and messages of complex.
def show0(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show1(f, a):
    try:
        print(repr(f(a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show2(f, a, b):
    try:
        print(repr(f(a, b)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def show3(f, a, b, c):
    try:
        print(repr(f(a, b, c)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def lt(a, b):
    return a < b


def power(a, b):
    return a ** b


def div(a, b):
    return a / b


show1(complex, "x")
show1(complex, "1+2j)")
show1(complex, "1__2j")
show2(complex, "1", 2)
show2(complex, 1, "2")
show1(complex, [])
show1(complex, None)
show2(complex, 1, None)
show2(floordiv, complex(1, 1), 1)
show2(mod, complex(1, 1), 2)
show2(lt, complex(0, 1), complex(0, 2))
show2(divmod, complex(0, 1), 1)
show2(power, complex(0, 0), -1)
show2(power, 0.0, complex(0, 1))
show2(power, complex(1e200, 1e200), complex(2, 1))
show2(div, 1, complex(0, 0))
show2(div, complex(1, 1), 0.0)
show1(abs, complex(1.7e308, 1.7e308))
show1(round, complex(1, 1))
show1(complex(1, 1).conjugate, 1)
