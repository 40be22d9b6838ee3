# The first matching clause wins; a tuple matches any of its classes; bare except catches all.
def classify(value):
    try:
        if value == 0:
            return 1 // value
        if value == 1:
            return [][value]
        if value == 2:
            return {}[value]
        if value == 3:
            return int("three")
        return "ok"
    except (IndexError, KeyError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arithmetic"
    except:
        return "other"

for v in range(5):
    print(v, classify(v))
