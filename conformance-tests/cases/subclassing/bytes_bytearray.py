class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b'hi')
print(b, repr(b), b.hexed(), b[0], b[:1], type(b[:1]).__name__, type(b + b'!').__name__, b.upper(), type(b.upper()).__name__)
print(b == b'hi', hash(b) == hash(b'hi'), {b'hi': 1}[b], len(b), list(b), Blob(3), Blob([65, 66]), Blob(), bytes(b), type(bytes(b)).__name__)
print(b.decode(), Blob('é', 'utf-8'), b'-'.join([b, b]), b + b'!')


class Buffer(bytearray):
    def __init__(self, data=b'', *, tag=None):
        super().__init__(data)
        self.tag = tag


buf = Buffer(b'ab', tag='t')
buf.append(99)
buf.extend(b'de')
buf[0] = 65
print(buf, repr(buf), buf.tag, len(buf), bytes(buf), type(buf + b'x').__name__, type(buf[1:]).__name__, buf.decode())
print(Buffer(), Buffer(b'x') == b'x', isinstance(buf, bytearray))
try:
    hash(buf)
except TypeError as e:
    print('TypeError', e)
