# bytearray's mutating methods and item assignment.
def B(text):
    return text.encode("latin-1")


a = bytearray(B("hello"))
a[0] = 74
print(a)
a.append(33)
a.extend(B(" ok"))
a.extend([1, 2])
print(a)
a.insert(0, 62)
a.insert(-1, 0)
print(a, a.pop(), a.pop(0), a)
a.remove(108)
print(a)
a[1:3] = B("EE")
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
del a[0]
del a[1:3]
print(a)
a.reverse()
print(a, a.copy(), len(a))
a.clear()
print(a, len(a))
