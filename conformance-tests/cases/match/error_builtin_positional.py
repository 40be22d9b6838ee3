# Built-in types accept exactly one positional sub-pattern, and classes without __match_args__ none.
class Plain:
    pass

for subject, label in [(Plain(), "plain")]:
    try:
        match subject:
            case Plain(x):
                pass
    except TypeError as e:
        print(label, "->", e)

match "text":
    case str(a, b):
        pass
