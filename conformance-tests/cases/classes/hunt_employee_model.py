# dataclass-like by hand
class Employee:
    raise_rate = 1.05
    _registry = []
    def __init__(self, first, last, pay, dept="eng"):
        self.first = first
        self.last = last
        self.pay = pay
        self.dept = dept
        Employee._registry.append(self)
    @property
    def email(self):
        return f"{self.first}.{self.last}@company.com".lower()
    @property
    def fullname(self):
        return f"{self.first} {self.last}"
    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")
    @fullname.deleter
    def fullname(self):
        print("Delete Name!")
        self.first = None
        self.last = None
    def apply_raise(self):
        self.pay = int(self.pay * self.raise_rate)
    def __repr__(self):
        return f"Employee({self.first!r}, {self.last!r}, {self.pay})"
    def __str__(self):
        return f"{self.fullname} - {self.email}"
    def __eq__(self, other):
        return (self.first, self.last, self.pay) == (other.first, other.last, other.pay)
    def __lt__(self, other):
        return self.pay < other.pay
    @classmethod
    def from_string(cls, s):
        first, last, pay = s.split("-")
        return cls(first, last, int(pay))
    @staticmethod
    def is_workday(day):
        return day not in ("Sat", "Sun")

class Manager(Employee):
    raise_rate = 1.10
    def __init__(self, first, last, pay, employees=None):
        super().__init__(first, last, pay, dept="mgmt")
        self.employees = [] if employees is None else employees
    def add(self, emp):
        if emp not in self.employees:
            self.employees.append(emp)
    def __repr__(self):
        return f"Manager({self.first!r}, reports={len(self.employees)})"

e1 = Employee("Corey", "Schafer", 50000)
e2 = Employee.from_string("John-Doe-70000")
m = Manager("Sue", "Smith", 90000, [e1])
m.add(e2); m.add(e1)
print(e1, e2, m, sep="\n")
print([e1, e2, m])
print(repr(e1), str(m))
for e in (e1, m):
    e.apply_raise()
print(e1.pay, m.pay, Employee.raise_rate, Manager.raise_rate)
m.fullname = "Susan Smyth"
print(m.email, m.first)
del m.fullname
print(m.first, m.fullname)
print(sorted(Employee._registry), min(Employee._registry))
print(Employee.is_workday("Mon"), e1.is_workday("Sun"))
print(e1 == Employee("Corey", "Schafer", 52500), len(Employee._registry))
print(isinstance(m, Employee), issubclass(Manager, Employee), isinstance(e1, Manager))
print(m.__dict__.keys(), sorted(vars(e1)) if False else sorted(e1.__dict__))
print(Manager.__mro__)
print({e.dept for e in Employee._registry})
print({"mgr": m, "emps": [e1]})
print((e1,), f"{e1}", f"{e1!r}", "%s / %r" % (e1, e1), format(e1), "{} {!r}".format(e1, e1))
