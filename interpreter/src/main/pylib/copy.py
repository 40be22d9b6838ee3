"""copy for Terrarium: shallow and deep copies (written for Terrarium after CPython's documented
behaviour): __copy__/__deepcopy__ first, then the built-in containers, then instances by their
__dict__ (and __slots__), with a memo so shared and cyclic structure is kept."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: None), property)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _instance_state(x):
    state = {}
    d = getattr(x, '__dict__', None)
    for name in _slot_names(type(x)):
        try:
            state[name] = object.__getattribute__(x, name)
        except AttributeError:
            pass
    return d, state


def _new_instance(cls):
    return object.__new__(cls)


def copy(x):
    cls = type(x)
    if cls in _atomic or cls is frozenset or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    if cls.__module__ == 'collections' and hasattr(cls, 'copy'):
        # Terrarium's collections types are Python classes: their own copy() keeps their state apart.
        return x.copy()
    if '__reduce_ex__' in _own_names(cls) or '__reduce__' in _own_names(cls):
        return _reconstruct(x, None, *_reduce(x))
    d, slots = _instance_state(x)
    y = _new_instance(cls)
    if hasattr(x, '__getstate__') and '__getstate__' in _own_names(cls):
        state = x.__getstate__()
        _set_state(y, state, None)
        return y
    if d is not None:
        y.__dict__.update(d)
    for name, value in slots.items():
        object.__setattr__(y, name, value)
    return y


def _own_names(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is object:
            break
        names.update(klass.__dict__)
    return names


def _reduce(x):
    if '__reduce_ex__' in _own_names(type(x)):
        rv = x.__reduce_ex__(4)
    else:
        rv = x.__reduce__()
    if isinstance(rv, str):
        return (lambda: x, ())
    return rv


def _set_state(y, state, memo):
    if state is None:
        return
    if memo is not None:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    _set_state(y, state, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        y = x if all(a is b for a, b in zip(items, x)) else frozenset(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, type):
        return x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif '__reduce_ex__' in _own_names(cls) or '__reduce__' in _own_names(cls):
            y = _reconstruct(x, memo, *_reduce(x))
        else:
            y = _new_instance(cls)
            memo[d] = y
            if '__getstate__' in _own_names(cls):
                _set_state(y, x.__getstate__(), memo)
            else:
                dct, slots = _instance_state(x)
                if dct is not None:
                    for k, v in dct.items():
                        y.__dict__[k] = deepcopy(v, memo)
                for name, value in slots.items():
                    object.__setattr__(y, name, deepcopy(value, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
