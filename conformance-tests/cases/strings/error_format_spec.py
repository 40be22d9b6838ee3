# An invalid format code raises CPython's ValueError.
print(format(3, "x"))
print(format("text", "d"))
