# A syntax error prevents the whole file from running, even the first print.
print("never printed")
x = 1 +
