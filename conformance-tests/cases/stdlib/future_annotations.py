from __future__ import annotations
import __future__
from dataclasses import dataclass, field, fields
from typing import Optional, List, Dict, ClassVar
import typing

@dataclass
class Node:
    value: int
    children: List[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    meta: Dict[str, "Node"] | None = None

n = Node(1, [Node(2)])
print(n)
print(Node.__annotations__)
print([f.name for f in fields(Node)], [f.type for f in fields(Node)])
x: tuple[int, ...] = (1,)
y: typing.Callable[[int], str] = str
z: Literal[1, 'a', -2.5, None, True] = 1
print(__annotations__)
print(__future__.annotations, __future__.all_feature_names[-1])
class C:
    a: int = 3
    b: "str"
    c: list[dict[str, tuple[int, float]]]
    d: f(x, k=2)
print(C.__annotations__)
