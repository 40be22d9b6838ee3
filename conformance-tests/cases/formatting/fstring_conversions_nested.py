# f-string conversions combined with nested specs and expressions.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


value = 3.14159
width = 10
items = {"k": [1, 2]}
print(f"{value!r:>{width}}|{value!s:<{width}.4}|{value:{width}.{3}f}|{items['k'][1]:03d}|{items!r:.8}")
print(f"{'x'!a}{'é'!a}{'é'!r}{1+1!r}{[1, 'é']!a}", f"{'{'}{'}'}", f"{{{value:.1f}}}")
name = "Ada"
print(f"{name!r:^9}", f"{name.upper()!s:>5}", f"{len(name)=}", f"{name[::-1]=!s}", f"{name=:>5}")
