# methods.js in Python: classes with methods, inheritance, polymorphic calls.
N = 40000


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return len(self.name) + self.area()


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"


class Tri(Shape):
    def __init__(self, b, h):
        Shape.__init__(self, "tri")
        self.b = b
        self.h = h

    def area(self):
        return (self.b * self.h) >> 1


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self


def run(n):
    v = Vec(0, 0)
    d = Vec(1, 2)
    dots = 0
    for i in range(n):
        v = v.add(d).scale(1)
        dots += v.dot(d) % 97
    shapes = []
    for j in range(30):
        shapes.append(Rect(j, 2) if j % 3 == 0 else Square(j % 5) if j % 3 == 1 else Tri(j, 4))
    areas = 0
    r = 0
    while r < n / 30:
        for s in shapes:
            areas += s.describe()
        r += 1
    c = Counter()
    for q in range(n):
        c.inc().inc()
    kinds = (1 if isinstance(shapes[1], Rect) else 0) + (2 if isinstance(shapes[2], Rect) else 0)
    return v.x + v.y + dots + areas + c.n + kinds


checksum = run(N)
