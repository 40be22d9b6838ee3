# bytes %-formatting: %s/%b with bytes-like and __bytes__, %r/%a, numeric conversions, %c, width
# and precision, mapping keys, and the errors (including str arguments, which bytes refuse).
class WithBytes:
    def __bytes__(self):
        return b'<wb>'
print(b'%s|%b|%5s|%-5b|%.2s' % (b'abc', bytearray(b'de'), b'x', b'y', b'long'))
print(b'%s %s' % (WithBytes(), b'ok'), b'%r %a' % ('é', b'\xff'), b'%d %i %u %x %X %o %e %f %g %%' % (1, 2, 3, 255, 255, 8, 1.5, 2.5, 3.5))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')), b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'%5.1f|%-6d|%+d|%05d|%#x|%#o' % (3.14159, 42, 5, -3, 255, 8))
print(b'%s' % memoryview(b'mv') if False else b'%s' % (b'mv',), b'' % (), b'no args' % (), b'%s' % [b'a'][0], b'%a' % 'x', b'%r' % b'q')
for fmt, args in ((b'%s', 'str'), (b'%b', 5), (b'%c', 256), (b'%c', b'ab'), (b'%c', 'a'), (b'%d', b'1'), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%(k)s', (b'a',)),
                  (b'%y', 1), (b'%', ()), (b'%(k)s', {'k': b'v'}), (b'%x', 1.5), (b'%d', '1')):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(bytearray(b'%d-%s') % (1, b'b'), type(bytearray(b'%s') % b'x').__name__, b'%s' % bytearray(b'ba'), b'%5b|' % b'r', b'%.0s|' % b'gone')
