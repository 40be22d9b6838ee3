# os and os.path on a scratch folder under /tmp (exists in CPython's /tmp and in the sandbox's).
import os
import os.path
from os.path import join, splitext

base = '/tmp/terrarium_case_os'
if os.path.exists(base):
    for name in os.listdir(base):
        p = join(base, name)
        if os.path.isdir(p):
            for inner in os.listdir(p):
                os.remove(join(p, inner))
            os.rmdir(p)
        else:
            os.remove(p)
    os.rmdir(base)

os.makedirs(join(base, 'sub', 'deeper'))
os.makedirs(join(base, 'sub'), exist_ok=True)
try:
    os.makedirs(join(base, 'sub'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
os.rmdir(join(base, 'sub', 'deeper'))
with open(join(base, 'a.txt'), 'w') as f:
    f.write('12345')
print(sorted(os.listdir(base)))
print(os.path.isfile(join(base, 'a.txt')), os.path.isdir(join(base, 'sub')), os.path.exists(join(base, 'nope')))
print(os.path.getsize(join(base, 'a.txt')), os.stat(join(base, 'a.txt')).st_size)
st = os.stat(join(base, 'a.txt'))
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st[6], len(st))
os.rename(join(base, 'a.txt'), join(base, 'b.txt'))
print(sorted(os.listdir(base)))
try:
    os.rename(join(base, 'missing'), join(base, 'x'))
except FileNotFoundError as e:
    print(str(e).replace(base, 'BASE'), e.filename2 is not None)
try:
    os.remove(join(base, 'sub'))
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(join(base, 'b.txt'))
os.rmdir(join(base, 'sub'))
os.rmdir(base)
print(os.path.exists(base))

print(join('a', 'b', 'c'), join('/a', '/b', 'c'), join('a/', 'b'), join('', 'x'))
for p in ['/usr/lib/python.py', 'archive.tar.gz', '.bashrc', 'dir.d/file', '/', 'a/b/', '//x', 'name']:
    print(repr(p), os.path.split(p), splitext(p), os.path.basename(p), os.path.dirname(p))
for p in ['', '.', '/a/./b/../c', 'a/../../b', '//a//b/', '///a', 'a/b/..', '../x/..']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/x'), os.path.isabs('x'), os.sep, os.name, os.curdir, os.pardir, repr(os.linesep))
print(len(os.urandom(20)), type(os.urandom(3)).__name__, os.getenv('TERRARIUM_SURELY_UNSET', 'default'))
print(os.path.abspath('/a/b/../c'))
