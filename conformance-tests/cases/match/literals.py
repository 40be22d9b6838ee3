# Literal patterns compare with ==: 1 matches 1.0 and True; None/True/False compare by identity.
def kind(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1+2j:
            return "complex"
        case -3-4j:
            return "negative complex"
        case "text":
            return "str"
        case b"bytes":
            return "bytes"
        case "con" "cat":
            return "concatenated"
        case _:
            return "other"

for value in [None, True, False, 0, 0.0, 1, 1.0, -1, -1.0, 2.5, 1+2j, -3-4j, "text", b"text",
              b"bytes", "bytes", "concat", 7, [], 1e100]:
    print(repr(value), kind(value))
