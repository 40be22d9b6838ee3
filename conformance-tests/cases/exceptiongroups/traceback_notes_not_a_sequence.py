# conformance: full-stderr
# __notes__ that is not a sequence is printed as its repr (CPython 3.11 ends that line without a newline);
# a str is a sequence of one-character notes.
a = ValueError("a")
a.__notes__ = "xy"
b = TypeError("b")
b.__notes__ = 42
raise ExceptionGroup("odd notes", [a, b])
