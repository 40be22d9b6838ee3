# assert with and without a message; the message is evaluated only on failure.
def message():
    print('message evaluated')
    return 'custom message'


assert 1 + 1 == 2, message()
try:
    assert [], message()
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
x = 3
assert x > 5, f'x is {x}'
