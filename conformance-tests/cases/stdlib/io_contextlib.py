import io, sys, contextlib, abc, types, textwrap, statistics
from contextlib import contextmanager, suppress, redirect_stdout, nullcontext, ExitStack
from abc import ABC, abstractmethod

buf = io.StringIO()
buf.write("hello ")
print("world", 42, sep="-", file=buf)
print(repr(buf.getvalue()), buf.tell())
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.read(3), s.readlines(), s.read())
s.seek(0)
print([l.rstrip() for l in s])
b = io.BytesIO(b"abc")
b.seek(0, 2); b.write(b"def")
print(b.getvalue(), b.tell())
with io.StringIO() as f:
    f.write("x")
print(f.closed)

out = io.StringIO()
with redirect_stdout(out):
    print("captured", 1)
    print("two")
print("after:", repr(out.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
val = sys.stdout.getvalue()
sys.stdout = old
print("restored", repr(val))

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["k"]
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed ok")
with nullcontext(5) as n:
    print("null", n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    stack.enter_context(tag("s"))
    print("body")

@tag("deco")
def decorated():
    print("in decorated")
decorated()
