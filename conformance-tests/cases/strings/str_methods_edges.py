# str methods at their edges: negative/None bounds, empty separators, tuples of prefixes,
FLOAT_KEY, STR_KEY = 1.5, 'x'
# unicode case rules, whitespace definitions, and the errors of wrong argument types.
s = 'Hello, World! hello'
print(s.find('l', -5), s.find('l', None, None), s.rfind('l', 0, -3), s.count('l', 3, None), s.count(''), ''.count(''), 'abc'.count('', 1, 2))
print(s.index('o', 5), s.rindex('o'), s.startswith(('x', 'He')), s.endswith(('lo', 'x'), 0, 5), s.startswith('', 100), 'abc'.endswith('', 3))
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split('l'), s.split('l', 2), s.rsplit('l', 2), 'a,b,,c,'.split(','), ''.split(), ''.split(','))
print('  a  b  '.split(' '), '\u2003a\u00a0b\x1cc\x85d'.split(), 'a\r\nb\rc\nd\x0be\x0cf\x1cg\u2028h'.splitlines(), 'x\r\n'.splitlines(True))
print('ß'.upper(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ǅ'.title(), 'ǆa'.capitalize(), 'ΣΑΣ'.lower(), 'σς'.upper(), 'ß'.casefold(), 'straße'.swapcase())
print('hello world foo'.title(), "they're bill's".title(), 'a1b2 c3'.title(), 'ABC def'.swapcase(), 'mIxEd'.capitalize(), ' lead'.capitalize())
print('abc'.center(8, '*'), 'abc'.center(7), 'ab'.center(5, 'x'), 'abc'.ljust(2), '-42'.zfill(6), '+4'.zfill(4), 'abc'.zfill(5), ''.zfill(3), '\t1\t22\t333'.expandtabs(4), 'a\tb'.expandtabs(0))
print('  xx  '.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'), 'hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removesuffix(''))
print('a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), 'abc'.partition('x'), 'abc'.rpartition('x'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'aaa'.replace('a', '', -1))
print('123'.isdigit(), '½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal(), 'abc'.isidentifier(), '1a'.isidentifier(), ''.isalpha(), ' \t'.isspace(), 'Ab Cd'.istitle(), 'é'.isascii(), '\x7f'.isprintable(), 'A1'.isalnum(), 'ǅ'.istitle())
print(','.join(['a', 'b']), ''.join([]), 'x'.join('abc'), str.join('-', ('1', '2')), 'abc'.translate({97: 'X', 98: None}), 'abc'.translate(str.maketrans('ab', 'xy', 'c')), str.maketrans({'a': 1}))
for f in (lambda: ','.join(['a', 1]), lambda: 'a'.find(1), lambda: 'a'.split(''), lambda: 'a'.strip(1), lambda: 'a'.center(5, 'xy'),
          lambda: 'a'.startswith(['a']), lambda: 'a'.replace('a'), lambda: 'abc'.index('z'), lambda: 'abc'.rindex('z'),
          lambda: str.maketrans('ab', 'x'), lambda: str.maketrans(1), lambda: 'a'.zfill('3'), lambda: 'a'.expandtabs('x'),
          lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' < 1, lambda: 'abc'[FLOAT_KEY], lambda: 'abc'[STR_KEY], lambda: 'a'.encode('nope'),
          lambda: 'é'.encode('ascii'), lambda: 'a'.join(x for x in [b'b', b'c']), lambda: 'x'.ljust(-1), lambda: 'ab'.split(None, 'x')):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print('%s|%r|%a' % ('é', 'é', 'é'), ascii('\u20ac\U0001f600'), repr('\x00\x7f\u200b\ud800'), repr("'\""), repr("'"), repr('"'), str(b'x'), 'ab' * 0, 'ab' * -3, 3 * 'ab')
print('abcdef'[::-2], 'abcdef'[-100:100], 'abcdef'[4:1], 'abcdef'[1:-1:2], '😀a😀'[1], len('😀'), '😀'.encode('utf-16-le'), 'a😀b'[::-1], ord('😀'), chr(0x10FFFF) == '\U0010ffff')
