# CPython 3.11 suggests a close name in the NameError display (last line).
counter = 1
countr
