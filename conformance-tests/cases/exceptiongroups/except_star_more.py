# except* splits a group across clauses; unmatched parts propagate; naked exceptions are wrapped.
def raise_group():
    raise ExceptionGroup('batch', [ValueError('v1'), TypeError('t1'), ValueError('v2'), KeyError('k')])


try:
    try:
        raise_group()
    except* ValueError as eg:
        print('values:', [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('types:', [str(e) for e in eg.exceptions])
except ExceptionGroup as rest:
    print('left over:', rest.message, [repr(e) for e in rest.exceptions])
try:
    raise OSError('naked')
except* OSError as eg:
    print(type(eg).__name__, eg.message == '', [repr(e) for e in eg.exceptions])
eg = ExceptionGroup('g', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, ValueError)))
