# Nested replacement fields inside a format spec.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("{:{}}|".format("ab", 6), "{:{}{}}|".format("ab", ">", 6), "{0:{fill}{align}{width}}|".format("x", fill="*", align="^", width=7))
print("{:.{}f}".format(3.14159, 2), "{:{w}.{p}}".format(2.718281828, w=10, p=3), "{0:{1}}".format(255, "#x"))
w = 8
print(f"{'q':{w}}|", f"{3.14159:{w}.{2}f}|", f"{42:{'>'}{w}}|", f"{'x':{'*'}^{w}}")
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{:{}}".format(1))
