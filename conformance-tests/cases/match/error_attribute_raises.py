# AttributeError from a property makes the class pattern fail; other errors propagate.
class Thing:
    __match_args__ = ("missing", "broken")
    @property
    def missing(self):
        raise AttributeError("not here")
    @property
    def broken(self):
        raise KeyError("broken")

match Thing():
    case Thing(_):
        print("unreachable")
    case Thing(broken=b):
        print("unreachable", b)
