# and/or evaluate the right operand only when needed.
def side(label, v):
    print("eval", label)
    return v

print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 2))
print(side("a", 1) or side("b", 2))
print(side("a", 0) or side("b", 2))
print(side("a", 0) or side("b", 0) or side("c", 3))
print(side("a", 1) and side("b", 0) and side("c", 3))
