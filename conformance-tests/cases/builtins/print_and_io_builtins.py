# print() keywords and their errors, input()-free I/O builtins, repr/str/ascii of odd strings,
# and print's handling of objects whose __str__ fails or returns a non-str.
import sys
print('a', 1, None, [1], sep=', ', end='.\n')
print('no newline', end='')
print(' then newline')
print('x', 'y', sep='')
print('multi\nline', 'tab\there')
print(file=sys.stdout)
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*'abc', sep='|')
print(end='')
print()
for kwargs in ({'sep': 5}, {'end': 5}, {'file': 5}, {'bad': 1}, {'flush': 'yes'}):
    try:
        print('x', **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', e)
class BadStr:
    def __str__(self):
        return 5
class RaisesStr:
    def __str__(self):
        raise RuntimeError('no str for you')
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
for obj in (BadStr(), RaisesStr()):
    try:
        print(obj)
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(ReprOnly(), str(ReprOnly()), [ReprOnly()], '%s' % ReprOnly(), f'{ReprOnly()}', format(ReprOnly()), '{}'.format(ReprOnly()))
try:
    format(ReprOnly(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(repr('\t\n\r\x0b\x0c\\'), repr('\x1b[0m'), repr('\u00ad\u0378\u2029'), ascii('\U0001f600\x80'), str('\u00e9'), repr('a\'b"c'), repr(b'\t\x80\\'))
sys.stdout.write('written\n')
print(sys.stdout.write('abc'), '<- count')
sys.stderr.write('err line\n')
