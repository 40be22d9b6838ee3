# Attribute-heavy loop: particles whose position and velocity fields are read and written.
class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy


def simulate(particles, steps):
    for _ in range(steps):
        for p in particles:
            p.x = p.x + p.vx
            p.y = p.y + p.vy
            if p.x < 0.0 or p.x > 100.0:
                p.vx = -p.vx
            if p.y < 0.0 or p.y > 100.0:
                p.vy = -p.vy


particles = [Particle(i * 1.0, i * 0.5, (i % 7) - 3.0, (i % 5) - 2.0) for i in range(100)]
simulate(particles, 30000)
print(round(sum(p.x + p.y for p in particles), 6))
