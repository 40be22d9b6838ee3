data = {"users": [{"name": "a", "age": 3}, {"name": "b"}]}
def avg_age(d):
    total = 0
    for u in d["users"]:
        total += u["age"]
    return total / len(d["users"])
print(avg_age(data))
