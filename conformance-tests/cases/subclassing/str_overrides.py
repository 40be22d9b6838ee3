# Overridden __eq__, __hash__, __str__, __repr__, __add__ and __len__ on a str subclass.
class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.lower())


a = Caseless('Hello')
print(a == 'hello', 'HELLO' == a, a != 'HeLLo', a in ['hello'], {a: 1}.get(Caseless('HELLO')))
table = {Caseless('Key'): 'v'}
print(table[Caseless('KEY')], 'key' in table, Caseless('KEY') in table)


class Shown(str):
    def __str__(self):
        return '<' + self + '>'

    def __repr__(self):
        return 'Shown(' + str.__repr__(self) + ')'

    def __len__(self):
        return 99

    def __add__(self, other):
        return Shown(str.__add__(self, other) + '+')


s = Shown('x')
print(s, str(s), repr(s), [s], len(s), f'{s}', '{}'.format(s), '%s|%r' % (s, s), s + 'y', type(s + 'y').__name__)
print(bool(Shown('')), str.__len__(s), str.__str__(s))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


print(Upper('abc'), Upper('abc') == 'ABC', type(Upper('a')).__name__, Upper.__bases__)
