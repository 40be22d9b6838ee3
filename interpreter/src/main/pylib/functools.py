"""functools for Terrarium: reduce, partial, wraps, update_wrapper, lru_cache, cache,
cached_property, cmp_to_key, total_ordering (written for Terrarium after CPython's documented
behaviour)."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"functools.partial({', '.join(parts)})"


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _fields(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._fields())

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._fields()
        return self._fields() == other

    def __repr__(self):
        return (f'CacheInfo(hits={self.hits!r}, misses={self.misses!r}, '
                f'maxsize={self.maxsize!r}, currsize={self.currsize!r})')


_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in {int, str}:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]
    missing = object()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        result = cache.get(key, missing)
        if result is not missing:
            stats[0] += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        if self.attrname in cache:
            return cache[self.attrname]
        val = self.func(instance)
        cache[self.attrname] = val
        return val


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def _from_lt(op):
    def gt(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else (not r and self != other)

    def le(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else (r or self == other)

    def ge(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else not r
    return {'__gt__': gt, '__le__': le, '__ge__': ge}[op]


def _from_le(op):
    def ge(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else (not r or self == other)

    def lt(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else (r and self != other)

    def gt(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else not r
    return {'__ge__': ge, '__lt__': lt, '__gt__': gt}[op]


def _from_gt(op):
    def lt(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (not r and self != other)

    def ge(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (r or self == other)

    def le(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else not r
    return {'__lt__': lt, '__ge__': ge, '__le__': le}[op]


def _from_ge(op):
    def le(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (not r or self == other)

    def gt(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (r and self != other)

    def lt(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else not r
    return {'__le__': le, '__gt__': gt, '__lt__': lt}[op]


_ORDER = [('__lt__', _from_lt), ('__le__', _from_le), ('__gt__', _from_gt), ('__ge__', _from_ge)]


def total_ordering(cls):
    roots = {op for op, _ in _ORDER if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for op, make in _ORDER:
        if op in roots:
            for other, _ in _ORDER:
                if other != op and other not in roots:
                    f = make(other)
                    f.__name__ = other
                    setattr(cls, other, f)
            break
    return cls
