# Exception objects: args, str/repr of each arity, attributes of KeyError, StopIteration,
# OSError and its errno subclasses, UnicodeError, SyntaxError-free ones, notes, context/cause,
# with_traceback, and comparison of exception classes.
for e in (Exception(), Exception('x'), Exception('x', 2), ValueError(None), KeyError('k'), KeyError('a', 'b'), KeyError(), IndexError(5), StopIteration(3), StopIteration(),
          SystemExit(2), SystemExit(), KeyboardInterrupt(), ArithmeticError('m'), ZeroDivisionError('division by zero'), AttributeError('a', 'b'), NameError('n')):
    print(type(e).__name__, repr(e), str(e), e.args, repr(e.args))
print(StopIteration(7).value, StopIteration().value, StopIteration(1, 2).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
for args in ((), ('m',), (2, 'No such file'), (2, 'No such file', 'f.txt'), (13, 'Permission denied', 'a', None, 'b'), (17, 'exists', 'x'), (999, 'odd')):
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.errno, e.strerror, e.filename, e.filename2, e.args)
print(OSError(2, 'x').__class__ is FileNotFoundError, OSError(21, 'x').__class__.__name__, OSError(20, 'x').__class__.__name__, OSError(11, 'x').__class__.__name__, OSError(1, 'x').__class__.__name__, IOError is OSError, EnvironmentError is OSError)
print(FileNotFoundError('only').errno, FileExistsError(17, 'e').errno, issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError), issubclass(ConnectionResetError, ConnectionError))
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte'); print(str(u), u.encoding, u.object, u.start, u.end, u.reason, repr(u))
u2 = UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)'); print(str(u2), u2.object, u2.start, repr(u2))
e = ValueError('base'); e.add_note('note one'); e.add_note('note two'); print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print('TypeError:', err)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError('outer') from inner
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise TypeError('during')
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
try:
    raise ValueError('x') from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__, repr(v.__context__))
ex = RuntimeError('r'); print(ex.with_traceback(None) is ex, ex.__traceback__, BaseException.__new__(ValueError).args, ValueError.__mro__[:3])
ex.args = ('changed', 2); print(str(ex), repr(ex)); ex.args = [1]; print(ex.args, type(ex.args).__name__)
print(issubclass(KeyError, LookupError), issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException), issubclass(RecursionError, RuntimeError), issubclass(UnicodeDecodeError, ValueError), issubclass(ModuleNotFoundError, ImportError), issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError))
print(ImportError('m', name='mod', path='/p').name, ImportError('m').path, NameError('x', name='y').name, AttributeError('q', name='n', obj=5).obj)
try:
    ImportError(bad=1)
except TypeError as err:
    print('TypeError:', err)
try:
    [].foo
except AttributeError as err:
    print(err.name, err.obj, err.args)
try:
    undefined_name_here
except NameError as err:
    print(err.name, err.args)
print(repr(Exception('a\nb')), str(KeyError('a\nb')), str(KeyError(1)), str(KeyError((1, 2))), str(KeyError(None)), repr(KeyError(())))
