# An uncaught BufferError from resizing a bytearray that a live view still holds.
data = bytearray(b"payload")
view = memoryview(data)[2:]
print(bytes(view))
data.extend(b"more")
