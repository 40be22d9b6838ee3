# An exception raised while handling another prints both with the "During handling" separator.
class Broken(Exception):
    def __str__(self):
        return 'broken: ' + str(self.args[0])


try:
    [1, 2, 3][10]
except IndexError:
    raise Broken({'k': [1, 2]})
