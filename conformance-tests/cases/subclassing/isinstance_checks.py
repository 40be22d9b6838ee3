classes = {}
for base in (dict, list, tuple, str, int, float, set, frozenset, bytes, bytearray, complex):
    sub = type('My' + base.__name__.capitalize(), (base,), {})
    classes[base] = sub
    obj = sub()
    print(sub.__name__, type(obj) is sub, isinstance(obj, base), issubclass(sub, base), sub.__bases__ == (base,),
          obj.__class__ is sub, type(obj).__mro__[-2:] == (base, object), base.__name__ in repr(sub.__mro__), bool(obj), obj == base())

MyInt = classes[int]
print(isinstance(MyInt(1), (str, int)), isinstance(True, MyInt), issubclass(MyInt, (list, int)), issubclass(bool, MyInt))
print(isinstance(classes[list](), dict), isinstance(classes[dict](), classes[dict]), type(classes[str]('x')).__name__)
