# pass as an empty body in if, loops and functions.
if True:
    pass
for i in range(3):
    pass
print(i)

def nothing():
    pass

print(nothing())
