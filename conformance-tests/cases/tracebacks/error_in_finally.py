# conformance: full-stderr
# An error in a finally body chains to the exception that was propagating.
def cleanup():
    undefined_thing

try:
    [1][5]
finally:
    cleanup()
