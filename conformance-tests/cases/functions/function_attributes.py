# Function objects: names, qualnames, defaults, annotations-free signatures, attributes.
def outer(a, b=2, *args, c=3, **kw):
    "Outer doc."
    def inner():
        pass
    return inner


inner = outer(1)
print(outer.__name__, outer.__qualname__, inner.__qualname__, outer.__doc__, inner.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__module__)
outer.counter = 0
outer.counter += 1
print(outer.counter, outer.__dict__)
renamed = outer
renamed.__name__ = 'renamed'
print(outer.__name__, callable(outer), callable(42))


class K:
    def method(self):
        pass

    class Nested:
        def deep(self):
            pass


print(K.method.__qualname__, K.Nested.deep.__qualname__, K().method.__name__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
