# conformance: full-stderr
# raise ... from None hides the context.
try:
    raise ValueError("a")
except ValueError as e:
    raise TypeError("b") from None
