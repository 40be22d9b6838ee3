# A class pattern whose name is not a class raises TypeError when it is tried.
def make():
    return 1

match make():
    case 0:
        print("zero")
    case make():
        print("called?")
