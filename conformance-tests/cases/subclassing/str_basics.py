# A str subclass is a str; str's methods give plain strs.
class Name(str):
    def greet(self):
        return 'Hello, ' + self + '!'


n = Name('ada')
print(n, repr(n), n.greet(), type(n.greet()).__name__, len(n), n[0], type(n[0]).__name__)
for r in (n.upper(), n.strip(), n + 'x', 'x' + n, n * 2, n[:], n.replace('z', 'y'), f'{n}', str(n), n.lower(), '%s' % n):
    print(repr(r), type(r).__name__)
print(n == 'ada', 'ada' == n, hash(n) == hash('ada'), {n: 1}['ada'], {'ada': 2}[n], n in ['ada'], 'd' in n)
print('-'.join([n, Name('b')]), n.split('d'), sorted([Name('b'), n]), n.startswith('a'), n.isidentifier())
print(isinstance(n, str), type(n) is Name, Name(), repr(Name()), Name(12), Name(b'x'), Name([1]))
n.extra = 1
print(n.extra, n.__dict__)
print(format(n, '>6'), '{:*^7}'.format(n), f'{n!r}', int(Name('42')) + 1, float(Name('1.5')))
