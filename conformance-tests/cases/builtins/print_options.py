# print with sep=, end=, file=sys.stderr and flush=, and the argument errors.
import sys
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('a', 'b', sep=None)
print('no newline', end='')
print(' <- joined', end='!\n')
print('x', end=None)
print()
print(sep='ignored')
print(1, 2.5, None, [1], {'k': 'v'}, sep=' | ')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('stdout explicitly', file=sys.stdout)
print('both', 'ways', sep='\n', file=sys.stderr, flush=True)
print('file none', file=None)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print('x', sep=1))
t(lambda: print('x', end=2))
t(lambda: print('x', file=5))
t(lambda: print('x', bogus=1))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('into', 'object', sep='_', end='$', file=w)
print(w.parts)
class S:
    def __str__(self):
        return 'custom str'
print(S(), S(), sep=', ')
sys.stdout.write('written directly\n')
sys.stderr.write('stderr directly\n')
