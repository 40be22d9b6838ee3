class P:
    def __init__(self, name, xs): self.name = name; self.xs = xs
    def __format__(self, spec):
        if spec == "short":
            return self.name[:2]
        return format(self.name, spec)
p = P("Alice", [1, 2])
print(f"{p:short} {p:>8}|", "{0.name} {0.xs[1]} {1[k]}".format(p, {"k": "v"}), format(p, "^9"))
w, prec = 10, 3
print(f"{3.14159:{w}.{prec}f}|{'x':{'*'}^{w}}|")
print("{:,.2f} {:_} {:e} {:.3g} {:g} {:%}".format(1234567.891, 10**6, 0.00012, 123456, 1e-7, 0.5))
print("{:+.1f} {: d} {:=+8d} {:#o} {:#b} {:X} {:c}".format(2.25, 5, -42, 8, 5, 255, 97))
print(f"{p.name=}", f"{1 + 1 = }", f"{p.xs!s:>10}", f"{'a' 'b'}", f"{3:{'>'}{5}}")
print("%-10s|%10.3f|%+d|%5.1e|%s" % ("left", 3.14159, 5, 12345.6789, [1, "a"]))
print("%s" % (1,), "%s" % [1, 2], "%d%%" % 50, "%.2s" % "abcdef", "%*d" % (5, 3), "%#x" % 255)
print("{} {}".format(*["a", "b"]), "{a}-{b}".format(**{"a": 1, "b": 2}), "{{}} {}".format(1))
print(format(1234.5, ",.1f"), format(0.000012345, ".2e"), format(42, "x"), format(3, "05"), format("s", "<3") + "|")
print(str(123).rjust(6, "0"), f"{-5:05d}", f"{5:+05d}", f"{1e21}", f"{1e-4:f}", f"{2**64:,}")
print(f"{True}", f"{True:d}", f"{None!r}", f"{[1, 'a']}", f"{(1,)}", f"{ {'a': 1} }")
print("{:>{w}}".format("r", w=5), "{0}{1}{0}".format("a", "b"), "{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5))
print(f"{12345.6789:.2f} {12345.6789:10.1f} {-0.0:.1f} {float('nan'):.2f} {float('inf'):>6}")
print(f"{'tab':\t>5}" if False else "skip", f"{'multi'}\n{'line'}")
print("a\tb".expandtabs(), "x".join("123"), "ab" * 3, 3 * "-", "abc"[::-1], "abcdef"[1:5:2], "abc"[5:], "abc"[-10:2])
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))
try:
    f"{5:q}"
except ValueError as e:
    print(e)
try:
    "%d" % "a"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
