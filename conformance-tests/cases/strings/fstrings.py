# f-strings: conversions, format specs (nested), = specifier, __format__ of classes.
name = "world"
x = 3.14159
n = 42
items = [1, 2]
print(f"hello {name}!", f"{x:.2f}", f"{n:>6}|{n:<6}|{n:^6}|", f"{n:08b}", f"{name!r}", f"{items}")
print(f"{n * 2 = }", f"{x=:.1f}", f"{'nested ' + name}", f"{{literal}}", f"{n:{'>'}{10}}")
width = 12
print(f"{name:*^{width}}", f"{1/3:.3%}", f"{12345678:,}", f"{'é'!a}")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
print(f"{P():xyz}", format(P(), "q"))
