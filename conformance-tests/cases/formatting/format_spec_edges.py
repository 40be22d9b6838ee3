# format() and str.format and f-strings: fill/align/sign/#/0/width/grouping/precision for int,
# float, str, complex, None, bool; nested fields, conversions, attribute/index lookup and errors.
for v in (0, 7, -7, 255, 10 ** 10, True):
    print([format(v, s) for s in ('', 'd', '+d', ' d', '08d', '<6', '^7', '>+6', 'x', '#X', '#o', 'b', '#b', ',', '_', '_x', 'c' if 0 <= v < 1000 else 'd', 'n', '=+8', '*^9,', 'e', '.2%', 'g', '010.3f')])
for v in (0.0, -0.0, 1.5, -1234.5678, 1e-7, 1e22, float('inf'), float('nan'), 2.5, 1 / 3):
    print([format(v, s) for s in ('', 'f', '.0f', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '+', ' ', '010.2f', '<10', '^10.1f', ',.2f', '_g', '#.0f', '#g', 'n', '.10', '-08.2f')])
for v in (1 + 2j, -1.5 - 0j, 0j, 1e20j, complex(float('nan'), 1)):
    print([format(v, s) for s in ('', '.2f', '>20', '+g', 'e', '^30.3e', '.1')])
for v in ('abc', '', 'é😀'):
    print([format(v, s) for s in ('', '5', '<5', '>5', '^6', '*^7', '.2', '10.1', 's')])
print('{0}{1}{0}'.format('a', 'b'), '{}{}'.format(1, 2), '{x}-{y[0]}-{z.real}'.format(x=1, y=[2], z=3j), '{0!r:>6}|{0!s}|{0!a}'.format('é'), '{:{w}.{p}f}'.format(3.14159, w=10, p=3))
print('{{}} {0[a]} {0[1]}'.format({'a': 'A', 1: 'one'}), '{:%Y}'.format(type('D', (), {'__format__': lambda s, spec: 'D:' + spec})()), format(None), format(None, ''), '{!r}'.format(None))
w = 7; x = 3.14159; n = 'nm'
print(f'{x:.2f}|{x:{w}.3}|{n!r}|{n:>{w}}|{w:#x}|{w=}|{x = :.1f}|{ {1: 2}[1] }|{"q"}|{3+4}|{w!r:>4}')
for spec, v in (('d', 1.5), ('s', 1), ('x', 'a'), ('.2f', 'a'), (',s', 'a'), ('=5', 'a'), ('c', -1), ('c', 1.5), ('+s', 'a'), ('#s', 'a'), ('0s', 'x'),
                ('z', 1), ('.2d', 5), ('_,', 5), (',_', 5), ('#c', 65), ('n,', 5), ('%', 'a'), ('b', 1.0), ('', object)):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for fmt, args in (('{', ()), ('}', ()), ('{0}{}', (1, 2)), ('{}{0}', (1, 2)), ('{2}', (1,)), ('{a}', ()), ('{0.nope}', (1,)), ('{0[5]}', ([1],)), ('{!x}', (1,)),
                  ('{:d}', ('a',)), ('{0:{1}}', (1, 'zz')), ('{0[}', (1,)), ('{:>{}}', (1,))):
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print('%5s|%-5s|%05d|%+.2f|%x|%X|%#o|%e|%g|%c|%%|%r|%a|%i|%u' % ('a', 'b', 42, 3.14159, 255, 255, 8, 12345.678, 0.00001, 'z', 'x', 'é', 3, 4))
print('%(a)s-%(b)03d' % {'a': 'A', 'b': 7}, '%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%s' % ((1, 2),), '%s %s' % (1, 2), '%.3s' % 'abcdef', '%c' % 65, '%5.1f%%' % 99.44)
for fmt, args in (('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 5), ('%c', 'ab'), ('%c', -1), ('%d', None), ('%', ()), ('%(a', {'a': 1}), ('%x', 1.5), ('%*d', ('a', 1))):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
