# In a chained comparison each operand is evaluated at most once, and evaluation
# stops at the first false link.
def val(label, v):
    print("eval", label)
    return v

print(val("a", 1) < val("b", 2) < val("c", 3))
print("--")
print(val("a", 1) < val("b", 0) < val("c", 3))
print("--")
print(val("a", 5) > val("b", 4) > val("c", 3) > val("d", 2))
print("--")
print(val("a", 1) == val("b", 1) != val("c", 1))
