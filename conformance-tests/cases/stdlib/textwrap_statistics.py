import io, sys, contextlib, abc, types, textwrap, statistics
from contextlib import contextmanager, suppress, redirect_stdout, nullcontext, ExitStack
from abc import ABC, abstractmethod

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, width=30))
print(textwrap.fill("Hello there, this is a fairly long sentence that should wrap nicely.", width=20))
print(textwrap.shorten("Hello  world! This is a long text", width=20))
print(repr(textwrap.dedent("""
    def f():
        return 1
""")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("well-known state-of-the-art hyphenated words here", width=12))
print(textwrap.wrap("short", width=10, initial_indent="* ", subsequent_indent="  "))

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), statistics.stdev(data), statistics.variance(data), statistics.pvariance(data))
print(statistics.mean([1.5, 2.5, 3.0]), statistics.median([5, 1, 3]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.multimode("aabbbcccc"), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.fmean([1, 2, 3, 4]))
print(statistics.harmonic_mean([40, 60]), round(statistics.geometric_mean([1, 10, 100]), 6))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
