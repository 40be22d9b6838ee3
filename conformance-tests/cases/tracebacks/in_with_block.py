# conformance: full-stderr
class Managed:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("cleaning up after", exc_type.__name__)
        return False

def work(items):
    with Managed():
        return items[3]

work([1, 2])
