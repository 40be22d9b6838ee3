# __new__ with extra arguments, attributes on the instance, __str__ used by print and format.
class Money(int):
    def __new__(cls, amount, currency='EUR'):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self

    def __str__(self):
        return f'{int(self)} {self.currency}'


m = Money(5, 'USD')
print(m, repr(m), m + 1, m.currency, '{}'.format(m), f'{m}', f'{m:>5}', f'{m!s}', str(m), '%s %d' % (m, m))
print(Money(7).currency, Money('12') * 2, [Money(1)], isinstance(m, int), int(m) == 5, m.__dict__)


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError('below absolute zero')
        return super().__new__(cls, degrees)

    def __repr__(self):
        return f'{float(self)}C'

    def to_f(self):
        return self * 9 / 5 + 32


t = Celsius(100)
print(t, repr(t), t.to_f(), type(t.to_f()).__name__, t + 1, t > 99, round(t), int(t), t.is_integer(), f'{t:.1f}')
try:
    Celsius(-300)
except ValueError as e:
    print('ValueError', e)
