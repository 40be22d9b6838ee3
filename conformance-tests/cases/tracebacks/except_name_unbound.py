# conformance: full-stderr
# The name of an except clause is deleted when the clause ends.
try:
    1/0
except ZeroDivisionError as err:
    pass
print(err)
