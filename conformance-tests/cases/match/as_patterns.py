# "as" binds the value that the inner pattern matched.
def show(value):
    match value:
        case [int() as first, *rest] as whole:
            print("ints", first, rest, whole)
        case (1 | 2 | 3) as small:
            print("small", small)
        case {"name": str() as name} as record:
            print("record", name, record)
        case str() | bytes() as text:
            print("text", text)
        case other:
            print("other", other)

show([1, 2, 3])
show(2)
show({"name": "Ada", "age": 36})
show("hi")
show(b"hi")
show(4.5)
