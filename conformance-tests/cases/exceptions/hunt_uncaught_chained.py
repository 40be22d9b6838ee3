class ValidationError(Exception):
    pass
def validate(x):
    if x < 0:
        raise ValidationError(f"negative: {x}")
    return x
def process(items):
    out = []
    for i in items:
        try:
            out.append(validate(i))
        except ValidationError as e:
            raise RuntimeError("processing failed") from e
    return out
print(process([1, 2]))
process([1, -2])
