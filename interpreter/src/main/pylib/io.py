"""io for Terrarium: StringIO and BytesIO, in-memory streams (written for Terrarium after
CPython's documented behaviour). Files are opened with the built-in open()."""

import sys as _sys

__all__ = ['StringIO', 'BytesIO', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'open', 'TextIOWrapper', 'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = open
_NL = chr(10)


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


TextIOWrapper = type(_sys.stdout)


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer, a position, and the closed flag."""

    def __init__(self, initial, empty):
        self._empty = empty
        self._chunks = [initial] if initial else []
        self._pos = 0
        self._closed = False

    def _value(self):
        if len(self._chunks) > 1:
            self._chunks = [self._empty.join(self._chunks)]
        return self._chunks[0] if self._chunks else self._empty

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value()) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def write(self, s):
        self._check()
        self._typecheck(s)
        n = len(s)
        if not n:
            return 0
        size = sum(len(c) for c in self._chunks) if len(self._chunks) != 1 else len(self._chunks[0])
        if self._pos == size:
            self._chunks.append(s)
        else:
            value = self._value()
            if self._pos > size:
                value = value + self._pad(self._pos - size)
            self._chunks = [value[:self._pos] + s + value[self._pos + n:]]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        value = self._value()
        if size is None or size < 0:
            end = len(value)
        else:
            end = min(len(value), self._pos + size)
        start = min(self._pos, len(value))
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1):
        self._check()
        value = self._value()
        start = min(self._pos, len(value))
        nl = value.find(self._newline, start)
        end = len(value) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        self._chunks = [self._value()[:size]]
        return size

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check()
        return self._value()


class StringIO(_MemoryIO, TextIOBase):
    """Text I/O in memory."""

    _newline = _NL

    def __init__(self, initial_value='', newline=_NL):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        _MemoryIO.__init__(self, initial_value, '')

    def _typecheck(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)

    def _pad(self, n):
        return chr(0) * n

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(_MemoryIO, BufferedIOBase):
    """Binary I/O in memory."""

    _newline = b'' + bytes([10])

    def __init__(self, initial_bytes=b''):
        _MemoryIO.__init__(self, bytes(initial_bytes) if initial_bytes else b'', b'')

    def _typecheck(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, s):
        self._typecheck(s)
        return _MemoryIO.write(self, bytes(s))

    def _pad(self, n):
        return bytes(n)

    def getbuffer(self):
        return bytearray(self.getvalue())

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)
