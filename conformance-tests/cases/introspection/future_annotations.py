# Under `from __future__ import annotations` annotations stay text and co_flags says so.
from __future__ import annotations


def f(a: int, *args: list[str], key: dict[str, int] | None = None, **kw: Undefined) -> tuple[int, ...]:
    pass


print(f.__annotations__)
print(f.__code__.co_flags & 0x1000000 != 0)


class C:
    def m(self, other: C) -> C:
        return self


print(C.m.__annotations__)
print(C.m.__annotations__['return'])
