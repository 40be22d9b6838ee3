# conformance: full-stderr
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field

class Form:
    def __init__(self, data):
        self.data = data

    def check(self):
        for key in ["name", "age"]:
            if key not in self.data:
                raise ValidationError(key, "missing")
        return True

print(Form({"name": "x", "age": 3}).check())
Form({"name": "x"}).check()
