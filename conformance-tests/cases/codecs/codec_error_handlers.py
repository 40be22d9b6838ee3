# str.encode and bytes.decode with utf-8, ascii and latin-1 under each error handler, the
# UnicodeError messages and attributes, BOM-free utf-16/32, and round trips of odd text.
text = 'aé€😀\udcff'
for enc in ('utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-32-be'):
    for err in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass'):
        try:
            print(enc, err, text.encode(enc, err))
        except (UnicodeEncodeError, LookupError) as e:
            print(enc, err, type(e).__name__ + ':', e)
raw = b'a\xc3\xa9\xff\xe2\x82\x80\xed\xb3\xbfz'
for enc in ('utf-8', 'ascii', 'latin-1'):
    for err in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape'):
        try:
            print(enc, err, ascii(raw.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, 'UnicodeDecodeError:', e, e.start, e.end, e.reason)
print('é'.encode(), 'é'.encode('UTF8'), 'é'.encode('Latin1'), 'é'.encode('iso-8859-1'), 'x'.encode('US-ASCII'), b'\xe9'.decode('l1'), str(b'\xc3\xa9', 'utf-8'), str(b'ab', encoding='ascii'))
for f in (lambda: 'a'.encode('nope'), lambda: b'a'.decode('nope'), lambda: 'a'.encode('utf-8', 'nope'), lambda: b'\xff'.decode('utf-8', 'nope'), lambda: str(b'a', 'utf-8', 'strict', 'x'),
          lambda: str('a', 'utf-8'), lambda: 'a'.encode(errors=5), lambda: b'\xf0\x9f\x98'.decode(), lambda: b'\xc0\x80'.decode(), lambda: '\ud800'.encode(), lambda: b'\xed\xa0\x80'.decode()):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for s in ('', 'plain', '\x00\x7f\x80\xff', '\u0100\uffff', '\U00010000\U0010ffff'):
    for enc in ('utf-8', 'utf-16', 'utf-32', 'utf-16-be', 'utf-32-le'):
        b = s.encode(enc)
        print(enc, len(b), b.decode(enc) == s)
