# str comparisons and membership by code point (not UTF-16 units), multiplication and
# concatenation rules, str() of numbers, str constructor forms and errors, and interning-free
# identity behaviour that programs observe through ==.
pairs = [('a', 'b'), ('B', 'a'), ('', 'a'), ('abc', 'abd'), ('ab', 'abc'), ('\uffff', '\U00010000'), ('é', 'z'), ('Z', 'a'), ('10', '9')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b, max(a, b) == b)
print('' in 'abc', 'bc' in 'abc', 'ca' in 'abc', '😀' in 'a😀b', '\ud83d' in '😀', 'A' in 'abc', 'abc'.__contains__('b'))
print(str(1), str(-0.0), str(1e16), str(1.5e-5), str(True), str(None), str([1, 'a']), str((1,)), str({'a': 1}), str(b'\x00'), str(1 + 0j), str(2 ** 64), str(float('-inf')))
print(str(b'abc', 'ascii'), str(b'\xe9', 'latin-1'), str(bytearray(b'xy'), 'utf-8'), str(object=5), str(), str(''), repr(str('q')), type(str(5)).__name__)
for f in (lambda: str(b'a', 5), lambda: str(5, 'utf-8'), lambda: str(1, 2, 3, 4), lambda: str(foo=1), lambda: 'a' * -1, lambda: 'ab' * True, lambda: 'a' * 2 ** 64 if False else 'a' * 0,
          lambda: 'a' + None, lambda: None + 'a', lambda: 'a' - 'a', lambda: 'a' / 2, lambda: -'a', lambda: 'abc'[5], lambda: 'abc'[-4], lambda: ''[0], lambda: 'ab'.__getitem__(slice(1, None))):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
words = ['b', 'A', 'a', 'B', '_', '1', ' ', 'é', 'É', 'ß']
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=str.upper), min(words), max(words))
s = 'x' * 3; t = 'xxx'; print(s == t, s + '' == t, ''.join(['x', 'x', 'x']) == t, hash(s) == hash(t), len({s, t}), {s: 1}[t])
print('abc' * 3, 3 * 'ab', 'ab' * 0, '' * 100, 'a' + 'b' + 'c', 'x'.__add__('y'), 'x'.__mul__(3), 'x'.__rmul__(2), 'a'.__add__(1) if False else 'skip')
print('%s' % 'x' == 'x', 'a' 'b', ('long '
      'concatenated'), f'{"nested"}' + 'x', 'tab\tend'.split('\t'), 'CamelCaseString'.swapcase(), 'ǈ'.lower(), 'ǈ'.upper(), 'ǈ'.title(), 'ﬀ'.title())
pair = 'a\U0001f600b\U0001f600'
hi, lo = chr(0xd83d), chr(0xde00)
print(hi in pair, lo in pair, pair.find(hi), pair.rfind(lo), pair.count(lo), pair.split(hi), pair.rsplit(lo), pair.replace(lo, 'X'), pair.partition(hi), pair.rpartition(lo))
print(pair.startswith('a' + hi), pair.endswith(lo), pair.removesuffix(lo) == pair, pair.removeprefix('a' + hi) == pair, pair.index('b'), ('x' + hi) in ('x' + hi + 'y'))
