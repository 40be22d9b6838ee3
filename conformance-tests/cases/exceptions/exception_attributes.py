# Built-in exception attributes: args, str and repr forms, KeyError quoting, OSError fields.
for e in [ValueError('bad', 2), KeyError('missing'), KeyError(), IndexError('i'), StopIteration(7),
          SystemExit(3), OSError(2, 'No such file'), UnicodeError('u'), Exception()]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
err = OSError(13, 'Permission denied', 'secret.txt')
print(err.errno, err.strerror, err.filename, str(err))
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code)
e = ValueError('x')
e.add_note('a note')
print(e.__notes__)
