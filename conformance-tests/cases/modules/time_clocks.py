# time: clocks and sleep answered by the controller; only properties that hold on any machine are printed.
import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
time.sleep(0.05)
print(time.time() - t0 >= 0.04, time.monotonic() - m0 >= 0.05, time.perf_counter() - p0 >= 0.05)
print(type(time.time_ns()).__name__, time.time() > 1.7e9, time.process_time() >= 0)
for bad in [-1, 'x', float('nan')]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
