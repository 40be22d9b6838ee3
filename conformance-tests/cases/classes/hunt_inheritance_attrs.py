class Animal:
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __str__(self):
        return f"{type(self).__name__}({self.name})"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

class Cat(Animal):
    sound = "meow"
    def __repr__(self):
        return f"<Cat {self.name}>"

animals = [Dog("rex"), Puppy("bit"), Cat("tom"), Animal("x")]
for a in animals:
    print(a.speak(), str(a), isinstance(a, Dog), issubclass(type(a), Animal))
print(Animal.count, Dog.count)
print(animals[2], [animals[2]], [animals[0]][0].name)
print(Puppy.__mro__)
print(Puppy.__name__, Puppy.__bases__, Dog.__qualname__)
c = Cat("z")
c.sound = "purr"
print(c.speak(), Cat.sound)
print(type(c) is Cat, type(c) == Cat, Cat)
print(repr(Animal("q"))[:22])
