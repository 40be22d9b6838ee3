# A subclass's reflected operator and comparison win over its parent's (CPython's binary_op1 rule).
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
    def __eq__(self, other):
        return "Base.__eq__"
    def __lt__(self, other):
        return "Base.__lt__"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"
    def __eq__(self, other):
        return "Sub.__eq__"
    def __gt__(self, other):
        return "Sub.__gt__"
print(Base(1) + Sub(2), Sub(2) + Base(1), Base(1) == Sub(2), Base(1) < Sub(2), Base(1) + Base(2))
class Other:
    def __radd__(self, other):
        return "Other.__radd__"
print(Base(1) + Other(), 1 + Other())
