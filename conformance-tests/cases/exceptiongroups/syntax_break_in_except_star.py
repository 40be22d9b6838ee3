# conformance: full-stderr
# break, continue and return cannot leave an except* clause.
print("never printed")
for i in range(3):
    try:
        pass
    except* ValueError:
        break
