# int() base out of range.
int("10", 1)
