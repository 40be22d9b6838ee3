# Width and precision numbers: big values, leading zeros and limits.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(format("a", "010")), repr(format(1, "010")), repr(format(1.5, "0010.02f")), repr(format(5, "00")))
print(len(format("x", "1000")), len(format(1.5, ".300f")), format(1e-300, ".3e"), format(2**200, "e"))
print(format(1/3, ".16g"), format(1/3, ".17g"), format(1/3, ".40g"), format(2.5, ".100g"))
t(lambda: format(1, "9" * 30))
t(lambda: format(1.5, "." + "9" * 30))
