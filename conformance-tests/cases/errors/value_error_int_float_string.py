# int() does not accept a float literal string.
int("1.5")
