# finally runs on every exit: normal, return, break, continue, and exceptions; return in finally wins.
log = []

def body(kind):
    for i in range(3):
        try:
            if kind == "break" and i == 1:
                break
            if kind == "continue" and i == 0:
                continue
            if kind == "return" and i == 2:
                return "returned"
            if kind == "raise" and i == 1:
                raise ValueError(kind)
            log.append(kind + str(i))
        finally:
            log.append("finally" + str(i))
    return "end"

for kind in ["none", "break", "continue", "return"]:
    print(kind, body(kind), log)
    log = []

try:
    body("raise")
except ValueError as e:
    print("raised", e, log)

def override():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"

print(override())

def nested():
    result = []
    for i in range(2):
        try:
            try:
                result.append("inner" + str(i))
                continue
            finally:
                result.append("inner-finally")
        finally:
            result.append("outer-finally")
    return result

print(nested())
