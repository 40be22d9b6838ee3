# Mixing automatic and manual field numbering is a ValueError.
print("{} {}".format(1, 2))
print("{0} {}".format(1, 2))
