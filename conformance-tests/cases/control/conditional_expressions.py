# Conditional expressions, and/or returning operands, truthiness of built-in values.
values = [0, 1, '', 'a', [], [0], {}, None, 0.0, -1, (), set(), range(0)]
print([bool(v) for v in values])
print([v or 'default' for v in (0, '', 'x')], [v and 'then' for v in (0, 'x')])
x = 5
print('big' if x > 3 else 'small', 'neg' if x < 0 else 'zero' if x == 0 else 'pos')
print(None or [] or 0, 1 and 2 and 3, (lambda: 'called')() if x else None)
print(not [], not [1], not None, 0 == False, '' == False, [] is not None)


def check(v):
    return 'truthy' if v else 'falsy'


print(list(map(check, [0, 1, 'a', ''])))
