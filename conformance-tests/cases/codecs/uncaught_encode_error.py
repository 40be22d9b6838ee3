# An uncaught UnicodeEncodeError prints CPython's message in the traceback.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def emit(text):
    return text.encode("ascii")


print(emit("fine"))
emit("na\u00efve")
