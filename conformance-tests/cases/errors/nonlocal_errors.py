# conformance: full-stderr
def outer():
    value = 1
    def inner():
        print(value)
        nonlocal value
    return inner
