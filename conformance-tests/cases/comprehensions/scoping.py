# Comprehensions have their own scope: loop variables do not leak, the first iterable is
# evaluated outside, class bodies are not enclosing scopes, closures capture per scope.
x = 'outer'
squares = [x * x for x in range(5)]
print(squares, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        broken = [v * factor for v in values for factor in [values[0]]]
    except NameError as e:
        error = str(e)


print(C.doubled, C.error)


def outer():
    n = 10
    return [n + i for i in range(3)], {i: n for i in range(2)}, {n - i for i in range(2)}


print(outer())
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip('abc', range(3)) if v}, sorted({c.upper() for c in 'hello'}))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
