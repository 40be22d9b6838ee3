# str.format with keyword fields and mixing with positional ones.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("{name} is {age}".format(name="Ada", age=36), "{a}{0}{b}".format("-", a="A", b="B"))
print("{x}{x}".format(x="dup"), "{_}{a1}".format(_="u", a1="n"), "{é}".format(**{"é": "accent"}))
t(lambda: "{name}".format())
t(lambda: "{name}".format("pos"))
t(lambda: "{0}".format(name=1))
print("{ }".format(**{" ": "space"}), "{0:}{a:}".format(1, a=2))
