# Errors around classes: bad bases, MRO conflicts, unhashable with __eq__, missing attributes.
class A:
    pass
class B(A):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("mro:", e)
class E:
    def __eq__(self, other):
        return True
try:
    hash(E())
except TypeError as e:
    print("hash:", e)
try:
    A().missing
except AttributeError as e:
    print("attr:", e)
try:
    A.missing
except AttributeError as e:
    print("class attr:", e)
class WithInit:
    def __init__(self):
        return 5
try:
    WithInit()
except TypeError as e:
    print("init:", e)
class Slotless:
    def method(self):
        return self
s = Slotless()
print(s.method() is s, Slotless.method(s) is s)
try:
    Slotless.method()
except TypeError as e:
    print("call:", e)
