from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, MutableMapping, Type, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload,
                    TYPE_CHECKING, get_type_hints, get_origin, get_args)
import typing

print(List[int], Optional[int], Union[int, str], Union[int, None], Dict[str, List[int]])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, int])
print(Any, Literal["a", 1], Final[int], ClassVar[List[int]], Type[int], Set[str], FrozenSet[int])
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, int], Generator[int, None, None])
print(typing.List, typing.Dict, typing.Optional, typing.Union)
T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, List[T], Dict[str, T])
print(cast(int, "x"), TYPE_CHECKING)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(Union[int, str] == Union[str, int], List[int] == List[int])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(3); s.push(4)
print(s.pop(), type(s).__name__, Stack[int])

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p, p.x, p.norm(), Point(1), p._asdict() if hasattr(p, '_asdict') else None)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__ if False else sorted(Movie.__required_keys__))

class Greeter(Protocol):
    def greet(self) -> str: ...

class En:
    def greet(self) -> str:
        return "hi"

def use(g: Greeter) -> str:
    return g.greet()
print(use(En()))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3))

class C:
    a: int
    b: str = "x"
    c: ClassVar[int] = 3
print(get_type_hints(C))
print(isinstance([], List), isinstance({}, typing.Dict), isinstance(3, Iterable), isinstance([], Iterable))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, 2.0]))
