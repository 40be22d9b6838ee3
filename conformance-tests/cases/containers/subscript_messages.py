# Index and subscript error messages for every built-in sequence and non-subscriptable type.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# Operands come from variables: CPython warns at compile time about literal ones.
one_list, one_tuple, one_str, one_bytes, five, none, one_float = [1], (1,), 'a', b'a', 5, None, 1.5
t(lambda: [1][5])
t(lambda: (1,)[5])
t(lambda: 'a'[5])
t(lambda: b'a'[5])
t(lambda: bytearray(b'a')[5])
t(lambda: range(1)[5])
t(lambda: one_list['x'])
t(lambda: one_tuple['x'])
t(lambda: one_str['x'])
t(lambda: one_bytes[1.0])
t(lambda: range(3)[None])
t(lambda: five[0])
t(lambda: none[0])
t(lambda: set(one_list)[0])
t(lambda: {}.keys()[0])
t(lambda: len[0])
t(lambda: t.__call__[0] if False else len[1])
t(lambda: iter([])[0])
t(lambda: one_float[0])
t(lambda: {'a': 1}['b'])
t(lambda: {'a': 1}[['b']])
t(lambda: [1][10**30])
t(lambda: [1][-2])
t(lambda: [1, 2, 3][-3])
t(lambda: 'abc'[-4])
t(lambda: [[1, 2], [3]][1][1])
def assign(obj, key, value):
    obj[key] = value
    return obj
t(lambda: assign((1,), 0, 2))
t(lambda: assign('a', 0, 'b'))
t(lambda: assign(5, 0, 1))
t(lambda: assign(range(2), 0, 1))
t(lambda: assign(b'a', 0, 1))
t(lambda: assign(frozenset(), 0, 1))
t(lambda: assign([1], 3, 1))
t(lambda: assign(bytearray(b'a'), 0, 256))
t(lambda: assign(bytearray(b'a'), 0, 65))
def delete(obj, key):
    del obj[key]
    return obj
t(lambda: delete((1,), 0))
t(lambda: delete('a', 0))
t(lambda: delete([1], 1))
t(lambda: delete({}, 'k'))
t(lambda: delete([1, 2, 3], slice(None, None, 2)))
