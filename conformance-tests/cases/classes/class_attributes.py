# Class attributes shared by instances until an instance assigns its own; mutable class attributes.
class Dog:
    kind = 'canine'
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)


a, b = Dog('a'), Dog('b')
a.add_trick('roll')
b.kind = 'wolf'
print(a.kind, b.kind, Dog.kind, a.tricks is b.tricks, Dog.tricks)
Dog.kind = 'changed'
print(a.kind, b.kind)
del b.kind
print(b.kind, sorted(vars(b)))
print(hasattr(a, 'name'), getattr(a, 'missing', 'default'), getattr(Dog, 'kind'))
setattr(a, 'name', 'renamed')
print(a.name, Dog.__name__, Dog.__qualname__, type(a).__name__, a.__class__ is Dog)
try:
    getattr(a, 'missing')
except AttributeError as e:
    print(e)
