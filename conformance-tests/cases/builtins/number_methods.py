# Methods and attributes of numbers, dict.popitem/fromkeys, range attributes, object's dunders called on built-in values.
print((5).__repr__(), "x".__str__(), (7).__hash__() == hash(7), (1).__eq__(1))
print((255).bit_length(), (-8).bit_count(), (10).real, (10).imag, (3).numerator, (3).denominator, (4).conjugate())
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (2.5).real, (1.5).imag)
r = range(2, 20, 3)
print(r.start, r.stop, r.step)
d = {"a": 1, "b": 2}
print(d.popitem(), d, dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
