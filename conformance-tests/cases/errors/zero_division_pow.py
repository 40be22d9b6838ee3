# 0 ** -1 is a ZeroDivisionError.
0 ** -1
