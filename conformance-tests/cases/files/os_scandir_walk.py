# os.scandir, os.walk, lstat/fstat, truncate, isatty, strerror and os.path queries on a tree under /tmp.
import os

BASE = '/tmp/terrarium_case_os_tree'


def remove_tree(top):
    if not os.path.lexists(top):
        return
    for dirpath, dirnames, filenames in os.walk(top, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)


remove_tree(BASE)
os.makedirs(BASE + '/a/b')
os.mkdir(BASE + '/c')
for name, text in [('top.txt', 'top'), ('a/one.txt', 'one!'), ('a/b/two.txt', 'two'), ('c/three', '')]:
    with open(os.path.join(BASE, name), 'w') as f:
        f.write(text)

with os.scandir(BASE) as it:
    print(type(it).__name__)
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(BASE, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), os.fspath(e) == e.path)
    st = e.stat()
    print('  ', st.st_mode & 0o170000 == (0o040000 if e.is_dir() else 0o100000),
          st.st_size if e.is_file() else '-', st.st_size == os.stat(e.path).st_size)
print(os.stat(entries[-1]).st_size, type(entries[0]) is os.DirEntry, os.DirEntry.__name__, os.DirEntry.__module__)
print(next(iter(os.scandir(BASE + '/c'))).name)
it = os.scandir(BASE + '/c')
it.close()
print(list(it))
old = os.getcwd()
os.chdir(BASE)
print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir('a/')))
os.chdir(old)

for top, dirs, files in os.walk(BASE):
    dirs.sort()
    print(top[len(BASE):] or '.', dirs, sorted(files))
bottom_up = [t[len(BASE):] for t, d, f in os.walk(BASE, topdown=False)]
print(sorted(bottom_up), bottom_up[-1] == '', bottom_up.index('/a/b') < bottom_up.index('/a'))
for top, dirs, files in os.walk(BASE):
    dirs[:] = [d for d in dirs if d != 'a']
    print('pruned', top[len(BASE):] or '.', dirs, files)
print(list(os.walk(BASE + '/missing')))
errors = []
print(list(os.walk(BASE + '/top.txt', onerror=errors.append)), [type(x).__name__ for x in errors])
w = os.walk(BASE + '/c')
print(type(w).__name__, next(w), next(w, 'done'))

st = os.lstat(BASE + '/a/one.txt')
print(st.st_size, st.st_mode & 0o170000 == 0o100000, os.stat(BASE + '/a').st_mode & 0o170000 == 0o040000)
with open(BASE + '/a/one.txt', 'rb+') as f:
    fst = os.fstat(f.fileno())
    print(fst.st_size, fst.st_mode == st.st_mode, fst.st_ino == st.st_ino, os.isatty(f.fileno()))
    os.truncate(f.fileno(), 2)
    print(os.fstat(f.fileno()).st_size, f.read())
os.truncate(BASE + '/a/b/two.txt', 1)
print(os.path.getsize(BASE + '/a/b/two.txt'))
os.truncate(BASE + '/a/b/two.txt', 5)
with open(BASE + '/a/b/two.txt', 'rb') as f:
    print(f.read())
print(os.isatty(99), os.isatty(1000))
print(os.strerror(2), os.strerror(13), os.strerror(24), os.strerror(99999))
print(os.path.isfile(BASE + '/top.txt'), os.path.isdir(BASE + '/top.txt'), os.path.isdir(BASE + '/a'),
      os.path.exists(BASE + '/nope'), os.path.lexists(BASE + '/a'), os.path.islink(BASE + '/a'),
      os.path.islink(BASE + "/nope"), os.path.isfile(BASE + "/a/b/two.txt"))
print(type(os.path.getmtime(BASE + '/top.txt')).__name__, os.path.getmtime(BASE + '/top.txt') == os.stat(BASE + '/top.txt').st_mtime)

for call, args in [(os.lstat, (BASE + '/nope',)), (os.fstat, (99,)), (os.truncate, (BASE + '/nope', 1)),
                   (os.truncate, (BASE + '/a', 1)), (os.truncate, (BASE + '/top.txt', -1)),
                   (os.scandir, (BASE + '/nope',)), (os.scandir, (BASE + '/top.txt',)),
                   (os.path.getsize, (BASE + '/nope',)), (os.path.getmtime, (BASE + '/nope',)),
                   (os.fstat, ('x',)), (os.strerror, (1.5,)), (os.isatty, ('1',))]:
    try:
        call(*args)
    except (OSError, TypeError) as e:
        print(call.__name__, type(e).__name__, str(e).replace(BASE, 'BASE'))

remove_tree(BASE)
print(os.path.exists(BASE))
