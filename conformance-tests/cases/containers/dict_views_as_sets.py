# Dict keys and items views behave as sets: operators, comparisons, isdisjoint.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "z": 0, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b), sorted(a.keys() - {"x"}), sorted(a.keys() ^ b.keys()))
print(a.keys() == {"x", "y", "z"}, a.keys() <= {"x", "y", "z", "q"}, {"y"} < a.keys(), a.keys() == b.keys())
print(sorted(a.items() & {("x", 1), ("y", 5)}), a.keys().isdisjoint(["q"]), a.keys().isdisjoint("xy"))
print(sorted({"w", "x"} & a.keys()), sorted(["x", "q"] - a.keys()) if False else "skip")
