# int(None).
int(None)
