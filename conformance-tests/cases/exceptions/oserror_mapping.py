# OSError(errno, strerror) builds the errno's subclass; attributes and str forms.
# Linux errno numbers: ENOENT EEXIST EACCES EPERM EISDIR ENOTDIR EAGAIN EPIPE ECONNREFUSED ECONNRESET
# ETIMEDOUT ECHILD ESRCH EINTR EINVAL, and one no errno has.
for code in [2, 17, 13, 1, 21, 20, 11, 32, 111, 104, 110, 10, 3, 4, 22, 9999]:
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(2, 'No such file', 'a.txt')
print(type(e).__name__, str(e), repr(e), e.filename, e.args)
e = OSError(18, 'Cross-device', 'a', None, 'b')
print(type(e).__name__, str(e), e.filename, e.filename2)
print(str(OSError()), str(OSError('just msg')), OSError('one').errno, OSError(1, 2, 3, 4, 5, 6).args)
print(FileNotFoundError(2, 'x').errno, type(FileNotFoundError(17, 'y')).__name__, str(FileNotFoundError('plain')))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
print([c.__name__ for c in BlockingIOError.__mro__], ConnectionRefusedError.__base__.__name__)
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    raise PermissionError(13, 'denied', 'f')
except OSError as e:
    print(type(e).__name__, e)
