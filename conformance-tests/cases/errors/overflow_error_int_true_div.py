# int / int whose result is too large for a float.
2 ** 2000 / 3
