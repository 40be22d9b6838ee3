# int % 0 (CPython 3.11 message).
7 % 0
