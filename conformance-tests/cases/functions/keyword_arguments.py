# Keyword arguments: any order, mixed with positional, defaults skipped, ** of a built dict.
def describe(name, kind='thing', *, size=1, color='grey'):
    return f'{name}: {kind}, size {size}, {color}'


print(describe('a'))
print(describe(color='red', name='b', size=3))
print(describe('c', 'box', color='blue'))
options = {'size': 9, 'color': 'green'}
print(describe('d', **options))
print(describe(*['e', 'crate'], **{'size': 2}))
for bad in [lambda: describe(), lambda: describe('x', name='y'), lambda: describe('x', 'y', 'z')]:
    try:
        bad()
    except TypeError as e:
        print(e)
