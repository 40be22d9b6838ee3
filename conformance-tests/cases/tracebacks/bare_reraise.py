# conformance: full-stderr
# A bare raise re-raises the handled exception with its original traceback.
try:
    int("x")
except ValueError:
    raise
