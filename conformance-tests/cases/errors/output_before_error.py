# conformance: full-stderr
# Output printed before an uncaught exception is all delivered, in order.
for i in range(3):
    print("line", i)
print("partial", end="")
int("oops")
