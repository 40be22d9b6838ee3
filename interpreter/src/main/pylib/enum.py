"""enum for Terrarium: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (written for
Terrarium after CPython 3.11's documented behaviour and reprs). The class body fills a plain
dict (no __prepare__), so EnumType.__new__ finds the members in it afterwards, in order.
IntEnum/IntFlag/StrEnum members are not int/str instances here (built-in types cannot be
subclassed yet): they compare, hash, format and compute like their values."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto',
           'unique', 'member', 'nonmember', 'verify']

_auto_null = object()
_builtin_type = type


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    if isinstance(obj, (property, staticmethod, classmethod, type(_is_dunder))):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    prefix = '_' + cls_name.lstrip('_') + '__'
    return name.startswith(prefix) and not name.endswith('__')


class EnumType(type):
    """Metaclass of Enum: turns the body's plain names into members."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = []
        values = {}
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                continue
            member_names.append(key)
            values[key] = value
            del classdict[key]
        for key in ('mro', ''):
            if key in member_names:
                raise ValueError('invalid enum member name: %r' % key)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = object
        for base in enum_class.__mro__[1:]:
            if not isinstance(base, EnumType) and base is not object:
                member_type = base
                break
        enum_class._member_type_ = member_type
        if Enum is not None and member_names and any(
                isinstance(b, EnumType) and b._member_names_ for b in bases):
            raise TypeError('%s: cannot extend enumeration %r' % (cls, [b for b in bases if isinstance(b, EnumType)][-1].__name__))
        last_values = []
        for index, name in enumerate(member_names):
            value = values[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(enum_class._generate_next_value_(name, 1, index, last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            metacls._add_member(enum_class, name, value)
        return enum_class

    @staticmethod
    def _add_member(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        custom_new = enum_class.__dict__.get('__new__')
        if custom_new is Enum.__dict__.get('__new__') if Enum is not None else False:
            custom_new = None
        if custom_new is not None:
            if isinstance(custom_new, staticmethod):
                custom_new = custom_new.__func__
            m = custom_new(enum_class, *args)
            if not hasattr(m, '_value_'):
                m._value_ = value
        else:
            m = object.__new__(enum_class)
            m._value_ = value
        m._name_ = name
        m.__objclass__ = enum_class
        m._sort_order_ = len(enum_class._member_names_)
        init = None
        for base in enum_class.__mro__:
            if '__init__' in base.__dict__:
                init = base.__dict__['__init__']
                break
        if init is not None and init is not Enum.__dict__['__init__']:
            init(m, *args)
        value = m._value_
        for existing in enum_class._member_map_.values():
            if existing._value_ == value and type(existing._value_) is type(value) or existing._value_ is value:
                enum_class._member_map_[name] = existing
                type.__setattr__(enum_class, name, existing)
                return
        if not (Flag is not None and issubclass(enum_class, Flag) and isinstance(value, int)
                and (value == 0 or value & (value - 1))):
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = m
        type.__setattr__(enum_class, name, m)
        try:
            enum_class._value2member_map_.setdefault(value, m)
        except TypeError:
            pass

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        body = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for name, value in items:
            body[name] = value
        body['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            body['__qualname__'] = qualname
        metacls = _builtin_type(cls)
        return metacls.__new__(metacls, class_name, bases, body)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_ or any(
            m._value_ == value for m in cls._member_map_.values())

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%s cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _value_of(x):
    return x._value_ if isinstance(x, Enum) else x


class _ValueArithmetic:
    """What an int/str mixin gives a member in CPython, done through the member's value."""

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __bool__(self):
        return bool(self._value_)


class _IntArithmetic(_ValueArithmetic):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __add__(self, o): return self._value_ + _value_of(o)
    def __radd__(self, o): return _value_of(o) + self._value_
    def __sub__(self, o): return self._value_ - _value_of(o)
    def __rsub__(self, o): return _value_of(o) - self._value_
    def __mul__(self, o): return self._value_ * _value_of(o)
    def __rmul__(self, o): return _value_of(o) * self._value_
    def __truediv__(self, o): return self._value_ / _value_of(o)
    def __floordiv__(self, o): return self._value_ // _value_of(o)
    def __mod__(self, o): return self._value_ % _value_of(o)
    def __pow__(self, o): return self._value_ ** _value_of(o)
    def __neg__(self): return -self._value_
    def __abs__(self): return abs(self._value_)


class IntEnum(_IntArithmetic, ReprEnum):
    """Enum whose members behave like ints."""


class StrEnum(_ValueArithmetic, ReprEnum):
    """Enum whose members behave like strs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __getattr__(self, name):
        return getattr(self._value_, name)

    def __add__(self, o): return self._value_ + _value_of(o)
    def __radd__(self, o): return _value_of(o) + self._value_
    def __len__(self): return len(self._value_)


def _bits(value):
    bit = 1
    while bit <= value:
        if value & bit:
            yield bit
        bit <<= 1


class Flag(Enum):
    """Support for bit flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if v > 0:
                high = max(high, v.bit_length())
        return 1 << high if high else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value < 0:
            value = value & all_bits
        if value & ~all_bits:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_members(value)]
        pseudo._name_ = '|'.join(names) if names else None
        cls._value2member_map_.setdefault(value, pseudo)
        return cls._value2member_map_[value]

    @classmethod
    def _iter_members(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and value & v == v:
                yield m

    def __iter__(self):
        return iter(list(self.__class__._iter_members(self._value_)))

    def __len__(self):
        return len(list(self.__class__._iter_members(self._value_)))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)


class IntFlag(_IntArithmetic, Flag):
    """Support for integer-based bit flags."""

    def __or__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        return Flag.__and__(self, other)

    __ror__ = __or__
    __rand__ = __and__

    def __repr__(self):
        return Flag.__repr__(self)

    def __str__(self):
        return str(self._value_)


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorate(enumeration):
        return enumeration
    return decorate
