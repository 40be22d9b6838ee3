# code.replace(), the code object's repr, and what cannot be assigned.
def f(a, b):
    return a + b


c = f.__code__
r = c.replace(co_name='renamed', co_firstlineno=42)
print(r.co_name, r.co_firstlineno, r.co_varnames, c.co_name, c.co_firstlineno, r is c)
print(repr(c).startswith('<code object f at 0x'), repr(c).endswith('.py", line 2>'))
print(repr(r).startswith('<code object renamed at 0x'), repr(r).endswith('.py", line 42>'))
for bad in ({'co_name': 5}, {'co_varnames': 'ab'}, {'co_bogus': 1}):
    try:
        c.replace(**bad)
    except TypeError as e:
        print('TypeError', e)
print(type(c.co_code).__name__, type(c.co_linetable).__name__, type(c.co_exceptiontable).__name__,
      type(c.co_lnotab).__name__, type(c.co_stacksize).__name__)
print(callable(c.co_lines), callable(c.co_positions))
