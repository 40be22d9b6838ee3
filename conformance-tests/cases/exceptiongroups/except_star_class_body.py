# except* (and except) with "as" in a class body: the name is bound, then removed from the namespace.
class C:
    try:
        raise ExceptionGroup("in class", [ValueError(1), TypeError(2)])
    except* ValueError as caught:
        print("ValueError part:", repr(caught))
    except* TypeError as caught:
        print("TypeError part:", repr(caught))
    try:
        raise KeyError("plain")
    except KeyError as plain:
        print("plain except:", repr(plain))
print(hasattr(C, "caught"), hasattr(C, "plain"), sorted(n for n in C.__dict__ if not n.startswith("__")))
