# An uncaught UnicodeDecodeError prints CPython's message in the traceback.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = b"ok \xc3\x28 broken"
print(data[:3].decode())
data.decode("utf-8")
