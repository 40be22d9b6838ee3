# int() with a base needs a string.
int(5, 10)
