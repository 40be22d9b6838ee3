# bytes and bytearray: constructors, methods on ints and bytes arguments, mutation, errors.
print(bytes(3), bytes([1, 255]), bytes(b'ab'), bytes('é', 'utf-8'), bytes(bytearray(b'x')), bytes(range(3)), bytearray(2), bytearray('ab', 'ascii'))
for args in ((-1,), ([256],), ('abc',), ([1.5],), (1.5,), ('a', 'nope'), (b'a', 'utf-8'), (None,)):
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
b = b'hello world'
print(b.find(b'o'), b.find(111), b.rfind(b'o', 0, 5), b.count(b'l'), b.count(108), b.index(b'w'), b.startswith((b'x', b'he')), b.replace(b'l', b'L', 2), b.split(), b.split(b'o'), b.rsplit(None, 1))
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b.center(15, b'*'), b.zfill(13), b.strip(b'hd'), b.partition(b' '), b.hex(), b.hex(':'), b.hex('-', 3), bytes.fromhex('de ad BE EF'), b.isalpha(), b'12'.isdigit())
print(b[0], b[-1], b[1:3], b[::-3], list(b[:3]), 104 in b, b'lo' in b, b + b'!', b * 2, b'%d-%s-%r-%x' % (5, b'x', b'y', 255), b'%c%c' % (65, b'B'), b'a\x00\xff\n'.decode('latin-1'))
ba = bytearray(b'abc')
ba[0] = 120; ba[1:2] = b'YZ'; ba += b'!'; ba.append(33); ba.extend([34, 35]); ba.insert(0, 64); del ba[-1]
print(ba, ba.pop(), ba.pop(0), ba, len(ba), ba.find(b'Z'), ba.reverse(), ba, ba.remove(33), ba, ba.copy(), ba == b'#!cZYx', ba.hex())
ba2 = bytearray(b'0123456789'); ba2[::2] = b'abcde'; print(ba2); del ba2[::3]; print(ba2); ba2[2:5] = []; print(ba2); ba2 *= 2; print(ba2); ba2.clear(); print(ba2)
for f in (lambda: b'a' + 'b', lambda: 'b' + b'a', lambda: b'abc'[5], lambda: b'abc'.index(b'z'), lambda: bytearray(b'a').pop(5), lambda: bytearray().pop(),
          lambda: bytearray(b'a').remove(5), lambda: bytearray(b'a').__setitem__(0, 256), lambda: bytearray(b'a').__setitem__(0, b'x'), lambda: b'a'.decode('ascii', 'bad'),
          lambda: b'\xff'.decode('utf-8'), lambda: b'\xff'.decode('ascii'), lambda: bytes.fromhex('abc'), lambda: bytes.fromhex('zz'), lambda: b'a'.join([b'x', 'y']),
          lambda: b'a'.split(b''), lambda: b'a'.center(3, b'xy'), lambda: b'a'.replace('a', 'b'), lambda: b'abc'.find('a'), lambda: hash(bytearray()),
          lambda: bytearray(b'ab')[0:1].__setitem__(slice(0, 2, 2), b'xy'), lambda: b'a' < 'a', lambda: b'%d' % 'x', lambda: b'%s' % 'x', lambda: 5 in b'abc' and 300 in b'abc'):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(b'\xff\xfe'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), b'\xe9'.decode('latin-1').encode('utf-8'), 'aé€'.encode('ascii', 'replace'), 'aé'.encode('ascii', 'ignore'), 'é'.encode('latin-1'))
print(hash(b'abc') == hash(b'abc'), b'abc' == bytearray(b'abc'), b'abc' < b'abd', bytearray(b'z') > b'a', sorted([b'b', b'a', b'ab']), repr(bytearray(b"'\"")), repr(b"'"), repr(b'"\''))
