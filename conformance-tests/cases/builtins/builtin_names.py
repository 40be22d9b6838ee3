# Builtins are ordinary names: a global def can shadow one.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
