# conformance: full-stderr
# Printing limits: 15 members per group ("and N more exceptions"), 10 levels of nesting; notes of members.
def leaf(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        return e

def nest(depth):
    if depth == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"depth {depth}", [nest(depth - 1)])

wide = ExceptionGroup("wide", [leaf(i) for i in range(17)])
wide.add_note("note A\nsecond line of A")
wide.add_note("note B")
just_one_more = ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
raise ExceptionGroup("top", [wide, nest(12), just_one_more])
