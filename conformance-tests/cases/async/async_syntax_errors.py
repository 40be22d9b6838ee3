# Where await, async for, async with and yield may not appear: CPython's SyntaxErrors
# (exec compiles each source; the last one compiles, since a comprehension's first iterable is
# the enclosing function's, where yield is allowed).

SOURCES = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y:\n        pass",
    "def f():\n    async with x:\n        pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "async def f():\n    return lambda: await x",
    "class C:\n    await x",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    x = [y for y in (yield 1)]",
]

for source in SOURCES:
    try:
        exec(source, {})
        print("ran:", source.replace("\n", " | "))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)

ok = [
    "async def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    return [await x for x in y]",
    "async def f():\n    async with a as b, c:\n        async for d in b:\n            yield d",
]
for source in ok:
    exec(source, {})
    print("ran", source.count("\n") + 1, "lines")
