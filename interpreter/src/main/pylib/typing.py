"""typing for Terrarium: the names programs use in annotations and at runtime, with CPython's
reprs (typing.List[int], typing.Optional[int], ~T); written for Terrarium after CPython's
documented behaviour. Type checking is not done at runtime, as in CPython."""

import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _GenericAlias):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _convert(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return 'ForwardRef(%r)' % self.__forward_arg__

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and other.__forward_arg__ == self.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, NoReturn, ClassVar, Final, Optional, Union, Literal...: not classes, only markers."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError('%s is not subscriptable' % self)
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % self)

    def __reduce__(self):
        return self._name


class _AnyMeta(type):
    def __repr__(cls):
        if cls is Any:
            return 'typing.Any'
        return super().__repr__()

    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""


class _GenericAlias(_Final):
    """X[args] for a generic X: keeps origin and args, prints like CPython, calls the origin."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _convert(a) for a in args)
        self._name = name
        self._inst = inst
        params = []
        for a in self.__args__:
            for p in _collect_params(a):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + '[()]'
        return head + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % self)
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > len(self.__parameters__) else 'few', self,
                               len(params), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _collect_params(a):
    if isinstance(a, TypeVar):
        return [a]
    if isinstance(a, _GenericAlias):
        return list(a.__parameters__)
    if isinstance(a, (list, tuple)):
        out = []
        for x in a:
            out.extend(_collect_params(x))
        return out
    return []


def _substitute(a, subst):
    if isinstance(a, TypeVar):
        return subst.get(a, a)
    if isinstance(a, _GenericAlias) and a.__parameters__:
        return a.copy_with(tuple(_substitute(x, subst) for x in a.__args__))
    if isinstance(a, list):
        return [_substitute(x, subst) for x in a]
    return a


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[' + _type_repr(other) + ']'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __subclasscheck__(self, cls):
        return issubclass(cls, tuple(a for a in self.__args__ if isinstance(a, type)))


class _LiteralAlias(_GenericAlias):
    def __init__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = Literal
        self.__args__ = args
        self._name = 'Literal'
        self._inst = False
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def copy_with(self, args):
        return _LiteralAlias(args)


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., ' + _type_repr(args[1]) + ']'
        return ('typing.Callable[[' + ', '.join(_type_repr(a) for a in args[:-1]) + '], '
                + _type_repr(args[-1]) + ']')

    def copy_with(self, args):
        return _CallableAlias(self.__origin__, args, self._name, self._inst)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _convert(p)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        elif type(p).__name__ == 'UnionType':
            items = p.__args__
        else:
            items = (p,)
        for x in items:
            if x not in flat:
                flat.append(x)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union', False)


def _optional_getitem(self, parameter):
    if isinstance(parameter, tuple):
        raise TypeError('typing.Optional requires a single type. Got %r.' % (parameter,))
    return Union[parameter, None]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        items = p.__args__ if isinstance(p, _LiteralAlias) else (p,)
        for x in items:
            if not any(type(x) is type(y) and x == y for y in flat):
                flat.append(x)
    return _LiteralAlias(tuple(flat))


def _single_getitem(self, parameter):
    if isinstance(parameter, tuple):
        raise TypeError('%s accepts only single type.' % self)
    return _GenericAlias(self, (parameter,), self._name, False)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), None, True)
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Concatenate = _SpecialForm('Concatenate', lambda self, p: _GenericAlias(self, p, 'Concatenate', False))
Annotated = _SpecialForm('Annotated', _annotated_getitem)


class _SpecialGenericAlias(_Final):
    """List, Dict, Callable...: unsubscripted aliases of a concrete class."""

    def __init__(self, origin, nparams, name=None, inst=True, alias_class=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__
        self._inst = inst
        self._alias_class = alias_class

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams == -2:
            # Callable[[args], result] or Callable[..., result]
            if len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is ...:
                return _CallableAlias(self.__origin__, (..., result), self._name, self._inst)
            if not isinstance(args, (list, tuple)):
                raise TypeError('Callable[args, result]: args must be a list. Got %s' % _type_repr(args))
            return _CallableAlias(self.__origin__, tuple(args) + (result,), self._name, self._inst)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return self._alias_class(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr.startswith('_'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TupleAlias(_GenericAlias):
    def __repr__(self):
        if not self.__args__:
            return 'typing.Tuple[()]'
        return _GenericAlias.__repr__(self)


def _abc(name):
    # collections.abc may not exist yet: use the concrete class when it does not.
    abc = getattr(_collections, 'abc', None)
    return getattr(abc, name, object) if abc is not None else object


def _function_type():
    return type(_type_repr)


List = _SpecialGenericAlias(list, 1, 'List', False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', False)
Set = _SpecialGenericAlias(set, 1, 'Set', False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', False)
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple', False, _TupleAlias)
Type = _SpecialGenericAlias(type, 1, 'Type', False)
Callable = _SpecialGenericAlias(object, -2, 'Callable', False)
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict', True)
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict', True)
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter', True)
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque', True)
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, 'ChainMap', True)
Text = str


# Built-in types whose special methods are not attributes in Terrarium yet: what they have.
_SEQ = ('__iter__', '__len__', '__contains__', '__getitem__', '__reversed__')
_BUILTIN_METHODS = {
    list: _SEQ + ('__setitem__', 'insert'),
    tuple: _SEQ + ('__hash__',),
    str: _SEQ + ('__hash__',),
    bytes: _SEQ + ('__hash__',),
    bytearray: _SEQ + ('__setitem__', 'insert'),
    range: _SEQ + ('__hash__',),
    dict: ('__iter__', '__len__', '__contains__', '__getitem__', '__setitem__', 'keys', '__reversed__'),
    set: ('__iter__', '__len__', '__contains__', 'add', 'discard'),
    frozenset: ('__iter__', '__len__', '__contains__', '__hash__'),
    int: ('__hash__', '__int__', '__float__', '__abs__', '__index__', '__round__'),
    float: ('__hash__', '__int__', '__float__', '__abs__', '__round__'),
    bool: ('__hash__', '__int__', '__float__', '__abs__', '__index__', '__round__'),
}


class _AbstractAlias(_SpecialGenericAlias):
    """Iterable, Mapping...: without collections.abc these check by the methods an object has."""

    def __init__(self, name, nparams, methods):
        _SpecialGenericAlias.__init__(self, object, nparams, name, False)
        self._methods = methods

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        known = _BUILTIN_METHODS.get(cls)
        return all(getattr(cls, m, None) is not None or (known is not None and m in known)
                   for m in self._methods)



    def __mro_entries__(self, bases):
        return (Generic,)


Hashable = _AbstractAlias('Hashable', 0, ('__hash__',))
Sized = _AbstractAlias('Sized', 0, ('__len__',))
Iterable = _AbstractAlias('Iterable', 1, ('__iter__',))
Iterator = _AbstractAlias('Iterator', 1, ('__iter__', '__next__'))
Reversible = _AbstractAlias('Reversible', 1, ('__reversed__',))
Container = _AbstractAlias('Container', 1, ('__contains__',))
Collection = _AbstractAlias('Collection', 1, ('__len__', '__iter__', '__contains__'))
Sequence = _AbstractAlias('Sequence', 1, ('__getitem__', '__len__'))
MutableSequence = _AbstractAlias('MutableSequence', 1, ('__getitem__', '__setitem__', '__len__', 'insert'))
Mapping = _AbstractAlias('Mapping', 2, ('__getitem__', '__len__', 'keys'))
MutableMapping = _AbstractAlias('MutableMapping', 2, ('__getitem__', '__setitem__', '__len__', 'keys'))
AbstractSet = _AbstractAlias('AbstractSet', 1, ('__contains__', '__len__', '__iter__'))
MutableSet = _AbstractAlias('MutableSet', 1, ('__contains__', '__len__', 'add', 'discard'))
MappingView = _AbstractAlias('MappingView', 1, ('__len__',))
KeysView = _AbstractAlias('KeysView', 1, ('__len__', '__iter__'))
ItemsView = _AbstractAlias('ItemsView', 2, ('__len__', '__iter__'))
ValuesView = _AbstractAlias('ValuesView', 1, ('__len__', '__iter__'))
Generator = _AbstractAlias('Generator', 3, ('__iter__', '__next__', 'send', 'throw'))
AsyncIterable = _AbstractAlias('AsyncIterable', 1, ('__aiter__',))
AsyncIterator = _AbstractAlias('AsyncIterator', 1, ('__aiter__', '__anext__'))
AsyncGenerator = _AbstractAlias('AsyncGenerator', 2, ('__aiter__', '__anext__', 'asend'))
Awaitable = _AbstractAlias('Awaitable', 1, ('__await__',))
Coroutine = _AbstractAlias('Coroutine', 3, ('__await__', 'send', 'throw'))
ContextManager = _AbstractAlias('ContextManager', 1, ('__enter__', '__exit__'))
AsyncContextManager = _AbstractAlias('AsyncContextManager', 1, ('__aenter__', '__aexit__'))
SupportsInt = _AbstractAlias('SupportsInt', 0, ('__int__',))
SupportsFloat = _AbstractAlias('SupportsFloat', 0, ('__float__',))
SupportsAbs = _AbstractAlias('SupportsAbs', 0, ('__abs__',))
SupportsIndex = _AbstractAlias('SupportsIndex', 0, ('__index__',))
SupportsRound = _AbstractAlias('SupportsRound', 0, ('__round__',))
SupportsBytes = _AbstractAlias('SupportsBytes', 0, ('__bytes__',))
SupportsComplex = _AbstractAlias('SupportsComplex', 0, ('__complex__',))


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _convert(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: Generic[T] as a base, C[int] as an alias."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to %s[...] must all be type variables or parameter specification variables.' % cls.__name__)
            return _GenericAlias(cls, params, cls.__name__)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for p in _collect_params(base):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    """Base class for protocol classes (structural types); isinstance() needs @runtime_checkable."""

    __slots__ = ()
    _is_protocol = True


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. A series of '
                                  '@overload-decorated functions outside a stub module should '
                                  'always be followed by an implementation that is not '
                                  '@overload-ed.')
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return getattr(tp, '__origin__', None)
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if args and args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return getattr(tp, '__args__', ()) if type(tp).__name__ in ('GenericAlias', 'UnionType') else ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, globalns, localns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        return {}
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef) and globalns is not None:
        return eval(value.__forward_arg__, globalns, localns)
    return value


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        names = list(types)
        defaults = []
        for name in names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, 's' if len(defaults) > 1 else '',
                                   ', '.join(n for n in names if n in ns)))
        nt = _collections.namedtuple(typename, names, defaults=defaults, module=ns.get('__module__'))
        nt.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '_root') or key in names:
                continue
            setattr(nt, key, value)
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        names = [n for n, t in fields]
        nt = _collections.namedtuple(typename, names)
        nt.__annotations__ = {n: _convert(t) for n, t in fields}
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns['__annotations__'] = annotations
        cls = super().__new__(mcls, name, (), ns)
        cls.__total__ = total
        keys = set(annotations)
        cls.__required_keys__ = frozenset(keys if total else ())
        cls.__optional_keys__ = frozenset(() if total else keys)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_root', False):
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs.pop('fields', {}))
            total = kwargs.pop('total', True)
            return _TypedDictMeta(typename, (), {'__annotations__': dict(fields)}, total=total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(metaclass=_TypedDictMeta):
    _root = True

