# When the right operand's type is a subclass of the left's and overrides the reflected method,
# that method goes first (CPython's binary_op1); for comparisons, the subclass's reflection too.
class Right(list):
    def __radd__(self, other):
        return 'Right.__radd__'

    def __eq__(self, other):
        return 'Right.__eq__'

    __hash__ = None


print([1] + Right([2]), Right([2]) + [1], [1] == Right(), Right() == [1])


class Tiny(float):
    def __rmul__(self, other):
        return 'Tiny.__rmul__'

    def __rsub__(self, other):
        return NotImplemented


print(2.0 * Tiny(1), Tiny(3) * 2.0, 5.0 - Tiny(1), type(5.0 - Tiny(1)).__name__)


class Comparable(str):
    def __lt__(self, other):
        return 'lt'

    def __gt__(self, other):
        return 'gt'


print('a' < Comparable('b'), Comparable('b') < 'a', 'a' > Comparable('b'))


class Plus(int):
    def __add__(self, other):
        return 'Plus.__add__'


class PlusPlus(Plus):
    def __radd__(self, other):
        return 'PlusPlus.__radd__'


print(Plus(1) + PlusPlus(2), PlusPlus(2) + Plus(1), 1 + PlusPlus(2), PlusPlus(2) + 1)
