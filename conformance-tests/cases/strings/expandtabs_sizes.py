# expandtabs with different tab sizes and line resets.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a\tbc\tdef\tg\nh\ti\rj\tk"
for n in (8, 4, 1, 0, -1, 3):
    print(n, repr(s.expandtabs(n)))
print(repr("\t".expandtabs()), repr("😀\t".expandtabs(4)), repr("12345678\t".expandtabs()), repr("".expandtabs()))
print(repr("x\ty".expandtabs(tabsize=2)))
t(lambda: "\t".expandtabs("4"))
t(lambda: "\t".expandtabs(4, 5))
