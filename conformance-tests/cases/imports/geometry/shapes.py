import math

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side
