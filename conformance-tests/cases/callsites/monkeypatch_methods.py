# Method calls and attribute loads stay right when classes change after their call sites are warm.
class Base:
    def greet(self):
        return "base"

    def twice(self, x):
        return 2 * x


class Child(Base):
    pass


def call_greet(obj):
    return obj.greet()


def call_twice(obj, x):
    return obj.twice(x)


def warm(obj):
    r = None
    for _ in range(3000):
        r = call_greet(obj)
    return r


c = Child()
b = Base()
print(warm(c), warm(b))

# Replacing a method on the class itself.
Base.greet = lambda self: "patched base"
print(call_greet(c), call_greet(b))

# A subclass gains an override: only the subclass sees it.
def child_greet(self):
    return "child"
Child.greet = child_greet
print(warm(c), call_greet(b))

# Removing the override falls back to the base again.
del Child.greet
print(call_greet(c))

# setattr on the class, and a method with another arity.
setattr(Base, "twice", lambda self, x: 3 * x)
total = 0
for i in range(2000):
    total += call_twice(c, i)
print(total)
Base.twice = lambda self, x, y=10: x * y
print(call_twice(c, 4))

# An instance attribute shadows the class's method, until it is deleted.
c.greet = lambda: "instance"
print(call_greet(c), call_greet(Child()))
del c.greet
print(call_greet(c))

# A method removed from every class: AttributeError at the call site.
del Base.greet
try:
    call_greet(c)
except AttributeError as e:
    print("AttributeError:", e)
