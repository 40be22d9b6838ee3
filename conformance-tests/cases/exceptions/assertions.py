# assert raises AssertionError with the optional message; true assertions do nothing.
assert 1 + 1 == 2
assert [1], "non-empty list is true"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught:", e, repr(e))
try:
    assert None
except AssertionError as e:
    print("no message:", repr(e), e.args)
