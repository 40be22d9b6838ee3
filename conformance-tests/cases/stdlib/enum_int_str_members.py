# IntEnum, IntFlag and StrEnum members are real ints and strs (CPython 3.11): arithmetic,
# isinstance, hashing, indexing, %-formatting, format() and str() follow the data type, repr()
# the enum; a plain (int, Enum) mixin keeps the enum's str() and format().
import enum
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3
r = Color.RED
print(repr(r), str(r), f'{r}', f'{r:>4}', '%d' % r, '%s' % r, '%r' % r, format(r, 'x'), '{}'.format(r))
print(isinstance(r, int), r + 1, type(r + 1).__name__, r * 2, -r, abs(r), r == 1, r < 2, hash(r) == hash(1), int(r), float(r))
print(type(r).__mro__)
print(r.value, r.name, Color(2), Color['BLUE'], list(Color), len(Color), Color.GREEN in Color)
print({1: 'a'}[r], [10, 20, 30][r], bin(r), hex(r), r.bit_length(), r.real, r.numerator, sorted([Color.BLUE, 0, Color.RED]))
print(str(Color), repr(Color), Color.__members__)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), f'{rw}', rw + 0, type(rw).__name__, rw == 6, Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)))
print(repr(~Perm.R), repr(Perm.R | 8), repr(Perm(9)), repr(rw & 2), repr(rw ^ Perm.R), repr(4 | Perm.X), isinstance(rw, int), '%d' % rw, format(rw, '03d'))
print(repr(Perm.R | 1), Perm.R + Perm.W, type(Perm.R + Perm.W).__name__)
class Sx(enum.StrEnum):
    A = 'alpha'
    B = enum.auto()
print(repr(Sx.A), str(Sx.A), f'{Sx.A}', Sx.A + '!', Sx.A.upper(), isinstance(Sx.A, str), Sx.A == 'alpha', len(Sx.A), Sx.B, repr(Sx.B), hash(Sx.A) == hash('alpha'), '%s' % Sx.A, Sx('alpha'))
class Mixed(int, enum.Enum):
    ONE = 1
print(repr(Mixed.ONE), str(Mixed.ONE), f'{Mixed.ONE}', Mixed.ONE + 1, '%d' % Mixed.ONE, format(Mixed.ONE, ''))
class F(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()
print(repr(F.A | F.B), str(F.A | F.B), repr(~F.A), repr(F(0)), list(F), F.A in (F.A | F.C))
try: Color(7)
except ValueError as e: print(e)
try: Sx('zzz')
except ValueError as e: print(e)
try: Perm('a')
except ValueError as e: print(e)
class Shape(enum.IntEnum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape(2), max(Shape), sum(Shape), Color.RED == Shape.DIAMOND)
print(enum.IntEnum('Dyn', 'a b c').b + 10, repr(enum.IntEnum('Dyn', 'a b c').c))


class Http(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404


d = {200: 'fine', Http.NOT_FOUND: 'missing'}
print(d[Http.OK], d[404], Http.OK in {200}, 404 in {Http.NOT_FOUND}, Http.OK // 3, Http.OK / 8, divmod(Http.NOT_FOUND, 100))
print('{:>6}|{:<6}|{:^7}|{:+d}|{:x}|{:,}'.format(Http.OK, Http.OK, Http.NOT_FOUND, Http.OK, Http.NOT_FOUND, Http.OK * 1000))
print('%5d|%-5s|%r|%x|%o|%.1f' % (Http.OK, Http.OK, Http.OK, Http.OK, Http.OK, Http.OK))
print(Http.OK.to_bytes(2, 'big'), Http.OK.conjugate(), round(Http.OK, -2), type(round(Http.OK)).__name__, type(int(Http.OK)).__name__)
print(str(Http.OK).zfill(5), Http(200) is Http.OK, Http.OK.name.lower(), sorted(Http, reverse=True), max(Http.OK, 300))
print(Http.OK == Color.RED, Http.OK != 200, Http.OK < Http.NOT_FOUND, isinstance(Http.OK, Http), issubclass(Http, int))


class Level(enum.StrEnum):
    LOW = enum.auto()
    HIGH = 'HI'


print([str(x) for x in Level], Level.LOW.capitalize(), Level.HIGH.lower(), 'x' + Level.HIGH, Level.LOW * 2, Level('low') is Level.LOW)
print(Level.HIGH.startswith('H'), '-'.join(Level), '{0}/{0!r}/{0!s}'.format(Level.LOW), {Level.LOW: 1}['low'], Level.HIGH in 'xHIx')
try:
    class Bad(enum.StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)
