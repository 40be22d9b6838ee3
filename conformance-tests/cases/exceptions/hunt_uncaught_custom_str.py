class E(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"code={self.code}"
raise E(3)
