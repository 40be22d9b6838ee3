# try/except inside loops with continue and break, and exceptions counting failures.
data = ['1', 'x', '3', '', '5', 'stop', '7']
total = 0
errors = []
for item in data:
    try:
        if item == 'stop':
            break
        total += int(item)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(total, errors)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f'attempt {attempts}')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('retrying after', e)
