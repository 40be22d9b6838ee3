# UnicodeEncodeError carries the codec, the text, the failing range and the reason.
def show(e):
    print(type(e).__name__, "|", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)


for s, enc in (("aé", "ascii"), ("ab日本c", "ascii"), ("x😀", "latin-1"), ("\ud800", "utf-8"), ("éé", "ascii")):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        show(e)
        print(isinstance(e, UnicodeError), isinstance(e, ValueError), UnicodeEncodeError.__mro__[1].__name__)
