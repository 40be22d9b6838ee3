# Bound and unbound methods: identity, __self__, __func__, calling through the class.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting='hello'):
        return f'{greeting}, {self.name}'


g = Greeter('ann')
m = g.greet
print(m(), m('hi'), Greeter.greet(g, 'hey'), m.__self__ is g, m.__func__ is Greeter.greet)
print(m == g.greet, m is g.greet, type(m).__name__)
callbacks = [Greeter(n).greet for n in 'xyz']
print([cb() for cb in callbacks])
try:
    Greeter.greet()
except TypeError as e:
    print(e)
