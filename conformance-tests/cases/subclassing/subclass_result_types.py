# Operations on instances of built-in subclasses return the base type (CPython never keeps the
# subclass), except the classmethods that construct through cls; reprs and truth come from the
# base unless overridden.
class I(int): pass
class F(float): pass
class C(complex): pass
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class L(list): pass
class T(tuple): pass
class D(dict): pass
class ST(set): pass
class FS(frozenset): pass
i, f, c, s, b = I(5), F(2.5), C(1, 2), S('ab'), B(b'xy')
def tn(v):
    return type(v).__name__
print([tn(v) for v in (i + 1, 1 + i, -i, abs(i), i * i, i // 2, i % 3, i ** 2, i << 1, ~i, i & 1, +i, round(i), int(i), i.conjugate(), i.real, divmod(i, 2)[0])])
print([tn(v) for v in (f + 1, -f, abs(f), f * 2, f // 1, round(f, 1), float(f), f.real, f.conjugate(), +f, F.fromhex('0x1p1'), F.fromhex('1.8'), f.__round__())])
print([tn(v) for v in (c + 1, -c, c * c, c.conjugate(), complex(c), +c, c.real)])
print([tn(v) for v in (s + 'c', s * 2, s[0], s[:], s.upper(), s.strip(), str(s), s.replace('a', 'a'), s.join(['1', '2']), format(s), s.center(2), s.zfill(1), s.split()[0])])
print([tn(v) for v in (b + b'!', b * 2, b[:1], b.upper(), bytes(b), b.strip(), B.fromhex('ff'), b.replace(b'x', b'x'), b.split()[0], BA(b'q') + b'', BA(b'q').copy(), BA.fromhex('00'), BA(b'ab')[:1])])
print([tn(v) for v in (L([1]) + [2], L([1]) * 2, L([1, 2])[:1], L([1]).copy(), list(L()), T((1,)) + (2,), T((1, 2))[:1], T() * 2, tuple(T()), D(a=1).copy(), D(a=1) | {}, {} | D(), ST({1}) | {2}, ST({1}).copy(), ST({1}) - set(), FS({1}) | {2}, FS().copy(), FS([1]) & {1}, dict.fromkeys('a'), D.fromkeys('a'))])
print(repr(i), repr(f), repr(c), repr(s), repr(b), repr(BA(b'z')), repr(L([1])), repr(T((1,))), repr(D(a=1)), repr(ST({1})), repr(FS({2})), str(i), str(f), bool(I(0)), bool(F(0.0)), bool(S('')), bool(L()))
print(B.fromhex('6162'), BA.fromhex('63'), type(F.fromhex('0x1p-1')).__name__)
print(i == 5, hash(i) == hash(5), f == 2.5, s == 'ab', hash(s) == hash('ab'), L([1]) == [1], T((1,)) == (1,), D(a=1) == {'a': 1}, ST({1}) == {1}, FS({1}) == frozenset({1}), {i: 'x'}[5], {s: 1}['ab'])
print(isinstance(i, int), isinstance(True, I), issubclass(I, int), I.__mro__, I.__base__ is int, type(I(3) + I(4)) is int, I(7).__class__.__name__, I('12', 3), F('1.5'), S(5), B(3), L('ab'), T('ab'), D([(1, 2)]), ST('aa'), FS('ba') == {'a', 'b'})
class K(int):
    def __add__(self, other):
        return K(int(self) + int(other) + 100)
    def __repr__(self):
        return 'K(%d)' % int(self)
print(K(1) + 1, 1 + K(1), K(1) + K(2), sum([K(1), 2], K(0)), K(5) - 1, [K(3)], f'{K(3)}', '%d' % K(3), str(K(3)))
