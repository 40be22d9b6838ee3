# Ellipsis, bytes literals and imaginary literals.
def stub():
    ...
print(stub(), ..., Ellipsis, type(...).__name__, ... is Ellipsis)
data = b"GET /index.html\r\n\x00\xff"
print(data, len(data), data[0], data.split(b" "), data.decode("latin-1"))
z = 3 + 4j
print(z, abs(z), 2j * 2j, (1 - 1j).conjugate(), 1e3j)
class Protocol:
    def method(self): ...
print(Protocol().method())
x = [1, 2, 3]
print(x[...] if False else "skip")
