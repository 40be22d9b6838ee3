# None + int names NoneType.
x = None
x + 1
