# int(), float(), complex(), %-formatting and math call a subclass's own __int__, __float__ and
# __index__ where CPython's number slots do, and the built-in value where the slot is inherited.
import math
import operator


class F(float):
    def __float__(self):
        return 9.5

    def __int__(self):
        return 7

    def __index__(self):
        return 3


class I(int):
    def __float__(self):
        return 9.5

    def __int__(self):
        return 7

    def __index__(self):
        return 3


class OnlyIndexInt(int):
    def __index__(self):
        return 3


class OnlyIndexFloat(float):
    def __index__(self):
        return 3


class S(str):
    def __float__(self):
        return 1.25

    def __int__(self):
        return 11


class IndexStr(str):
    def __index__(self):
        return 4


class Plain(int):
    pass


print(float(F(2.5)), int(F(2.5)), float(I(5)), int(I(5)))
print(float(OnlyIndexInt(5)), int(OnlyIndexInt(5)), int(OnlyIndexFloat(2.5)), float(OnlyIndexFloat(2.5)))
print(float(S('2')), int(S('3')), int(IndexStr('8')), float(IndexStr('8')))
for v in (float(F(2.5)), int(I(5)), float(Plain(4)), int(Plain(4)), int(OnlyIndexFloat(2.5))):
    print(type(v).__name__, v)
print(operator.index(OnlyIndexInt(5)), operator.index(I(5)), type(operator.index(Plain(2))).__name__)
print([10, 20, 30, 40, 50, 60][OnlyIndexFloat(1.5)], [1, 2, 3, 4, 5, 6][I(5)])
print(complex(I(5)), complex(F(2.5)), complex(1, I(2)), complex(1, F(2.0)))
print('%d' % I(5), '%f' % I(5), '%d' % F(2.5), '%x' % OnlyIndexInt(5), '%.1f' % F(1.0))
print(math.floor(F(2.5)), math.sqrt(I(4)), math.sqrt(F(4.0)), math.sqrt(Plain(9)))
print(range(OnlyIndexInt(5)), hex(OnlyIndexInt(5)), round(F(2.5)), abs(F(-2.5)))
print(int.__int__(I(5)), int.__index__(I(5)), int.__float__(I(5)), float.__int__(F(2.5)), float.__float__(F(2.5)))
print(super(I, I(6)).__int__(), super(F, F(6.5)).__float__())


class Wants:
    def __float__(self):
        return 4.0


print(math.sqrt(Wants()), '%.2f' % Wants(), float(Wants()))


class BadFloat(float):
    def __float__(self):
        return 1


class BadInt(int):
    def __int__(self):
        return 1.0


for f, x in ((float, BadFloat(1.0)), (int, BadInt(1)), (math.sqrt, BadFloat(4.0)), (math.sqrt, object())):
    try:
        print(f(x))
    except TypeError as e:
        print('TypeError:', e)
