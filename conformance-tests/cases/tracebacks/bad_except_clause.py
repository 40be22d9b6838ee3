# conformance: full-stderr
# Matching against a non-exception class is itself an error, raised while handling.
try:
    pass
except 5:
    pass
print("no exception, no check")
try:
    1/0
except 5:
    pass
