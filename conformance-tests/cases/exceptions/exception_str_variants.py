# str() of exceptions holding non-string arguments and of classes overriding __str__ and __repr__.
for args in [([1, 2],), ({'k': 'v'},), (3.5,), (None,), (b'bytes',), ('multi\nline',), ('',), ((),), ('a', ['b'])]:
    e = ValueError(*args)
    print(repr(str(e)), repr(e))
class Loud(Exception):
    def __str__(self):
        return super().__str__().upper()
class Quiet(Exception):
    def __repr__(self):
        return 'Quiet!'
print(str(Loud('hey')), repr(Loud('hey')), str(Quiet('q')), repr(Quiet('q')), [Quiet('x')])
print(str(KeyError('k')), str(KeyError()), str(KeyError(None)), str(KeyError('a', 'b')))
print(str(StopIteration(5)), str(SystemExit('bye')), str(OSError(2, 'gone')), str(UnicodeError('u')))
print(f'{ValueError("in f-string")}', '%s' % TypeError('in percent'), '{}'.format(IndexError('in format')))
