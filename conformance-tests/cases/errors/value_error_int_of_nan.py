# int(nan): ValueError.
int(float("nan"))
