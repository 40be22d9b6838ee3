# int(inf): OverflowError.
int(float("inf"))
