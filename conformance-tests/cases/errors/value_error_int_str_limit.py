# CPython 3.11 refuses to convert ints of more than 4300 decimal digits to str.
big = 10 ** 5000
str(big)
