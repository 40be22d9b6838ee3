"""statistics for Terrarium: mean, fmean, geometric_mean, harmonic_mean, median (low, high,
grouped), mode, multimode, variance, pvariance, stdev, pstdev, quantiles (written for Terrarium
after CPython's documented behaviour). Sums are exact rationals (numerator, denominator), so
results round once, like CPython's; int data gives an int result when it is exact."""

import math as _math

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            raise _NonFinite(x)
        return x.as_integer_ratio()
    if hasattr(x, 'numerator') and hasattr(x, 'denominator'):
        return x.numerator, x.denominator
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


class _NonFinite(Exception):
    def __init__(self, value):
        self.value = value


def _reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = _math.gcd(n, d)
    return n // g, d // g


def _sum(data):
    # Exact sum of the data as a rational, with the common type of the values and the count.
    n, d = 0, 1
    count = 0
    T = int
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        xn, xd = _ratio(x)
        n, d = n * xd + xn * d, d * xd
        if count % 32 == 0:
            n, d = _reduce(n, d)
    n, d = _reduce(n, d)
    return T, n, d, count


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("can't convert type '%s' to '%s'" % (T.__name__, S.__name__))


def _convert(n, d, T):
    if T is int or T is bool:
        if d == 1:
            return n
        return n / d
    if T is float:
        return n / d
    try:
        return T(n, d)
    except TypeError:
        return T(n / d)


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    try:
        T, n, d, count = _sum(data)
    except _NonFinite as e:
        return _nonfinite_sum(data) / len(data)
    return _convert(*_reduce(n, d * count), T)


def _nonfinite_sum(data):
    total = 0.0
    for x in data:
        total += x
    return total


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return _math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = _math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return _math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        weights = [1] * len(data)
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    T, wn, wd, _ = _sum(weights)
    inv = []
    for x, w in zip(data, weights):
        xn, xd = _ratio(x)
        wn2, wd2 = _ratio(w)
        inv.append((wn2 * xd, wd2 * xn))
    sn, sd = 0, 1
    for a, b in inv:
        sn, sd = sn * b + a * sd, sd * b
    n, d = _reduce(wn * sd, wd * sn)
    return n / d


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    lo = 0
    while lo < n and data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    L = x - interval / 2
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def mode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_count = 0
    for x, c in counts.items():
        if c > best_count:
            best, best_count = x, c
    return best


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def _ss(data, c=None):
    # Exact sum of squared deviations from the mean (or from c) as a rational.
    T, n, d, count = _sum(data)
    if c is None:
        mn, md = _reduce(n, d * count)
    else:
        mn, md = _ratio(c)
    sn, sd = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        # (x - m)^2 with x = xn/xd, m = mn/md
        dn = xn * md - mn * xd
        dd = xd * md
        sn, sd = sn * dd * dd + dn * dn * sd, sd * dd * dd
        sn, sd = _reduce(sn, sd)
    if c is None:
        # Correction for rounding in the mean, as CPython does: exact mean makes it zero.
        pass
    return T, sn, sd, count


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    T, sn, sd, n = _ss(data, xbar)
    return _convert(*_reduce(sn, sd * (n - 1)), T)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, sn, sd, n = _ss(data, mu)
    return _convert(*_reduce(sn, sd * n), T)


def _sqrt_of_frac(n, d):
    # As CPython 3.11 rounds it: scale n/d so that its integer square root has 2*53+3 bits,
    # take that root rounded to odd (the low bit records any remainder), then one division
    # to float rounds the result once.
    if n <= 0:
        return 0.0
    q = (n.bit_length() - d.bit_length() - 109) // 2
    if q >= 0:
        return float(_isqrt_rto(n, d << (2 * q)) << q)
    return _isqrt_rto(n << (-2 * q), d) / (1 << -q)


def _isqrt_rto(n, d):
    a = _math.isqrt(n // d)
    return a | (a * a * d != n)


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    T, sn, sd, n = _ss(data, xbar)
    return _sqrt_of_frac(*_reduce(sn, sd * (n - 1)))


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    T, sn, sd, n = _ss(data, mu)
    return _sqrt_of_frac(*_reduce(sn, sd * n))


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: %r' % (method,))
