# open(): text (UTF-8, universal newlines) and binary files, written under /tmp and read back.
BASE = '/tmp/terrarium_case_open_'

with open(BASE + 'crlf.txt', 'wb') as f:
    f.write(b'line one\r\nline two\rline three\nlast without newline')
with open(BASE + 'utf8.txt', 'w') as f:
    print(f.write('caf\u00e9\n'), f.write('na\u00efve\n'))

with open(BASE + 'utf8.txt') as f:
    print(repr(f.read()))
with open(BASE + 'utf8.txt') as f:
    print(f.readline(), end='')
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline()))
with open(BASE + 'crlf.txt') as f:
    print([line for line in f])
with open(BASE + 'crlf.txt', 'rb') as f:
    print(f.read(5), f.readline(), f.readlines())
with open(BASE + 'crlf.txt') as f:
    print(f.readlines())
    print(f.readline() == '', f.read() == '')

f = open(BASE + 'utf8.txt')
print(type(f).__name__, f.name == BASE + 'utf8.txt', f.mode, f.closed, f.encoding)
f.close()
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)

for bad in ['rw', 'rr', 'q', 'tb', 'r+w', '']:
    try:
        open(BASE + 'utf8.txt', bad)
    except ValueError as e:
        print(repr(bad), '->', e)
try:
    open(BASE + 'utf8.txt', 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
try:
    open(BASE + 'missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == BASE + 'missing.txt')

with open(BASE + 'out.txt', 'w') as w:
    print(w.write('hello\n'), w.write('w\u00f6rld\n'))
    w.writelines(['a\n', 'b\n'])
with open(BASE + 'out.txt') as r:
    print(repr(r.read()))
with open(BASE + 'out.txt', 'a') as a:
    a.write('appended\n')
with open(BASE + 'out.txt') as r:
    print(r.read().splitlines())

with open(BASE + 'bin.dat', 'wb') as b:
    print(type(b).__name__, b.write(bytes(range(5))), b.write(bytearray(b'xyz')))
with open(BASE + 'bin.dat', 'r+b') as b:
    print(type(b).__name__, b.read(2), b.tell())
    b.seek(-2, 2)
    print(b.read(), b.tell())
    b.seek(0)
    b.write(b'AB')
    b.seek(0)
    print(b.read())
try:
    open(BASE + 'bin.dat', 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
with open(BASE + 'out.txt') as r:
    try:
        r.write('x')
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
    r.readline()
    print(r.tell(), r.readable(), r.writable())
with open(BASE + 'out.txt', 'rb') as r:
    print(type(r).__name__, r.read(4))
try:
    with open(BASE + 'out.txt', 'w') as w:
        w.write(b'bytes')
except TypeError as e:
    print('TypeError:', e)
with open(BASE + 'lines.txt', 'w') as w:
    for i in range(3000):
        print(i, 'x' * (i % 50), file=w) if False else w.write('%d %s\n' % (i, 'x' * (i % 50)))
with open(BASE + 'lines.txt') as r:
    total = 0
    count = 0
    for line in r:
        total += int(line.split()[0])
        count += 1
print(count, total)
