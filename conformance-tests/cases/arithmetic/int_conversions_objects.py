# int(), float() and complex() on objects with __int__, __index__, __float__, __complex__ and __trunc__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 8
class F:
    def __float__(self):
        return 2.5
class C:
    def __complex__(self):
        return 1 + 2j
class Bad:
    def __int__(self):
        return 'x'
class BadF:
    def __float__(self):
        return 1
t(lambda: int(I()))
t(lambda: int(N()))
t(lambda: int(F()))
t(lambda: float(I()))
t(lambda: float(F()))
t(lambda: float(N()))
t(lambda: complex(C()))
t(lambda: complex(F()))
t(lambda: complex(I()))
t(lambda: int(Bad()))
t(lambda: float(BadF()))
t(lambda: [1, 2, 3][I()])
t(lambda: 'abcdefgh'[I()])
t(lambda: range(I()))
t(lambda: bin(I()))
t(lambda: hex(N()))
t(lambda: [0] * I())
t(lambda: int('12', I()))
t(lambda: round(2.5, I()))
t(lambda: chr(I() if False else 65))
t(lambda: int(object()))
t(lambda: float(object()))
t(lambda: complex(object()))
t(lambda: int([1]))
t(lambda: float([1]))
