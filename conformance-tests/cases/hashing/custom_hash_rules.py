# __hash__ and __eq__ rules for classes: inheritance, None, results of odd types and sizes.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Plain:
    pass
class EqOnly:
    def __eq__(self, other):
        return isinstance(other, EqOnly)
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Both) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
class Child(Both):
    def __eq__(self, other):
        return False
class ChildKeeps(Both):
    pass
class BigHash:
    def __hash__(self):
        return 2**100
class NegOne:
    def __hash__(self):
        return -1
class FloatHash:
    def __hash__(self):
        return 1.5
class BoolHash:
    def __hash__(self):
        return True
t(lambda: Plain.__hash__ is object.__hash__)
t(lambda: EqOnly.__hash__)
t(lambda: hash(EqOnly()))
t(lambda: Both(1) == Both(1) and hash(Both(1)) == hash(1))
t(lambda: len({Both(1), Both(1), Both(2)}))
t(lambda: Child.__hash__)
t(lambda: hash(Child(1)))
t(lambda: hash(ChildKeeps(3)))
t(lambda: hash(BigHash()))
t(lambda: hash(BigHash()) == hash(2**100))
t(lambda: hash(NegOne()))
t(lambda: hash(FloatHash()))
t(lambda: hash(BoolHash()))
t(lambda: {Both(5): 'five'}[Both(5)])
t(lambda: {Both(5): 'five'}[5])
class Counting:
    calls = 0
    def __hash__(self):
        Counting.calls += 1
        return 1
c = Counting()
d = {c: 1}
d[c]
c in d
print('hash calls', Counting.calls)
