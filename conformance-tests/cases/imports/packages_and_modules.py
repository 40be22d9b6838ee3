# Imports: a package with relative imports, __all__, module caching, aliases, errors.
import geometry
import geometry as g2
import geometry.units
from geometry import Circle, describe
from geometry.shapes import Square as Sq
from geometry import *
print(g2 is geometry, geometry.units.format_area(2))
print(describe(Circle(1)), describe(Sq(3)), describe(Square(2)))
print(sorted(k for k in dir(geometry) if not k.startswith("__")))
try:
    import geometry.missing
except ModuleNotFoundError as e:
    print("missing:", e)
try:
    from geometry import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
