# A value pattern tests the truth of what __eq__ returned; its error points at the value pattern.
class Unsure:
    def __bool__(self):
        raise ValueError("cannot decide")

class Weird:
    def __eq__(self, other):
        return Unsure()

class Constants:
    weird = Weird()

match 1:
    case 2 | Constants.weird:
        pass
