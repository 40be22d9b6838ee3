# Exception attributes: name/obj of AttributeError and NameError, with_traceback, and BaseException behaviour.
def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
try:
    (1).nope
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__, e)
try:
    undefined_name
except NameError as e:
    print(repr(e.name), e)
e = AttributeError('m', name='n', obj=5)
print(e.name, e.obj, e.args)
print(NameError('x', name='y').name, ImportError('msg', name='mod', path='/p').path)
t(lambda: AttributeError('m', bogus=1))
t(lambda: ValueError(x=1))
t(lambda: ImportError('a', 'b').msg)
t(lambda: ImportError('a', name='n').name)
t(lambda: repr(SyntaxError('bad', ('f.py', 1, 2, 'x = (', 1, 3))))
t(lambda: SyntaxError('bad', ('f.py', 1, 2, 'x', 1, 3)).lineno)
t(lambda: str(SystemExit(3)))
t(lambda: SystemExit(3).code)
t(lambda: SystemExit().code)
t(lambda: SystemExit(1, 2).code)
t(lambda: KeyboardInterrupt().args)
t(lambda: isinstance(KeyboardInterrupt(), Exception))
t(lambda: issubclass(GeneratorExit, Exception))
t(lambda: UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
t(lambda: UnicodeEncodeError('ascii', 'é', 0, 1, 'nope').reason)
t(lambda: UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'bad').object)
t(lambda: ValueError('x').with_traceback(None).args)
t(lambda: ValueError.__name__ + ' ' + ValueError.__qualname__ + ' ' + ValueError.__module__)
t(lambda: raise_it())
def raise_it():
    raise RecursionError('deep')
t(lambda: issubclass(RecursionError, RuntimeError))
t(lambda: issubclass(NotImplementedError, RuntimeError))
t(lambda: issubclass(ModuleNotFoundError, ImportError))
t(lambda: issubclass(TimeoutError, OSError))
