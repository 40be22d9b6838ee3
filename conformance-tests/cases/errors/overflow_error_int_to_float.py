# An int too large for a float.
float(2 ** 1024)
