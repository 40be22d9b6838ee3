class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("Temperature below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def from_f(f):
        return Temperature((f - 32) * 5 / 9)
    @classmethod
    def zero(cls):
        return cls(0)

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
print(Temperature.from_f(212).celsius, Temperature.zero().celsius)
print(type(Temperature.__dict__['celsius']).__name__)
print(Temperature(-273.15).celsius)
Temperature().celsius = -500
