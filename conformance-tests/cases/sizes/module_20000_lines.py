# A module of 20,000 lines of top-level statements runs (spread over many JVM methods).
total = 0
names = []
def square(x):
    return x * x
for i in range(2):
    total += square(i)
try:
    total += 2 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3(a, b=3):
    return a + b
total += helper_3(3)
names.append('n4')
x_5 = [total % 5, 5]
total += sum(x_5)
class C6:
    v = 6
total += C6.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8
print(9, total, len(names))
if total % 3 == 1:
    total += 10
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 12 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_13(a, b=13):
    return a + b
total += helper_13(2)
names.append('n14')
x_15 = [total % 15, 15]
total += sum(x_15)
class C16:
    v = 16
total += C16.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 18
total = total + 2
if total % 3 == 2:
    total += 20
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 22 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_23(a, b=23):
    return a + b
total += helper_23(1)
names.append('n24')
x_25 = [total % 25, 25]
total += sum(x_25)
class C26:
    v = 26
total += C26.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 28
total = total + 12
if total % 3 == 0:
    total += 30
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 32 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_33(a, b=33):
    return a + b
total += helper_33(0)
names.append('n34')
x_35 = [total % 35, 35]
total += sum(x_35)
class C36:
    v = 36
total += C36.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 38
total = total + 5
if total % 3 == 1:
    total += 40
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 42 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_43(a, b=43):
    return a + b
total += helper_43(10)
names.append('n44')
x_45 = [total % 45, 45]
total += sum(x_45)
class C46:
    v = 46
total += C46.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 48
total = total + 15
if total % 3 == 2:
    total += 50
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 52 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_53(a, b=53):
    return a + b
total += helper_53(9)
names.append('n54')
x_55 = [total % 55, 55]
total += sum(x_55)
class C56:
    v = 56
total += C56.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 58
total = total + 8
if total % 3 == 0:
    total += 60
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 62 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_63(a, b=63):
    return a + b
total += helper_63(8)
names.append('n64')
x_65 = [total % 65, 65]
total += sum(x_65)
class C66:
    v = 66
total += C66.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 68
total = total + 1
if total % 3 == 1:
    total += 70
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 72 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_73(a, b=73):
    return a + b
total += helper_73(7)
names.append('n74')
x_75 = [total % 75, 75]
total += sum(x_75)
class C76:
    v = 76
total += C76.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 78
total = total + 11
if total % 3 == 2:
    total += 80
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 82 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_83(a, b=83):
    return a + b
total += helper_83(6)
names.append('n84')
x_85 = [total % 85, 85]
total += sum(x_85)
class C86:
    v = 86
total += C86.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 88
total = total + 4
if total % 3 == 0:
    total += 90
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 92 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_93(a, b=93):
    return a + b
total += helper_93(5)
names.append('n94')
x_95 = [total % 95, 95]
total += sum(x_95)
class C96:
    v = 96
total += C96.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 98
total = total + 14
if total % 3 == 1:
    total += 100
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_103(a, b=103):
    return a + b
total += helper_103(4)
names.append('n104')
x_105 = [total % 105, 105]
total += sum(x_105)
class C106:
    v = 106
total += C106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 108
total = total + 7
if total % 3 == 2:
    total += 110
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_113(a, b=113):
    return a + b
total += helper_113(3)
names.append('n114')
x_115 = [total % 115, 115]
total += sum(x_115)
class C116:
    v = 116
total += C116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 118
total = total + 0
if total % 3 == 0:
    total += 120
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_123(a, b=123):
    return a + b
total += helper_123(2)
names.append('n124')
x_125 = [total % 125, 125]
total += sum(x_125)
class C126:
    v = 126
total += C126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 128
total = total + 10
if total % 3 == 1:
    total += 130
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_133(a, b=133):
    return a + b
total += helper_133(1)
names.append('n134')
x_135 = [total % 135, 135]
total += sum(x_135)
class C136:
    v = 136
total += C136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 138
total = total + 3
if total % 3 == 2:
    total += 140
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_143(a, b=143):
    return a + b
total += helper_143(0)
names.append('n144')
x_145 = [total % 145, 145]
total += sum(x_145)
class C146:
    v = 146
total += C146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 148
total = total + 13
if total % 3 == 0:
    total += 150
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_153(a, b=153):
    return a + b
total += helper_153(10)
names.append('n154')
x_155 = [total % 155, 155]
total += sum(x_155)
class C156:
    v = 156
total += C156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 158
total = total + 6
if total % 3 == 1:
    total += 160
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_163(a, b=163):
    return a + b
total += helper_163(9)
names.append('n164')
x_165 = [total % 165, 165]
total += sum(x_165)
class C166:
    v = 166
total += C166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 168
total = total + 16
if total % 3 == 2:
    total += 170
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_173(a, b=173):
    return a + b
total += helper_173(8)
names.append('n174')
x_175 = [total % 175, 175]
total += sum(x_175)
class C176:
    v = 176
total += C176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 178
total = total + 9
if total % 3 == 0:
    total += 180
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_183(a, b=183):
    return a + b
total += helper_183(7)
names.append('n184')
x_185 = [total % 185, 185]
total += sum(x_185)
class C186:
    v = 186
total += C186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 188
total = total + 2
if total % 3 == 1:
    total += 190
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_193(a, b=193):
    return a + b
total += helper_193(6)
names.append('n194')
x_195 = [total % 195, 195]
total += sum(x_195)
class C196:
    v = 196
total += C196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 198
total = total + 12
if total % 3 == 2:
    total += 200
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_203(a, b=203):
    return a + b
total += helper_203(5)
names.append('n204')
x_205 = [total % 205, 205]
total += sum(x_205)
class C206:
    v = 206
total += C206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 208
total = total + 5
if total % 3 == 0:
    total += 210
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_213(a, b=213):
    return a + b
total += helper_213(4)
names.append('n214')
x_215 = [total % 215, 215]
total += sum(x_215)
class C216:
    v = 216
total += C216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 218
total = total + 15
if total % 3 == 1:
    total += 220
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_223(a, b=223):
    return a + b
total += helper_223(3)
names.append('n224')
x_225 = [total % 225, 225]
total += sum(x_225)
class C226:
    v = 226
total += C226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 228
total = total + 8
if total % 3 == 2:
    total += 230
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_233(a, b=233):
    return a + b
total += helper_233(2)
names.append('n234')
x_235 = [total % 235, 235]
total += sum(x_235)
class C236:
    v = 236
total += C236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 238
total = total + 1
if total % 3 == 0:
    total += 240
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_243(a, b=243):
    return a + b
total += helper_243(1)
names.append('n244')
x_245 = [total % 245, 245]
total += sum(x_245)
class C246:
    v = 246
total += C246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 248
total = total + 11
if total % 3 == 1:
    total += 250
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_253(a, b=253):
    return a + b
total += helper_253(0)
names.append('n254')
x_255 = [total % 255, 255]
total += sum(x_255)
class C256:
    v = 256
total += C256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 258
total = total + 4
if total % 3 == 2:
    total += 260
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_263(a, b=263):
    return a + b
total += helper_263(10)
names.append('n264')
x_265 = [total % 265, 265]
total += sum(x_265)
class C266:
    v = 266
total += C266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 268
total = total + 14
if total % 3 == 0:
    total += 270
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_273(a, b=273):
    return a + b
total += helper_273(9)
names.append('n274')
x_275 = [total % 275, 275]
total += sum(x_275)
class C276:
    v = 276
total += C276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 278
total = total + 7
if total % 3 == 1:
    total += 280
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_283(a, b=283):
    return a + b
total += helper_283(8)
names.append('n284')
x_285 = [total % 285, 285]
total += sum(x_285)
class C286:
    v = 286
total += C286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 288
total = total + 0
if total % 3 == 2:
    total += 290
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_293(a, b=293):
    return a + b
total += helper_293(7)
names.append('n294')
x_295 = [total % 295, 295]
total += sum(x_295)
class C296:
    v = 296
total += C296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 298
total = total + 10
if total % 3 == 0:
    total += 300
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_303(a, b=303):
    return a + b
total += helper_303(6)
names.append('n304')
x_305 = [total % 305, 305]
total += sum(x_305)
class C306:
    v = 306
total += C306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 308
total = total + 3
if total % 3 == 1:
    total += 310
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_313(a, b=313):
    return a + b
total += helper_313(5)
names.append('n314')
x_315 = [total % 315, 315]
total += sum(x_315)
class C316:
    v = 316
total += C316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 318
total = total + 13
if total % 3 == 2:
    total += 320
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_323(a, b=323):
    return a + b
total += helper_323(4)
names.append('n324')
x_325 = [total % 325, 325]
total += sum(x_325)
class C326:
    v = 326
total += C326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 328
total = total + 6
if total % 3 == 0:
    total += 330
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_333(a, b=333):
    return a + b
total += helper_333(3)
names.append('n334')
x_335 = [total % 335, 335]
total += sum(x_335)
class C336:
    v = 336
total += C336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 338
total = total + 16
if total % 3 == 1:
    total += 340
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_343(a, b=343):
    return a + b
total += helper_343(2)
names.append('n344')
x_345 = [total % 345, 345]
total += sum(x_345)
class C346:
    v = 346
total += C346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 348
total = total + 9
if total % 3 == 2:
    total += 350
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_353(a, b=353):
    return a + b
total += helper_353(1)
names.append('n354')
x_355 = [total % 355, 355]
total += sum(x_355)
class C356:
    v = 356
total += C356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 358
total = total + 2
if total % 3 == 0:
    total += 360
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_363(a, b=363):
    return a + b
total += helper_363(0)
names.append('n364')
x_365 = [total % 365, 365]
total += sum(x_365)
class C366:
    v = 366
total += C366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 368
total = total + 12
if total % 3 == 1:
    total += 370
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_373(a, b=373):
    return a + b
total += helper_373(10)
names.append('n374')
x_375 = [total % 375, 375]
total += sum(x_375)
class C376:
    v = 376
total += C376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 378
total = total + 5
if total % 3 == 2:
    total += 380
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_383(a, b=383):
    return a + b
total += helper_383(9)
names.append('n384')
x_385 = [total % 385, 385]
total += sum(x_385)
class C386:
    v = 386
total += C386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 388
total = total + 15
if total % 3 == 0:
    total += 390
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_393(a, b=393):
    return a + b
total += helper_393(8)
names.append('n394')
x_395 = [total % 395, 395]
total += sum(x_395)
class C396:
    v = 396
total += C396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 398
total = total + 8
if total % 3 == 1:
    total += 400
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_403(a, b=403):
    return a + b
total += helper_403(7)
names.append('n404')
x_405 = [total % 405, 405]
total += sum(x_405)
class C406:
    v = 406
total += C406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 408
total = total + 1
if total % 3 == 2:
    total += 410
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_413(a, b=413):
    return a + b
total += helper_413(6)
names.append('n414')
x_415 = [total % 415, 415]
total += sum(x_415)
class C416:
    v = 416
total += C416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 418
total = total + 11
if total % 3 == 0:
    total += 420
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_423(a, b=423):
    return a + b
total += helper_423(5)
names.append('n424')
x_425 = [total % 425, 425]
total += sum(x_425)
class C426:
    v = 426
total += C426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 428
total = total + 4
if total % 3 == 1:
    total += 430
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_433(a, b=433):
    return a + b
total += helper_433(4)
names.append('n434')
x_435 = [total % 435, 435]
total += sum(x_435)
class C436:
    v = 436
total += C436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 438
total = total + 14
if total % 3 == 2:
    total += 440
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_443(a, b=443):
    return a + b
total += helper_443(3)
names.append('n444')
x_445 = [total % 445, 445]
total += sum(x_445)
class C446:
    v = 446
total += C446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 448
total = total + 7
if total % 3 == 0:
    total += 450
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_453(a, b=453):
    return a + b
total += helper_453(2)
names.append('n454')
x_455 = [total % 455, 455]
total += sum(x_455)
class C456:
    v = 456
total += C456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 458
total = total + 0
if total % 3 == 1:
    total += 460
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_463(a, b=463):
    return a + b
total += helper_463(1)
names.append('n464')
x_465 = [total % 465, 465]
total += sum(x_465)
class C466:
    v = 466
total += C466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 468
total = total + 10
if total % 3 == 2:
    total += 470
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_473(a, b=473):
    return a + b
total += helper_473(0)
names.append('n474')
x_475 = [total % 475, 475]
total += sum(x_475)
class C476:
    v = 476
total += C476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 478
total = total + 3
if total % 3 == 0:
    total += 480
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_483(a, b=483):
    return a + b
total += helper_483(10)
names.append('n484')
x_485 = [total % 485, 485]
total += sum(x_485)
class C486:
    v = 486
total += C486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 488
total = total + 13
if total % 3 == 1:
    total += 490
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_493(a, b=493):
    return a + b
total += helper_493(9)
names.append('n494')
x_495 = [total % 495, 495]
total += sum(x_495)
class C496:
    v = 496
total += C496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 498
total = total + 6
if total % 3 == 2:
    total += 500
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_503(a, b=503):
    return a + b
total += helper_503(8)
names.append('n504')
x_505 = [total % 505, 505]
total += sum(x_505)
class C506:
    v = 506
total += C506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 508
total = total + 16
if total % 3 == 0:
    total += 510
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_513(a, b=513):
    return a + b
total += helper_513(7)
names.append('n514')
x_515 = [total % 515, 515]
total += sum(x_515)
class C516:
    v = 516
total += C516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 518
total = total + 9
if total % 3 == 1:
    total += 520
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_523(a, b=523):
    return a + b
total += helper_523(6)
names.append('n524')
x_525 = [total % 525, 525]
total += sum(x_525)
class C526:
    v = 526
total += C526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 528
total = total + 2
if total % 3 == 2:
    total += 530
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_533(a, b=533):
    return a + b
total += helper_533(5)
names.append('n534')
x_535 = [total % 535, 535]
total += sum(x_535)
class C536:
    v = 536
total += C536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 538
total = total + 12
if total % 3 == 0:
    total += 540
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_543(a, b=543):
    return a + b
total += helper_543(4)
names.append('n544')
x_545 = [total % 545, 545]
total += sum(x_545)
class C546:
    v = 546
total += C546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 548
total = total + 5
if total % 3 == 1:
    total += 550
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_553(a, b=553):
    return a + b
total += helper_553(3)
names.append('n554')
x_555 = [total % 555, 555]
total += sum(x_555)
class C556:
    v = 556
total += C556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 558
total = total + 15
if total % 3 == 2:
    total += 560
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_563(a, b=563):
    return a + b
total += helper_563(2)
names.append('n564')
x_565 = [total % 565, 565]
total += sum(x_565)
class C566:
    v = 566
total += C566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 568
total = total + 8
if total % 3 == 0:
    total += 570
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_573(a, b=573):
    return a + b
total += helper_573(1)
names.append('n574')
x_575 = [total % 575, 575]
total += sum(x_575)
class C576:
    v = 576
total += C576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 578
total = total + 1
if total % 3 == 1:
    total += 580
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_583(a, b=583):
    return a + b
total += helper_583(0)
names.append('n584')
x_585 = [total % 585, 585]
total += sum(x_585)
class C586:
    v = 586
total += C586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 588
total = total + 11
if total % 3 == 2:
    total += 590
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_593(a, b=593):
    return a + b
total += helper_593(10)
names.append('n594')
x_595 = [total % 595, 595]
total += sum(x_595)
class C596:
    v = 596
total += C596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 598
total = total + 4
if total % 3 == 0:
    total += 600
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_603(a, b=603):
    return a + b
total += helper_603(9)
names.append('n604')
x_605 = [total % 605, 605]
total += sum(x_605)
class C606:
    v = 606
total += C606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 608
total = total + 14
if total % 3 == 1:
    total += 610
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_613(a, b=613):
    return a + b
total += helper_613(8)
names.append('n614')
x_615 = [total % 615, 615]
total += sum(x_615)
class C616:
    v = 616
total += C616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 618
total = total + 7
if total % 3 == 2:
    total += 620
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_623(a, b=623):
    return a + b
total += helper_623(7)
names.append('n624')
x_625 = [total % 625, 625]
total += sum(x_625)
class C626:
    v = 626
total += C626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 628
total = total + 0
if total % 3 == 0:
    total += 630
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_633(a, b=633):
    return a + b
total += helper_633(6)
names.append('n634')
x_635 = [total % 635, 635]
total += sum(x_635)
class C636:
    v = 636
total += C636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 638
total = total + 10
if total % 3 == 1:
    total += 640
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_643(a, b=643):
    return a + b
total += helper_643(5)
names.append('n644')
x_645 = [total % 645, 645]
total += sum(x_645)
class C646:
    v = 646
total += C646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 648
total = total + 3
if total % 3 == 2:
    total += 650
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_653(a, b=653):
    return a + b
total += helper_653(4)
names.append('n654')
x_655 = [total % 655, 655]
total += sum(x_655)
class C656:
    v = 656
total += C656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 658
total = total + 13
if total % 3 == 0:
    total += 660
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_663(a, b=663):
    return a + b
total += helper_663(3)
names.append('n664')
x_665 = [total % 665, 665]
total += sum(x_665)
class C666:
    v = 666
total += C666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 668
total = total + 6
if total % 3 == 1:
    total += 670
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_673(a, b=673):
    return a + b
total += helper_673(2)
names.append('n674')
x_675 = [total % 675, 675]
total += sum(x_675)
class C676:
    v = 676
total += C676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 678
total = total + 16
if total % 3 == 2:
    total += 680
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_683(a, b=683):
    return a + b
total += helper_683(1)
names.append('n684')
x_685 = [total % 685, 685]
total += sum(x_685)
class C686:
    v = 686
total += C686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 688
total = total + 9
if total % 3 == 0:
    total += 690
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 692 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_693(a, b=693):
    return a + b
total += helper_693(0)
names.append('n694')
x_695 = [total % 695, 695]
total += sum(x_695)
class C696:
    v = 696
total += C696.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 698
total = total + 2
if total % 3 == 1:
    total += 700
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 702 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_703(a, b=703):
    return a + b
total += helper_703(10)
names.append('n704')
x_705 = [total % 705, 705]
total += sum(x_705)
class C706:
    v = 706
total += C706.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 708
total = total + 12
if total % 3 == 2:
    total += 710
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 712 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_713(a, b=713):
    return a + b
total += helper_713(9)
names.append('n714')
x_715 = [total % 715, 715]
total += sum(x_715)
class C716:
    v = 716
total += C716.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 718
total = total + 5
if total % 3 == 0:
    total += 720
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 722 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_723(a, b=723):
    return a + b
total += helper_723(8)
names.append('n724')
x_725 = [total % 725, 725]
total += sum(x_725)
class C726:
    v = 726
total += C726.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 728
total = total + 15
if total % 3 == 1:
    total += 730
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 732 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_733(a, b=733):
    return a + b
total += helper_733(7)
names.append('n734')
x_735 = [total % 735, 735]
total += sum(x_735)
class C736:
    v = 736
total += C736.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 738
total = total + 8
if total % 3 == 2:
    total += 740
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 742 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_743(a, b=743):
    return a + b
total += helper_743(6)
names.append('n744')
x_745 = [total % 745, 745]
total += sum(x_745)
class C746:
    v = 746
total += C746.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 748
total = total + 1
if total % 3 == 0:
    total += 750
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 752 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_753(a, b=753):
    return a + b
total += helper_753(5)
names.append('n754')
x_755 = [total % 755, 755]
total += sum(x_755)
class C756:
    v = 756
total += C756.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 758
total = total + 11
if total % 3 == 1:
    total += 760
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 762 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_763(a, b=763):
    return a + b
total += helper_763(4)
names.append('n764')
x_765 = [total % 765, 765]
total += sum(x_765)
class C766:
    v = 766
total += C766.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 768
total = total + 4
if total % 3 == 2:
    total += 770
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 772 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_773(a, b=773):
    return a + b
total += helper_773(3)
names.append('n774')
x_775 = [total % 775, 775]
total += sum(x_775)
class C776:
    v = 776
total += C776.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 778
total = total + 14
if total % 3 == 0:
    total += 780
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 782 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_783(a, b=783):
    return a + b
total += helper_783(2)
names.append('n784')
x_785 = [total % 785, 785]
total += sum(x_785)
class C786:
    v = 786
total += C786.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 788
total = total + 7
if total % 3 == 1:
    total += 790
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 792 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_793(a, b=793):
    return a + b
total += helper_793(1)
names.append('n794')
x_795 = [total % 795, 795]
total += sum(x_795)
class C796:
    v = 796
total += C796.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 798
total = total + 0
if total % 3 == 2:
    total += 800
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 802 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_803(a, b=803):
    return a + b
total += helper_803(0)
names.append('n804')
x_805 = [total % 805, 805]
total += sum(x_805)
class C806:
    v = 806
total += C806.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 808
total = total + 10
if total % 3 == 0:
    total += 810
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 812 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_813(a, b=813):
    return a + b
total += helper_813(10)
names.append('n814')
x_815 = [total % 815, 815]
total += sum(x_815)
class C816:
    v = 816
total += C816.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 818
total = total + 3
if total % 3 == 1:
    total += 820
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 822 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_823(a, b=823):
    return a + b
total += helper_823(9)
names.append('n824')
x_825 = [total % 825, 825]
total += sum(x_825)
class C826:
    v = 826
total += C826.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 828
total = total + 13
if total % 3 == 2:
    total += 830
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 832 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_833(a, b=833):
    return a + b
total += helper_833(8)
names.append('n834')
x_835 = [total % 835, 835]
total += sum(x_835)
class C836:
    v = 836
total += C836.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 838
total = total + 6
if total % 3 == 0:
    total += 840
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 842 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_843(a, b=843):
    return a + b
total += helper_843(7)
names.append('n844')
x_845 = [total % 845, 845]
total += sum(x_845)
class C846:
    v = 846
total += C846.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 848
total = total + 16
if total % 3 == 1:
    total += 850
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 852 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_853(a, b=853):
    return a + b
total += helper_853(6)
names.append('n854')
x_855 = [total % 855, 855]
total += sum(x_855)
class C856:
    v = 856
total += C856.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 858
total = total + 9
if total % 3 == 2:
    total += 860
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 862 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_863(a, b=863):
    return a + b
total += helper_863(5)
names.append('n864')
x_865 = [total % 865, 865]
total += sum(x_865)
class C866:
    v = 866
total += C866.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 868
total = total + 2
if total % 3 == 0:
    total += 870
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 872 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_873(a, b=873):
    return a + b
total += helper_873(4)
names.append('n874')
x_875 = [total % 875, 875]
total += sum(x_875)
class C876:
    v = 876
total += C876.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 878
total = total + 12
if total % 3 == 1:
    total += 880
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 882 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_883(a, b=883):
    return a + b
total += helper_883(3)
names.append('n884')
x_885 = [total % 885, 885]
total += sum(x_885)
class C886:
    v = 886
total += C886.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 888
total = total + 5
if total % 3 == 2:
    total += 890
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 892 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_893(a, b=893):
    return a + b
total += helper_893(2)
names.append('n894')
x_895 = [total % 895, 895]
total += sum(x_895)
class C896:
    v = 896
total += C896.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 898
total = total + 15
if total % 3 == 0:
    total += 900
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 902 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_903(a, b=903):
    return a + b
total += helper_903(1)
names.append('n904')
x_905 = [total % 905, 905]
total += sum(x_905)
class C906:
    v = 906
total += C906.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 908
total = total + 8
if total % 3 == 1:
    total += 910
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 912 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_913(a, b=913):
    return a + b
total += helper_913(0)
names.append('n914')
x_915 = [total % 915, 915]
total += sum(x_915)
class C916:
    v = 916
total += C916.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 918
total = total + 1
if total % 3 == 2:
    total += 920
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 922 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_923(a, b=923):
    return a + b
total += helper_923(10)
names.append('n924')
x_925 = [total % 925, 925]
total += sum(x_925)
class C926:
    v = 926
total += C926.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 928
total = total + 11
if total % 3 == 0:
    total += 930
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 932 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_933(a, b=933):
    return a + b
total += helper_933(9)
names.append('n934')
x_935 = [total % 935, 935]
total += sum(x_935)
class C936:
    v = 936
total += C936.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 938
total = total + 4
if total % 3 == 1:
    total += 940
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 942 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_943(a, b=943):
    return a + b
total += helper_943(8)
names.append('n944')
x_945 = [total % 945, 945]
total += sum(x_945)
class C946:
    v = 946
total += C946.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 948
total = total + 14
if total % 3 == 2:
    total += 950
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 952 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_953(a, b=953):
    return a + b
total += helper_953(7)
names.append('n954')
x_955 = [total % 955, 955]
total += sum(x_955)
class C956:
    v = 956
total += C956.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 958
total = total + 7
if total % 3 == 0:
    total += 960
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 962 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_963(a, b=963):
    return a + b
total += helper_963(6)
names.append('n964')
x_965 = [total % 965, 965]
total += sum(x_965)
class C966:
    v = 966
total += C966.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 968
total = total + 0
if total % 3 == 1:
    total += 970
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 972 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_973(a, b=973):
    return a + b
total += helper_973(5)
names.append('n974')
x_975 = [total % 975, 975]
total += sum(x_975)
class C976:
    v = 976
total += C976.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 978
total = total + 10
if total % 3 == 2:
    total += 980
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 982 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_983(a, b=983):
    return a + b
total += helper_983(4)
names.append('n984')
x_985 = [total % 985, 985]
total += sum(x_985)
class C986:
    v = 986
total += C986.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 988
total = total + 3
if total % 3 == 0:
    total += 990
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 992 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_993(a, b=993):
    return a + b
total += helper_993(3)
names.append('n994')
x_995 = [total % 995, 995]
total += sum(x_995)
class C996:
    v = 996
total += C996.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 998
total = total + 13
if total % 3 == 1:
    total += 1000
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 1002 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1003(a, b=1003):
    return a + b
total += helper_1003(2)
names.append('n1004')
x_1005 = [total % 1005, 1005]
total += sum(x_1005)
class C1006:
    v = 1006
total += C1006.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1008
print(1009, total, len(names))
if total % 3 == 2:
    total += 1010
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 1012 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1013(a, b=1013):
    return a + b
total += helper_1013(1)
names.append('n1014')
x_1015 = [total % 1015, 1015]
total += sum(x_1015)
class C1016:
    v = 1016
total += C1016.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1018
total = total + 16
if total % 3 == 0:
    total += 1020
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 1022 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1023(a, b=1023):
    return a + b
total += helper_1023(0)
names.append('n1024')
x_1025 = [total % 1025, 1025]
total += sum(x_1025)
class C1026:
    v = 1026
total += C1026.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1028
total = total + 9
if total % 3 == 1:
    total += 1030
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 1032 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1033(a, b=1033):
    return a + b
total += helper_1033(10)
names.append('n1034')
x_1035 = [total % 1035, 1035]
total += sum(x_1035)
class C1036:
    v = 1036
total += C1036.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1038
total = total + 2
if total % 3 == 2:
    total += 1040
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 1042 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1043(a, b=1043):
    return a + b
total += helper_1043(9)
names.append('n1044')
x_1045 = [total % 1045, 1045]
total += sum(x_1045)
class C1046:
    v = 1046
total += C1046.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1048
total = total + 12
if total % 3 == 0:
    total += 1050
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 1052 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1053(a, b=1053):
    return a + b
total += helper_1053(8)
names.append('n1054')
x_1055 = [total % 1055, 1055]
total += sum(x_1055)
class C1056:
    v = 1056
total += C1056.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1058
total = total + 5
if total % 3 == 1:
    total += 1060
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 1062 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1063(a, b=1063):
    return a + b
total += helper_1063(7)
names.append('n1064')
x_1065 = [total % 1065, 1065]
total += sum(x_1065)
class C1066:
    v = 1066
total += C1066.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1068
total = total + 15
if total % 3 == 2:
    total += 1070
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 1072 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1073(a, b=1073):
    return a + b
total += helper_1073(6)
names.append('n1074')
x_1075 = [total % 1075, 1075]
total += sum(x_1075)
class C1076:
    v = 1076
total += C1076.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1078
total = total + 8
if total % 3 == 0:
    total += 1080
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 1082 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1083(a, b=1083):
    return a + b
total += helper_1083(5)
names.append('n1084')
x_1085 = [total % 1085, 1085]
total += sum(x_1085)
class C1086:
    v = 1086
total += C1086.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1088
total = total + 1
if total % 3 == 1:
    total += 1090
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 1092 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1093(a, b=1093):
    return a + b
total += helper_1093(4)
names.append('n1094')
x_1095 = [total % 1095, 1095]
total += sum(x_1095)
class C1096:
    v = 1096
total += C1096.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1098
total = total + 11
if total % 3 == 2:
    total += 1100
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 1102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1103(a, b=1103):
    return a + b
total += helper_1103(3)
names.append('n1104')
x_1105 = [total % 1105, 1105]
total += sum(x_1105)
class C1106:
    v = 1106
total += C1106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1108
total = total + 4
if total % 3 == 0:
    total += 1110
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 1112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1113(a, b=1113):
    return a + b
total += helper_1113(2)
names.append('n1114')
x_1115 = [total % 1115, 1115]
total += sum(x_1115)
class C1116:
    v = 1116
total += C1116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1118
total = total + 14
if total % 3 == 1:
    total += 1120
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 1122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1123(a, b=1123):
    return a + b
total += helper_1123(1)
names.append('n1124')
x_1125 = [total % 1125, 1125]
total += sum(x_1125)
class C1126:
    v = 1126
total += C1126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1128
total = total + 7
if total % 3 == 2:
    total += 1130
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 1132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1133(a, b=1133):
    return a + b
total += helper_1133(0)
names.append('n1134')
x_1135 = [total % 1135, 1135]
total += sum(x_1135)
class C1136:
    v = 1136
total += C1136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1138
total = total + 0
if total % 3 == 0:
    total += 1140
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 1142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1143(a, b=1143):
    return a + b
total += helper_1143(10)
names.append('n1144')
x_1145 = [total % 1145, 1145]
total += sum(x_1145)
class C1146:
    v = 1146
total += C1146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1148
total = total + 10
if total % 3 == 1:
    total += 1150
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 1152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1153(a, b=1153):
    return a + b
total += helper_1153(9)
names.append('n1154')
x_1155 = [total % 1155, 1155]
total += sum(x_1155)
class C1156:
    v = 1156
total += C1156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1158
total = total + 3
if total % 3 == 2:
    total += 1160
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 1162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1163(a, b=1163):
    return a + b
total += helper_1163(8)
names.append('n1164')
x_1165 = [total % 1165, 1165]
total += sum(x_1165)
class C1166:
    v = 1166
total += C1166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1168
total = total + 13
if total % 3 == 0:
    total += 1170
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 1172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1173(a, b=1173):
    return a + b
total += helper_1173(7)
names.append('n1174')
x_1175 = [total % 1175, 1175]
total += sum(x_1175)
class C1176:
    v = 1176
total += C1176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1178
total = total + 6
if total % 3 == 1:
    total += 1180
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 1182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1183(a, b=1183):
    return a + b
total += helper_1183(6)
names.append('n1184')
x_1185 = [total % 1185, 1185]
total += sum(x_1185)
class C1186:
    v = 1186
total += C1186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1188
total = total + 16
if total % 3 == 2:
    total += 1190
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 1192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1193(a, b=1193):
    return a + b
total += helper_1193(5)
names.append('n1194')
x_1195 = [total % 1195, 1195]
total += sum(x_1195)
class C1196:
    v = 1196
total += C1196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1198
total = total + 9
if total % 3 == 0:
    total += 1200
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 1202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1203(a, b=1203):
    return a + b
total += helper_1203(4)
names.append('n1204')
x_1205 = [total % 1205, 1205]
total += sum(x_1205)
class C1206:
    v = 1206
total += C1206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1208
total = total + 2
if total % 3 == 1:
    total += 1210
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 1212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1213(a, b=1213):
    return a + b
total += helper_1213(3)
names.append('n1214')
x_1215 = [total % 1215, 1215]
total += sum(x_1215)
class C1216:
    v = 1216
total += C1216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1218
total = total + 12
if total % 3 == 2:
    total += 1220
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 1222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1223(a, b=1223):
    return a + b
total += helper_1223(2)
names.append('n1224')
x_1225 = [total % 1225, 1225]
total += sum(x_1225)
class C1226:
    v = 1226
total += C1226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1228
total = total + 5
if total % 3 == 0:
    total += 1230
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 1232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1233(a, b=1233):
    return a + b
total += helper_1233(1)
names.append('n1234')
x_1235 = [total % 1235, 1235]
total += sum(x_1235)
class C1236:
    v = 1236
total += C1236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1238
total = total + 15
if total % 3 == 1:
    total += 1240
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 1242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1243(a, b=1243):
    return a + b
total += helper_1243(0)
names.append('n1244')
x_1245 = [total % 1245, 1245]
total += sum(x_1245)
class C1246:
    v = 1246
total += C1246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1248
total = total + 8
if total % 3 == 2:
    total += 1250
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 1252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1253(a, b=1253):
    return a + b
total += helper_1253(10)
names.append('n1254')
x_1255 = [total % 1255, 1255]
total += sum(x_1255)
class C1256:
    v = 1256
total += C1256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1258
total = total + 1
if total % 3 == 0:
    total += 1260
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 1262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1263(a, b=1263):
    return a + b
total += helper_1263(9)
names.append('n1264')
x_1265 = [total % 1265, 1265]
total += sum(x_1265)
class C1266:
    v = 1266
total += C1266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1268
total = total + 11
if total % 3 == 1:
    total += 1270
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 1272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1273(a, b=1273):
    return a + b
total += helper_1273(8)
names.append('n1274')
x_1275 = [total % 1275, 1275]
total += sum(x_1275)
class C1276:
    v = 1276
total += C1276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1278
total = total + 4
if total % 3 == 2:
    total += 1280
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 1282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1283(a, b=1283):
    return a + b
total += helper_1283(7)
names.append('n1284')
x_1285 = [total % 1285, 1285]
total += sum(x_1285)
class C1286:
    v = 1286
total += C1286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1288
total = total + 14
if total % 3 == 0:
    total += 1290
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 1292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1293(a, b=1293):
    return a + b
total += helper_1293(6)
names.append('n1294')
x_1295 = [total % 1295, 1295]
total += sum(x_1295)
class C1296:
    v = 1296
total += C1296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1298
total = total + 7
if total % 3 == 1:
    total += 1300
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 1302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1303(a, b=1303):
    return a + b
total += helper_1303(5)
names.append('n1304')
x_1305 = [total % 1305, 1305]
total += sum(x_1305)
class C1306:
    v = 1306
total += C1306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1308
total = total + 0
if total % 3 == 2:
    total += 1310
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 1312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1313(a, b=1313):
    return a + b
total += helper_1313(4)
names.append('n1314')
x_1315 = [total % 1315, 1315]
total += sum(x_1315)
class C1316:
    v = 1316
total += C1316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1318
total = total + 10
if total % 3 == 0:
    total += 1320
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 1322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1323(a, b=1323):
    return a + b
total += helper_1323(3)
names.append('n1324')
x_1325 = [total % 1325, 1325]
total += sum(x_1325)
class C1326:
    v = 1326
total += C1326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1328
total = total + 3
if total % 3 == 1:
    total += 1330
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 1332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1333(a, b=1333):
    return a + b
total += helper_1333(2)
names.append('n1334')
x_1335 = [total % 1335, 1335]
total += sum(x_1335)
class C1336:
    v = 1336
total += C1336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1338
total = total + 13
if total % 3 == 2:
    total += 1340
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 1342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1343(a, b=1343):
    return a + b
total += helper_1343(1)
names.append('n1344')
x_1345 = [total % 1345, 1345]
total += sum(x_1345)
class C1346:
    v = 1346
total += C1346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1348
total = total + 6
if total % 3 == 0:
    total += 1350
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 1352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1353(a, b=1353):
    return a + b
total += helper_1353(0)
names.append('n1354')
x_1355 = [total % 1355, 1355]
total += sum(x_1355)
class C1356:
    v = 1356
total += C1356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1358
total = total + 16
if total % 3 == 1:
    total += 1360
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 1362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1363(a, b=1363):
    return a + b
total += helper_1363(10)
names.append('n1364')
x_1365 = [total % 1365, 1365]
total += sum(x_1365)
class C1366:
    v = 1366
total += C1366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1368
total = total + 9
if total % 3 == 2:
    total += 1370
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 1372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1373(a, b=1373):
    return a + b
total += helper_1373(9)
names.append('n1374')
x_1375 = [total % 1375, 1375]
total += sum(x_1375)
class C1376:
    v = 1376
total += C1376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1378
total = total + 2
if total % 3 == 0:
    total += 1380
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 1382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1383(a, b=1383):
    return a + b
total += helper_1383(8)
names.append('n1384')
x_1385 = [total % 1385, 1385]
total += sum(x_1385)
class C1386:
    v = 1386
total += C1386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1388
total = total + 12
if total % 3 == 1:
    total += 1390
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 1392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1393(a, b=1393):
    return a + b
total += helper_1393(7)
names.append('n1394')
x_1395 = [total % 1395, 1395]
total += sum(x_1395)
class C1396:
    v = 1396
total += C1396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1398
total = total + 5
if total % 3 == 2:
    total += 1400
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 1402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1403(a, b=1403):
    return a + b
total += helper_1403(6)
names.append('n1404')
x_1405 = [total % 1405, 1405]
total += sum(x_1405)
class C1406:
    v = 1406
total += C1406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1408
total = total + 15
if total % 3 == 0:
    total += 1410
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 1412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1413(a, b=1413):
    return a + b
total += helper_1413(5)
names.append('n1414')
x_1415 = [total % 1415, 1415]
total += sum(x_1415)
class C1416:
    v = 1416
total += C1416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1418
total = total + 8
if total % 3 == 1:
    total += 1420
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 1422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1423(a, b=1423):
    return a + b
total += helper_1423(4)
names.append('n1424')
x_1425 = [total % 1425, 1425]
total += sum(x_1425)
class C1426:
    v = 1426
total += C1426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1428
total = total + 1
if total % 3 == 2:
    total += 1430
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 1432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1433(a, b=1433):
    return a + b
total += helper_1433(3)
names.append('n1434')
x_1435 = [total % 1435, 1435]
total += sum(x_1435)
class C1436:
    v = 1436
total += C1436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1438
total = total + 11
if total % 3 == 0:
    total += 1440
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 1442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1443(a, b=1443):
    return a + b
total += helper_1443(2)
names.append('n1444')
x_1445 = [total % 1445, 1445]
total += sum(x_1445)
class C1446:
    v = 1446
total += C1446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1448
total = total + 4
if total % 3 == 1:
    total += 1450
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 1452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1453(a, b=1453):
    return a + b
total += helper_1453(1)
names.append('n1454')
x_1455 = [total % 1455, 1455]
total += sum(x_1455)
class C1456:
    v = 1456
total += C1456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1458
total = total + 14
if total % 3 == 2:
    total += 1460
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 1462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1463(a, b=1463):
    return a + b
total += helper_1463(0)
names.append('n1464')
x_1465 = [total % 1465, 1465]
total += sum(x_1465)
class C1466:
    v = 1466
total += C1466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1468
total = total + 7
if total % 3 == 0:
    total += 1470
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 1472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1473(a, b=1473):
    return a + b
total += helper_1473(10)
names.append('n1474')
x_1475 = [total % 1475, 1475]
total += sum(x_1475)
class C1476:
    v = 1476
total += C1476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1478
total = total + 0
if total % 3 == 1:
    total += 1480
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 1482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1483(a, b=1483):
    return a + b
total += helper_1483(9)
names.append('n1484')
x_1485 = [total % 1485, 1485]
total += sum(x_1485)
class C1486:
    v = 1486
total += C1486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1488
total = total + 10
if total % 3 == 2:
    total += 1490
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 1492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1493(a, b=1493):
    return a + b
total += helper_1493(8)
names.append('n1494')
x_1495 = [total % 1495, 1495]
total += sum(x_1495)
class C1496:
    v = 1496
total += C1496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1498
total = total + 3
if total % 3 == 0:
    total += 1500
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 1502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1503(a, b=1503):
    return a + b
total += helper_1503(7)
names.append('n1504')
x_1505 = [total % 1505, 1505]
total += sum(x_1505)
class C1506:
    v = 1506
total += C1506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1508
total = total + 13
if total % 3 == 1:
    total += 1510
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 1512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1513(a, b=1513):
    return a + b
total += helper_1513(6)
names.append('n1514')
x_1515 = [total % 1515, 1515]
total += sum(x_1515)
class C1516:
    v = 1516
total += C1516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1518
total = total + 6
if total % 3 == 2:
    total += 1520
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 1522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1523(a, b=1523):
    return a + b
total += helper_1523(5)
names.append('n1524')
x_1525 = [total % 1525, 1525]
total += sum(x_1525)
class C1526:
    v = 1526
total += C1526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1528
total = total + 16
if total % 3 == 0:
    total += 1530
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 1532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1533(a, b=1533):
    return a + b
total += helper_1533(4)
names.append('n1534')
x_1535 = [total % 1535, 1535]
total += sum(x_1535)
class C1536:
    v = 1536
total += C1536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1538
total = total + 9
if total % 3 == 1:
    total += 1540
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 1542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1543(a, b=1543):
    return a + b
total += helper_1543(3)
names.append('n1544')
x_1545 = [total % 1545, 1545]
total += sum(x_1545)
class C1546:
    v = 1546
total += C1546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1548
total = total + 2
if total % 3 == 2:
    total += 1550
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 1552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1553(a, b=1553):
    return a + b
total += helper_1553(2)
names.append('n1554')
x_1555 = [total % 1555, 1555]
total += sum(x_1555)
class C1556:
    v = 1556
total += C1556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1558
total = total + 12
if total % 3 == 0:
    total += 1560
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 1562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1563(a, b=1563):
    return a + b
total += helper_1563(1)
names.append('n1564')
x_1565 = [total % 1565, 1565]
total += sum(x_1565)
class C1566:
    v = 1566
total += C1566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1568
total = total + 5
if total % 3 == 1:
    total += 1570
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 1572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1573(a, b=1573):
    return a + b
total += helper_1573(0)
names.append('n1574')
x_1575 = [total % 1575, 1575]
total += sum(x_1575)
class C1576:
    v = 1576
total += C1576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1578
total = total + 15
if total % 3 == 2:
    total += 1580
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 1582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1583(a, b=1583):
    return a + b
total += helper_1583(10)
names.append('n1584')
x_1585 = [total % 1585, 1585]
total += sum(x_1585)
class C1586:
    v = 1586
total += C1586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1588
total = total + 8
if total % 3 == 0:
    total += 1590
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 1592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1593(a, b=1593):
    return a + b
total += helper_1593(9)
names.append('n1594')
x_1595 = [total % 1595, 1595]
total += sum(x_1595)
class C1596:
    v = 1596
total += C1596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1598
total = total + 1
if total % 3 == 1:
    total += 1600
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 1602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1603(a, b=1603):
    return a + b
total += helper_1603(8)
names.append('n1604')
x_1605 = [total % 1605, 1605]
total += sum(x_1605)
class C1606:
    v = 1606
total += C1606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1608
total = total + 11
if total % 3 == 2:
    total += 1610
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 1612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1613(a, b=1613):
    return a + b
total += helper_1613(7)
names.append('n1614')
x_1615 = [total % 1615, 1615]
total += sum(x_1615)
class C1616:
    v = 1616
total += C1616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1618
total = total + 4
if total % 3 == 0:
    total += 1620
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 1622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1623(a, b=1623):
    return a + b
total += helper_1623(6)
names.append('n1624')
x_1625 = [total % 1625, 1625]
total += sum(x_1625)
class C1626:
    v = 1626
total += C1626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1628
total = total + 14
if total % 3 == 1:
    total += 1630
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 1632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1633(a, b=1633):
    return a + b
total += helper_1633(5)
names.append('n1634')
x_1635 = [total % 1635, 1635]
total += sum(x_1635)
class C1636:
    v = 1636
total += C1636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1638
total = total + 7
if total % 3 == 2:
    total += 1640
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 1642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1643(a, b=1643):
    return a + b
total += helper_1643(4)
names.append('n1644')
x_1645 = [total % 1645, 1645]
total += sum(x_1645)
class C1646:
    v = 1646
total += C1646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1648
total = total + 0
if total % 3 == 0:
    total += 1650
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 1652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1653(a, b=1653):
    return a + b
total += helper_1653(3)
names.append('n1654')
x_1655 = [total % 1655, 1655]
total += sum(x_1655)
class C1656:
    v = 1656
total += C1656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1658
total = total + 10
if total % 3 == 1:
    total += 1660
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 1662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1663(a, b=1663):
    return a + b
total += helper_1663(2)
names.append('n1664')
x_1665 = [total % 1665, 1665]
total += sum(x_1665)
class C1666:
    v = 1666
total += C1666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1668
total = total + 3
if total % 3 == 2:
    total += 1670
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 1672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1673(a, b=1673):
    return a + b
total += helper_1673(1)
names.append('n1674')
x_1675 = [total % 1675, 1675]
total += sum(x_1675)
class C1676:
    v = 1676
total += C1676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1678
total = total + 13
if total % 3 == 0:
    total += 1680
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 1682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1683(a, b=1683):
    return a + b
total += helper_1683(0)
names.append('n1684')
x_1685 = [total % 1685, 1685]
total += sum(x_1685)
class C1686:
    v = 1686
total += C1686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1688
total = total + 6
if total % 3 == 1:
    total += 1690
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 1692 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1693(a, b=1693):
    return a + b
total += helper_1693(10)
names.append('n1694')
x_1695 = [total % 1695, 1695]
total += sum(x_1695)
class C1696:
    v = 1696
total += C1696.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1698
total = total + 16
if total % 3 == 2:
    total += 1700
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 1702 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1703(a, b=1703):
    return a + b
total += helper_1703(9)
names.append('n1704')
x_1705 = [total % 1705, 1705]
total += sum(x_1705)
class C1706:
    v = 1706
total += C1706.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1708
total = total + 9
if total % 3 == 0:
    total += 1710
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 1712 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1713(a, b=1713):
    return a + b
total += helper_1713(8)
names.append('n1714')
x_1715 = [total % 1715, 1715]
total += sum(x_1715)
class C1716:
    v = 1716
total += C1716.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1718
total = total + 2
if total % 3 == 1:
    total += 1720
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 1722 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1723(a, b=1723):
    return a + b
total += helper_1723(7)
names.append('n1724')
x_1725 = [total % 1725, 1725]
total += sum(x_1725)
class C1726:
    v = 1726
total += C1726.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1728
total = total + 12
if total % 3 == 2:
    total += 1730
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 1732 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1733(a, b=1733):
    return a + b
total += helper_1733(6)
names.append('n1734')
x_1735 = [total % 1735, 1735]
total += sum(x_1735)
class C1736:
    v = 1736
total += C1736.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1738
total = total + 5
if total % 3 == 0:
    total += 1740
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 1742 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1743(a, b=1743):
    return a + b
total += helper_1743(5)
names.append('n1744')
x_1745 = [total % 1745, 1745]
total += sum(x_1745)
class C1746:
    v = 1746
total += C1746.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1748
total = total + 15
if total % 3 == 1:
    total += 1750
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 1752 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1753(a, b=1753):
    return a + b
total += helper_1753(4)
names.append('n1754')
x_1755 = [total % 1755, 1755]
total += sum(x_1755)
class C1756:
    v = 1756
total += C1756.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1758
total = total + 8
if total % 3 == 2:
    total += 1760
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 1762 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1763(a, b=1763):
    return a + b
total += helper_1763(3)
names.append('n1764')
x_1765 = [total % 1765, 1765]
total += sum(x_1765)
class C1766:
    v = 1766
total += C1766.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1768
total = total + 1
if total % 3 == 0:
    total += 1770
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 1772 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1773(a, b=1773):
    return a + b
total += helper_1773(2)
names.append('n1774')
x_1775 = [total % 1775, 1775]
total += sum(x_1775)
class C1776:
    v = 1776
total += C1776.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1778
total = total + 11
if total % 3 == 1:
    total += 1780
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 1782 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1783(a, b=1783):
    return a + b
total += helper_1783(1)
names.append('n1784')
x_1785 = [total % 1785, 1785]
total += sum(x_1785)
class C1786:
    v = 1786
total += C1786.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1788
total = total + 4
if total % 3 == 2:
    total += 1790
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 1792 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1793(a, b=1793):
    return a + b
total += helper_1793(0)
names.append('n1794')
x_1795 = [total % 1795, 1795]
total += sum(x_1795)
class C1796:
    v = 1796
total += C1796.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1798
total = total + 14
if total % 3 == 0:
    total += 1800
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 1802 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1803(a, b=1803):
    return a + b
total += helper_1803(10)
names.append('n1804')
x_1805 = [total % 1805, 1805]
total += sum(x_1805)
class C1806:
    v = 1806
total += C1806.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1808
total = total + 7
if total % 3 == 1:
    total += 1810
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 1812 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1813(a, b=1813):
    return a + b
total += helper_1813(9)
names.append('n1814')
x_1815 = [total % 1815, 1815]
total += sum(x_1815)
class C1816:
    v = 1816
total += C1816.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1818
total = total + 0
if total % 3 == 2:
    total += 1820
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 1822 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1823(a, b=1823):
    return a + b
total += helper_1823(8)
names.append('n1824')
x_1825 = [total % 1825, 1825]
total += sum(x_1825)
class C1826:
    v = 1826
total += C1826.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1828
total = total + 10
if total % 3 == 0:
    total += 1830
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 1832 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1833(a, b=1833):
    return a + b
total += helper_1833(7)
names.append('n1834')
x_1835 = [total % 1835, 1835]
total += sum(x_1835)
class C1836:
    v = 1836
total += C1836.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1838
total = total + 3
if total % 3 == 1:
    total += 1840
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 1842 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1843(a, b=1843):
    return a + b
total += helper_1843(6)
names.append('n1844')
x_1845 = [total % 1845, 1845]
total += sum(x_1845)
class C1846:
    v = 1846
total += C1846.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1848
total = total + 13
if total % 3 == 2:
    total += 1850
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 1852 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1853(a, b=1853):
    return a + b
total += helper_1853(5)
names.append('n1854')
x_1855 = [total % 1855, 1855]
total += sum(x_1855)
class C1856:
    v = 1856
total += C1856.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1858
total = total + 6
if total % 3 == 0:
    total += 1860
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 1862 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1863(a, b=1863):
    return a + b
total += helper_1863(4)
names.append('n1864')
x_1865 = [total % 1865, 1865]
total += sum(x_1865)
class C1866:
    v = 1866
total += C1866.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1868
total = total + 16
if total % 3 == 1:
    total += 1870
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 1872 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1873(a, b=1873):
    return a + b
total += helper_1873(3)
names.append('n1874')
x_1875 = [total % 1875, 1875]
total += sum(x_1875)
class C1876:
    v = 1876
total += C1876.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1878
total = total + 9
if total % 3 == 2:
    total += 1880
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 1882 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1883(a, b=1883):
    return a + b
total += helper_1883(2)
names.append('n1884')
x_1885 = [total % 1885, 1885]
total += sum(x_1885)
class C1886:
    v = 1886
total += C1886.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1888
total = total + 2
if total % 3 == 0:
    total += 1890
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 1892 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1893(a, b=1893):
    return a + b
total += helper_1893(1)
names.append('n1894')
x_1895 = [total % 1895, 1895]
total += sum(x_1895)
class C1896:
    v = 1896
total += C1896.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1898
total = total + 12
if total % 3 == 1:
    total += 1900
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 1902 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1903(a, b=1903):
    return a + b
total += helper_1903(0)
names.append('n1904')
x_1905 = [total % 1905, 1905]
total += sum(x_1905)
class C1906:
    v = 1906
total += C1906.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1908
total = total + 5
if total % 3 == 2:
    total += 1910
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 1912 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1913(a, b=1913):
    return a + b
total += helper_1913(10)
names.append('n1914')
x_1915 = [total % 1915, 1915]
total += sum(x_1915)
class C1916:
    v = 1916
total += C1916.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1918
total = total + 15
if total % 3 == 0:
    total += 1920
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 1922 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1923(a, b=1923):
    return a + b
total += helper_1923(9)
names.append('n1924')
x_1925 = [total % 1925, 1925]
total += sum(x_1925)
class C1926:
    v = 1926
total += C1926.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1928
total = total + 8
if total % 3 == 1:
    total += 1930
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 1932 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1933(a, b=1933):
    return a + b
total += helper_1933(8)
names.append('n1934')
x_1935 = [total % 1935, 1935]
total += sum(x_1935)
class C1936:
    v = 1936
total += C1936.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1938
total = total + 1
if total % 3 == 2:
    total += 1940
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 1942 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1943(a, b=1943):
    return a + b
total += helper_1943(7)
names.append('n1944')
x_1945 = [total % 1945, 1945]
total += sum(x_1945)
class C1946:
    v = 1946
total += C1946.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1948
total = total + 11
if total % 3 == 0:
    total += 1950
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 1952 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1953(a, b=1953):
    return a + b
total += helper_1953(6)
names.append('n1954')
x_1955 = [total % 1955, 1955]
total += sum(x_1955)
class C1956:
    v = 1956
total += C1956.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1958
total = total + 4
if total % 3 == 1:
    total += 1960
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 1962 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1963(a, b=1963):
    return a + b
total += helper_1963(5)
names.append('n1964')
x_1965 = [total % 1965, 1965]
total += sum(x_1965)
class C1966:
    v = 1966
total += C1966.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1968
total = total + 14
if total % 3 == 2:
    total += 1970
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 1972 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1973(a, b=1973):
    return a + b
total += helper_1973(4)
names.append('n1974')
x_1975 = [total % 1975, 1975]
total += sum(x_1975)
class C1976:
    v = 1976
total += C1976.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1978
total = total + 7
if total % 3 == 0:
    total += 1980
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 1982 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1983(a, b=1983):
    return a + b
total += helper_1983(3)
names.append('n1984')
x_1985 = [total % 1985, 1985]
total += sum(x_1985)
class C1986:
    v = 1986
total += C1986.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1988
total = total + 0
if total % 3 == 1:
    total += 1990
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 1992 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_1993(a, b=1993):
    return a + b
total += helper_1993(2)
names.append('n1994')
x_1995 = [total % 1995, 1995]
total += sum(x_1995)
class C1996:
    v = 1996
total += C1996.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 1998
total = total + 10
if total % 3 == 2:
    total += 2000
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 2002 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2003(a, b=2003):
    return a + b
total += helper_2003(1)
names.append('n2004')
x_2005 = [total % 2005, 2005]
total += sum(x_2005)
class C2006:
    v = 2006
total += C2006.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2008
print(2009, total, len(names))
if total % 3 == 0:
    total += 2010
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 2012 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2013(a, b=2013):
    return a + b
total += helper_2013(0)
names.append('n2014')
x_2015 = [total % 2015, 2015]
total += sum(x_2015)
class C2016:
    v = 2016
total += C2016.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2018
total = total + 13
if total % 3 == 1:
    total += 2020
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 2022 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2023(a, b=2023):
    return a + b
total += helper_2023(10)
names.append('n2024')
x_2025 = [total % 2025, 2025]
total += sum(x_2025)
class C2026:
    v = 2026
total += C2026.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2028
total = total + 6
if total % 3 == 2:
    total += 2030
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 2032 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2033(a, b=2033):
    return a + b
total += helper_2033(9)
names.append('n2034')
x_2035 = [total % 2035, 2035]
total += sum(x_2035)
class C2036:
    v = 2036
total += C2036.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2038
total = total + 16
if total % 3 == 0:
    total += 2040
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 2042 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2043(a, b=2043):
    return a + b
total += helper_2043(8)
names.append('n2044')
x_2045 = [total % 2045, 2045]
total += sum(x_2045)
class C2046:
    v = 2046
total += C2046.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2048
total = total + 9
if total % 3 == 1:
    total += 2050
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 2052 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2053(a, b=2053):
    return a + b
total += helper_2053(7)
names.append('n2054')
x_2055 = [total % 2055, 2055]
total += sum(x_2055)
class C2056:
    v = 2056
total += C2056.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2058
total = total + 2
if total % 3 == 2:
    total += 2060
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 2062 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2063(a, b=2063):
    return a + b
total += helper_2063(6)
names.append('n2064')
x_2065 = [total % 2065, 2065]
total += sum(x_2065)
class C2066:
    v = 2066
total += C2066.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2068
total = total + 12
if total % 3 == 0:
    total += 2070
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 2072 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2073(a, b=2073):
    return a + b
total += helper_2073(5)
names.append('n2074')
x_2075 = [total % 2075, 2075]
total += sum(x_2075)
class C2076:
    v = 2076
total += C2076.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2078
total = total + 5
if total % 3 == 1:
    total += 2080
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 2082 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2083(a, b=2083):
    return a + b
total += helper_2083(4)
names.append('n2084')
x_2085 = [total % 2085, 2085]
total += sum(x_2085)
class C2086:
    v = 2086
total += C2086.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2088
total = total + 15
if total % 3 == 2:
    total += 2090
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 2092 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2093(a, b=2093):
    return a + b
total += helper_2093(3)
names.append('n2094')
x_2095 = [total % 2095, 2095]
total += sum(x_2095)
class C2096:
    v = 2096
total += C2096.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2098
total = total + 8
if total % 3 == 0:
    total += 2100
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 2102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2103(a, b=2103):
    return a + b
total += helper_2103(2)
names.append('n2104')
x_2105 = [total % 2105, 2105]
total += sum(x_2105)
class C2106:
    v = 2106
total += C2106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2108
total = total + 1
if total % 3 == 1:
    total += 2110
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 2112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2113(a, b=2113):
    return a + b
total += helper_2113(1)
names.append('n2114')
x_2115 = [total % 2115, 2115]
total += sum(x_2115)
class C2116:
    v = 2116
total += C2116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2118
total = total + 11
if total % 3 == 2:
    total += 2120
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 2122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2123(a, b=2123):
    return a + b
total += helper_2123(0)
names.append('n2124')
x_2125 = [total % 2125, 2125]
total += sum(x_2125)
class C2126:
    v = 2126
total += C2126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2128
total = total + 4
if total % 3 == 0:
    total += 2130
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 2132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2133(a, b=2133):
    return a + b
total += helper_2133(10)
names.append('n2134')
x_2135 = [total % 2135, 2135]
total += sum(x_2135)
class C2136:
    v = 2136
total += C2136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2138
total = total + 14
if total % 3 == 1:
    total += 2140
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 2142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2143(a, b=2143):
    return a + b
total += helper_2143(9)
names.append('n2144')
x_2145 = [total % 2145, 2145]
total += sum(x_2145)
class C2146:
    v = 2146
total += C2146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2148
total = total + 7
if total % 3 == 2:
    total += 2150
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 2152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2153(a, b=2153):
    return a + b
total += helper_2153(8)
names.append('n2154')
x_2155 = [total % 2155, 2155]
total += sum(x_2155)
class C2156:
    v = 2156
total += C2156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2158
total = total + 0
if total % 3 == 0:
    total += 2160
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 2162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2163(a, b=2163):
    return a + b
total += helper_2163(7)
names.append('n2164')
x_2165 = [total % 2165, 2165]
total += sum(x_2165)
class C2166:
    v = 2166
total += C2166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2168
total = total + 10
if total % 3 == 1:
    total += 2170
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 2172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2173(a, b=2173):
    return a + b
total += helper_2173(6)
names.append('n2174')
x_2175 = [total % 2175, 2175]
total += sum(x_2175)
class C2176:
    v = 2176
total += C2176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2178
total = total + 3
if total % 3 == 2:
    total += 2180
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 2182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2183(a, b=2183):
    return a + b
total += helper_2183(5)
names.append('n2184')
x_2185 = [total % 2185, 2185]
total += sum(x_2185)
class C2186:
    v = 2186
total += C2186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2188
total = total + 13
if total % 3 == 0:
    total += 2190
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 2192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2193(a, b=2193):
    return a + b
total += helper_2193(4)
names.append('n2194')
x_2195 = [total % 2195, 2195]
total += sum(x_2195)
class C2196:
    v = 2196
total += C2196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2198
total = total + 6
if total % 3 == 1:
    total += 2200
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 2202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2203(a, b=2203):
    return a + b
total += helper_2203(3)
names.append('n2204')
x_2205 = [total % 2205, 2205]
total += sum(x_2205)
class C2206:
    v = 2206
total += C2206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2208
total = total + 16
if total % 3 == 2:
    total += 2210
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 2212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2213(a, b=2213):
    return a + b
total += helper_2213(2)
names.append('n2214')
x_2215 = [total % 2215, 2215]
total += sum(x_2215)
class C2216:
    v = 2216
total += C2216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2218
total = total + 9
if total % 3 == 0:
    total += 2220
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 2222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2223(a, b=2223):
    return a + b
total += helper_2223(1)
names.append('n2224')
x_2225 = [total % 2225, 2225]
total += sum(x_2225)
class C2226:
    v = 2226
total += C2226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2228
total = total + 2
if total % 3 == 1:
    total += 2230
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 2232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2233(a, b=2233):
    return a + b
total += helper_2233(0)
names.append('n2234')
x_2235 = [total % 2235, 2235]
total += sum(x_2235)
class C2236:
    v = 2236
total += C2236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2238
total = total + 12
if total % 3 == 2:
    total += 2240
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 2242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2243(a, b=2243):
    return a + b
total += helper_2243(10)
names.append('n2244')
x_2245 = [total % 2245, 2245]
total += sum(x_2245)
class C2246:
    v = 2246
total += C2246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2248
total = total + 5
if total % 3 == 0:
    total += 2250
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 2252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2253(a, b=2253):
    return a + b
total += helper_2253(9)
names.append('n2254')
x_2255 = [total % 2255, 2255]
total += sum(x_2255)
class C2256:
    v = 2256
total += C2256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2258
total = total + 15
if total % 3 == 1:
    total += 2260
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 2262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2263(a, b=2263):
    return a + b
total += helper_2263(8)
names.append('n2264')
x_2265 = [total % 2265, 2265]
total += sum(x_2265)
class C2266:
    v = 2266
total += C2266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2268
total = total + 8
if total % 3 == 2:
    total += 2270
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 2272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2273(a, b=2273):
    return a + b
total += helper_2273(7)
names.append('n2274')
x_2275 = [total % 2275, 2275]
total += sum(x_2275)
class C2276:
    v = 2276
total += C2276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2278
total = total + 1
if total % 3 == 0:
    total += 2280
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 2282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2283(a, b=2283):
    return a + b
total += helper_2283(6)
names.append('n2284')
x_2285 = [total % 2285, 2285]
total += sum(x_2285)
class C2286:
    v = 2286
total += C2286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2288
total = total + 11
if total % 3 == 1:
    total += 2290
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 2292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2293(a, b=2293):
    return a + b
total += helper_2293(5)
names.append('n2294')
x_2295 = [total % 2295, 2295]
total += sum(x_2295)
class C2296:
    v = 2296
total += C2296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2298
total = total + 4
if total % 3 == 2:
    total += 2300
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 2302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2303(a, b=2303):
    return a + b
total += helper_2303(4)
names.append('n2304')
x_2305 = [total % 2305, 2305]
total += sum(x_2305)
class C2306:
    v = 2306
total += C2306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2308
total = total + 14
if total % 3 == 0:
    total += 2310
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 2312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2313(a, b=2313):
    return a + b
total += helper_2313(3)
names.append('n2314')
x_2315 = [total % 2315, 2315]
total += sum(x_2315)
class C2316:
    v = 2316
total += C2316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2318
total = total + 7
if total % 3 == 1:
    total += 2320
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 2322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2323(a, b=2323):
    return a + b
total += helper_2323(2)
names.append('n2324')
x_2325 = [total % 2325, 2325]
total += sum(x_2325)
class C2326:
    v = 2326
total += C2326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2328
total = total + 0
if total % 3 == 2:
    total += 2330
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 2332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2333(a, b=2333):
    return a + b
total += helper_2333(1)
names.append('n2334')
x_2335 = [total % 2335, 2335]
total += sum(x_2335)
class C2336:
    v = 2336
total += C2336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2338
total = total + 10
if total % 3 == 0:
    total += 2340
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 2342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2343(a, b=2343):
    return a + b
total += helper_2343(0)
names.append('n2344')
x_2345 = [total % 2345, 2345]
total += sum(x_2345)
class C2346:
    v = 2346
total += C2346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2348
total = total + 3
if total % 3 == 1:
    total += 2350
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 2352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2353(a, b=2353):
    return a + b
total += helper_2353(10)
names.append('n2354')
x_2355 = [total % 2355, 2355]
total += sum(x_2355)
class C2356:
    v = 2356
total += C2356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2358
total = total + 13
if total % 3 == 2:
    total += 2360
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 2362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2363(a, b=2363):
    return a + b
total += helper_2363(9)
names.append('n2364')
x_2365 = [total % 2365, 2365]
total += sum(x_2365)
class C2366:
    v = 2366
total += C2366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2368
total = total + 6
if total % 3 == 0:
    total += 2370
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 2372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2373(a, b=2373):
    return a + b
total += helper_2373(8)
names.append('n2374')
x_2375 = [total % 2375, 2375]
total += sum(x_2375)
class C2376:
    v = 2376
total += C2376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2378
total = total + 16
if total % 3 == 1:
    total += 2380
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 2382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2383(a, b=2383):
    return a + b
total += helper_2383(7)
names.append('n2384')
x_2385 = [total % 2385, 2385]
total += sum(x_2385)
class C2386:
    v = 2386
total += C2386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2388
total = total + 9
if total % 3 == 2:
    total += 2390
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 2392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2393(a, b=2393):
    return a + b
total += helper_2393(6)
names.append('n2394')
x_2395 = [total % 2395, 2395]
total += sum(x_2395)
class C2396:
    v = 2396
total += C2396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2398
total = total + 2
if total % 3 == 0:
    total += 2400
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 2402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2403(a, b=2403):
    return a + b
total += helper_2403(5)
names.append('n2404')
x_2405 = [total % 2405, 2405]
total += sum(x_2405)
class C2406:
    v = 2406
total += C2406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2408
total = total + 12
if total % 3 == 1:
    total += 2410
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 2412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2413(a, b=2413):
    return a + b
total += helper_2413(4)
names.append('n2414')
x_2415 = [total % 2415, 2415]
total += sum(x_2415)
class C2416:
    v = 2416
total += C2416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2418
total = total + 5
if total % 3 == 2:
    total += 2420
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 2422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2423(a, b=2423):
    return a + b
total += helper_2423(3)
names.append('n2424')
x_2425 = [total % 2425, 2425]
total += sum(x_2425)
class C2426:
    v = 2426
total += C2426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2428
total = total + 15
if total % 3 == 0:
    total += 2430
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 2432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2433(a, b=2433):
    return a + b
total += helper_2433(2)
names.append('n2434')
x_2435 = [total % 2435, 2435]
total += sum(x_2435)
class C2436:
    v = 2436
total += C2436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2438
total = total + 8
if total % 3 == 1:
    total += 2440
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 2442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2443(a, b=2443):
    return a + b
total += helper_2443(1)
names.append('n2444')
x_2445 = [total % 2445, 2445]
total += sum(x_2445)
class C2446:
    v = 2446
total += C2446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2448
total = total + 1
if total % 3 == 2:
    total += 2450
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 2452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2453(a, b=2453):
    return a + b
total += helper_2453(0)
names.append('n2454')
x_2455 = [total % 2455, 2455]
total += sum(x_2455)
class C2456:
    v = 2456
total += C2456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2458
total = total + 11
if total % 3 == 0:
    total += 2460
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 2462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2463(a, b=2463):
    return a + b
total += helper_2463(10)
names.append('n2464')
x_2465 = [total % 2465, 2465]
total += sum(x_2465)
class C2466:
    v = 2466
total += C2466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2468
total = total + 4
if total % 3 == 1:
    total += 2470
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 2472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2473(a, b=2473):
    return a + b
total += helper_2473(9)
names.append('n2474')
x_2475 = [total % 2475, 2475]
total += sum(x_2475)
class C2476:
    v = 2476
total += C2476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2478
total = total + 14
if total % 3 == 2:
    total += 2480
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 2482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2483(a, b=2483):
    return a + b
total += helper_2483(8)
names.append('n2484')
x_2485 = [total % 2485, 2485]
total += sum(x_2485)
class C2486:
    v = 2486
total += C2486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2488
total = total + 7
if total % 3 == 0:
    total += 2490
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 2492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2493(a, b=2493):
    return a + b
total += helper_2493(7)
names.append('n2494')
x_2495 = [total % 2495, 2495]
total += sum(x_2495)
class C2496:
    v = 2496
total += C2496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2498
total = total + 0
if total % 3 == 1:
    total += 2500
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 2502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2503(a, b=2503):
    return a + b
total += helper_2503(6)
names.append('n2504')
x_2505 = [total % 2505, 2505]
total += sum(x_2505)
class C2506:
    v = 2506
total += C2506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2508
total = total + 10
if total % 3 == 2:
    total += 2510
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 2512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2513(a, b=2513):
    return a + b
total += helper_2513(5)
names.append('n2514')
x_2515 = [total % 2515, 2515]
total += sum(x_2515)
class C2516:
    v = 2516
total += C2516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2518
total = total + 3
if total % 3 == 0:
    total += 2520
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 2522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2523(a, b=2523):
    return a + b
total += helper_2523(4)
names.append('n2524')
x_2525 = [total % 2525, 2525]
total += sum(x_2525)
class C2526:
    v = 2526
total += C2526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2528
total = total + 13
if total % 3 == 1:
    total += 2530
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 2532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2533(a, b=2533):
    return a + b
total += helper_2533(3)
names.append('n2534')
x_2535 = [total % 2535, 2535]
total += sum(x_2535)
class C2536:
    v = 2536
total += C2536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2538
total = total + 6
if total % 3 == 2:
    total += 2540
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 2542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2543(a, b=2543):
    return a + b
total += helper_2543(2)
names.append('n2544')
x_2545 = [total % 2545, 2545]
total += sum(x_2545)
class C2546:
    v = 2546
total += C2546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2548
total = total + 16
if total % 3 == 0:
    total += 2550
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 2552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2553(a, b=2553):
    return a + b
total += helper_2553(1)
names.append('n2554')
x_2555 = [total % 2555, 2555]
total += sum(x_2555)
class C2556:
    v = 2556
total += C2556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2558
total = total + 9
if total % 3 == 1:
    total += 2560
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 2562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2563(a, b=2563):
    return a + b
total += helper_2563(0)
names.append('n2564')
x_2565 = [total % 2565, 2565]
total += sum(x_2565)
class C2566:
    v = 2566
total += C2566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2568
total = total + 2
if total % 3 == 2:
    total += 2570
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 2572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2573(a, b=2573):
    return a + b
total += helper_2573(10)
names.append('n2574')
x_2575 = [total % 2575, 2575]
total += sum(x_2575)
class C2576:
    v = 2576
total += C2576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2578
total = total + 12
if total % 3 == 0:
    total += 2580
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 2582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2583(a, b=2583):
    return a + b
total += helper_2583(9)
names.append('n2584')
x_2585 = [total % 2585, 2585]
total += sum(x_2585)
class C2586:
    v = 2586
total += C2586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2588
total = total + 5
if total % 3 == 1:
    total += 2590
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 2592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2593(a, b=2593):
    return a + b
total += helper_2593(8)
names.append('n2594')
x_2595 = [total % 2595, 2595]
total += sum(x_2595)
class C2596:
    v = 2596
total += C2596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2598
total = total + 15
if total % 3 == 2:
    total += 2600
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 2602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2603(a, b=2603):
    return a + b
total += helper_2603(7)
names.append('n2604')
x_2605 = [total % 2605, 2605]
total += sum(x_2605)
class C2606:
    v = 2606
total += C2606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2608
total = total + 8
if total % 3 == 0:
    total += 2610
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 2612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2613(a, b=2613):
    return a + b
total += helper_2613(6)
names.append('n2614')
x_2615 = [total % 2615, 2615]
total += sum(x_2615)
class C2616:
    v = 2616
total += C2616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2618
total = total + 1
if total % 3 == 1:
    total += 2620
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 2622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2623(a, b=2623):
    return a + b
total += helper_2623(5)
names.append('n2624')
x_2625 = [total % 2625, 2625]
total += sum(x_2625)
class C2626:
    v = 2626
total += C2626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2628
total = total + 11
if total % 3 == 2:
    total += 2630
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 2632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2633(a, b=2633):
    return a + b
total += helper_2633(4)
names.append('n2634')
x_2635 = [total % 2635, 2635]
total += sum(x_2635)
class C2636:
    v = 2636
total += C2636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2638
total = total + 4
if total % 3 == 0:
    total += 2640
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 2642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2643(a, b=2643):
    return a + b
total += helper_2643(3)
names.append('n2644')
x_2645 = [total % 2645, 2645]
total += sum(x_2645)
class C2646:
    v = 2646
total += C2646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2648
total = total + 14
if total % 3 == 1:
    total += 2650
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 2652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2653(a, b=2653):
    return a + b
total += helper_2653(2)
names.append('n2654')
x_2655 = [total % 2655, 2655]
total += sum(x_2655)
class C2656:
    v = 2656
total += C2656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2658
total = total + 7
if total % 3 == 2:
    total += 2660
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 2662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2663(a, b=2663):
    return a + b
total += helper_2663(1)
names.append('n2664')
x_2665 = [total % 2665, 2665]
total += sum(x_2665)
class C2666:
    v = 2666
total += C2666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2668
total = total + 0
if total % 3 == 0:
    total += 2670
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 2672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2673(a, b=2673):
    return a + b
total += helper_2673(0)
names.append('n2674')
x_2675 = [total % 2675, 2675]
total += sum(x_2675)
class C2676:
    v = 2676
total += C2676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2678
total = total + 10
if total % 3 == 1:
    total += 2680
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 2682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2683(a, b=2683):
    return a + b
total += helper_2683(10)
names.append('n2684')
x_2685 = [total % 2685, 2685]
total += sum(x_2685)
class C2686:
    v = 2686
total += C2686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2688
total = total + 3
if total % 3 == 2:
    total += 2690
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 2692 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2693(a, b=2693):
    return a + b
total += helper_2693(9)
names.append('n2694')
x_2695 = [total % 2695, 2695]
total += sum(x_2695)
class C2696:
    v = 2696
total += C2696.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2698
total = total + 13
if total % 3 == 0:
    total += 2700
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 2702 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2703(a, b=2703):
    return a + b
total += helper_2703(8)
names.append('n2704')
x_2705 = [total % 2705, 2705]
total += sum(x_2705)
class C2706:
    v = 2706
total += C2706.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2708
total = total + 6
if total % 3 == 1:
    total += 2710
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 2712 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2713(a, b=2713):
    return a + b
total += helper_2713(7)
names.append('n2714')
x_2715 = [total % 2715, 2715]
total += sum(x_2715)
class C2716:
    v = 2716
total += C2716.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2718
total = total + 16
if total % 3 == 2:
    total += 2720
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 2722 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2723(a, b=2723):
    return a + b
total += helper_2723(6)
names.append('n2724')
x_2725 = [total % 2725, 2725]
total += sum(x_2725)
class C2726:
    v = 2726
total += C2726.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2728
total = total + 9
if total % 3 == 0:
    total += 2730
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 2732 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2733(a, b=2733):
    return a + b
total += helper_2733(5)
names.append('n2734')
x_2735 = [total % 2735, 2735]
total += sum(x_2735)
class C2736:
    v = 2736
total += C2736.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2738
total = total + 2
if total % 3 == 1:
    total += 2740
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 2742 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2743(a, b=2743):
    return a + b
total += helper_2743(4)
names.append('n2744')
x_2745 = [total % 2745, 2745]
total += sum(x_2745)
class C2746:
    v = 2746
total += C2746.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2748
total = total + 12
if total % 3 == 2:
    total += 2750
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 2752 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2753(a, b=2753):
    return a + b
total += helper_2753(3)
names.append('n2754')
x_2755 = [total % 2755, 2755]
total += sum(x_2755)
class C2756:
    v = 2756
total += C2756.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2758
total = total + 5
if total % 3 == 0:
    total += 2760
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 2762 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2763(a, b=2763):
    return a + b
total += helper_2763(2)
names.append('n2764')
x_2765 = [total % 2765, 2765]
total += sum(x_2765)
class C2766:
    v = 2766
total += C2766.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2768
total = total + 15
if total % 3 == 1:
    total += 2770
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 2772 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2773(a, b=2773):
    return a + b
total += helper_2773(1)
names.append('n2774')
x_2775 = [total % 2775, 2775]
total += sum(x_2775)
class C2776:
    v = 2776
total += C2776.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2778
total = total + 8
if total % 3 == 2:
    total += 2780
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 2782 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2783(a, b=2783):
    return a + b
total += helper_2783(0)
names.append('n2784')
x_2785 = [total % 2785, 2785]
total += sum(x_2785)
class C2786:
    v = 2786
total += C2786.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2788
total = total + 1
if total % 3 == 0:
    total += 2790
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 2792 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2793(a, b=2793):
    return a + b
total += helper_2793(10)
names.append('n2794')
x_2795 = [total % 2795, 2795]
total += sum(x_2795)
class C2796:
    v = 2796
total += C2796.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2798
total = total + 11
if total % 3 == 1:
    total += 2800
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 2802 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2803(a, b=2803):
    return a + b
total += helper_2803(9)
names.append('n2804')
x_2805 = [total % 2805, 2805]
total += sum(x_2805)
class C2806:
    v = 2806
total += C2806.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2808
total = total + 4
if total % 3 == 2:
    total += 2810
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 2812 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2813(a, b=2813):
    return a + b
total += helper_2813(8)
names.append('n2814')
x_2815 = [total % 2815, 2815]
total += sum(x_2815)
class C2816:
    v = 2816
total += C2816.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2818
total = total + 14
if total % 3 == 0:
    total += 2820
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 2822 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2823(a, b=2823):
    return a + b
total += helper_2823(7)
names.append('n2824')
x_2825 = [total % 2825, 2825]
total += sum(x_2825)
class C2826:
    v = 2826
total += C2826.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2828
total = total + 7
if total % 3 == 1:
    total += 2830
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 2832 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2833(a, b=2833):
    return a + b
total += helper_2833(6)
names.append('n2834')
x_2835 = [total % 2835, 2835]
total += sum(x_2835)
class C2836:
    v = 2836
total += C2836.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2838
total = total + 0
if total % 3 == 2:
    total += 2840
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 2842 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2843(a, b=2843):
    return a + b
total += helper_2843(5)
names.append('n2844')
x_2845 = [total % 2845, 2845]
total += sum(x_2845)
class C2846:
    v = 2846
total += C2846.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2848
total = total + 10
if total % 3 == 0:
    total += 2850
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 2852 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2853(a, b=2853):
    return a + b
total += helper_2853(4)
names.append('n2854')
x_2855 = [total % 2855, 2855]
total += sum(x_2855)
class C2856:
    v = 2856
total += C2856.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2858
total = total + 3
if total % 3 == 1:
    total += 2860
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 2862 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2863(a, b=2863):
    return a + b
total += helper_2863(3)
names.append('n2864')
x_2865 = [total % 2865, 2865]
total += sum(x_2865)
class C2866:
    v = 2866
total += C2866.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2868
total = total + 13
if total % 3 == 2:
    total += 2870
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 2872 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2873(a, b=2873):
    return a + b
total += helper_2873(2)
names.append('n2874')
x_2875 = [total % 2875, 2875]
total += sum(x_2875)
class C2876:
    v = 2876
total += C2876.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2878
total = total + 6
if total % 3 == 0:
    total += 2880
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 2882 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2883(a, b=2883):
    return a + b
total += helper_2883(1)
names.append('n2884')
x_2885 = [total % 2885, 2885]
total += sum(x_2885)
class C2886:
    v = 2886
total += C2886.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2888
total = total + 16
if total % 3 == 1:
    total += 2890
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 2892 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2893(a, b=2893):
    return a + b
total += helper_2893(0)
names.append('n2894')
x_2895 = [total % 2895, 2895]
total += sum(x_2895)
class C2896:
    v = 2896
total += C2896.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2898
total = total + 9
if total % 3 == 2:
    total += 2900
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 2902 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2903(a, b=2903):
    return a + b
total += helper_2903(10)
names.append('n2904')
x_2905 = [total % 2905, 2905]
total += sum(x_2905)
class C2906:
    v = 2906
total += C2906.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2908
total = total + 2
if total % 3 == 0:
    total += 2910
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 2912 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2913(a, b=2913):
    return a + b
total += helper_2913(9)
names.append('n2914')
x_2915 = [total % 2915, 2915]
total += sum(x_2915)
class C2916:
    v = 2916
total += C2916.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2918
total = total + 12
if total % 3 == 1:
    total += 2920
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 2922 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2923(a, b=2923):
    return a + b
total += helper_2923(8)
names.append('n2924')
x_2925 = [total % 2925, 2925]
total += sum(x_2925)
class C2926:
    v = 2926
total += C2926.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2928
total = total + 5
if total % 3 == 2:
    total += 2930
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 2932 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2933(a, b=2933):
    return a + b
total += helper_2933(7)
names.append('n2934')
x_2935 = [total % 2935, 2935]
total += sum(x_2935)
class C2936:
    v = 2936
total += C2936.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2938
total = total + 15
if total % 3 == 0:
    total += 2940
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 2942 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2943(a, b=2943):
    return a + b
total += helper_2943(6)
names.append('n2944')
x_2945 = [total % 2945, 2945]
total += sum(x_2945)
class C2946:
    v = 2946
total += C2946.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2948
total = total + 8
if total % 3 == 1:
    total += 2950
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 2952 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2953(a, b=2953):
    return a + b
total += helper_2953(5)
names.append('n2954')
x_2955 = [total % 2955, 2955]
total += sum(x_2955)
class C2956:
    v = 2956
total += C2956.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2958
total = total + 1
if total % 3 == 2:
    total += 2960
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 2962 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2963(a, b=2963):
    return a + b
total += helper_2963(4)
names.append('n2964')
x_2965 = [total % 2965, 2965]
total += sum(x_2965)
class C2966:
    v = 2966
total += C2966.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2968
total = total + 11
if total % 3 == 0:
    total += 2970
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 2972 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2973(a, b=2973):
    return a + b
total += helper_2973(3)
names.append('n2974')
x_2975 = [total % 2975, 2975]
total += sum(x_2975)
class C2976:
    v = 2976
total += C2976.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2978
total = total + 4
if total % 3 == 1:
    total += 2980
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 2982 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2983(a, b=2983):
    return a + b
total += helper_2983(2)
names.append('n2984')
x_2985 = [total % 2985, 2985]
total += sum(x_2985)
class C2986:
    v = 2986
total += C2986.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2988
total = total + 14
if total % 3 == 2:
    total += 2990
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 2992 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_2993(a, b=2993):
    return a + b
total += helper_2993(1)
names.append('n2994')
x_2995 = [total % 2995, 2995]
total += sum(x_2995)
class C2996:
    v = 2996
total += C2996.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 2998
total = total + 7
if total % 3 == 0:
    total += 3000
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 3002 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3003(a, b=3003):
    return a + b
total += helper_3003(0)
names.append('n3004')
x_3005 = [total % 3005, 3005]
total += sum(x_3005)
class C3006:
    v = 3006
total += C3006.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3008
print(3009, total, len(names))
if total % 3 == 1:
    total += 3010
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 3012 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3013(a, b=3013):
    return a + b
total += helper_3013(10)
names.append('n3014')
x_3015 = [total % 3015, 3015]
total += sum(x_3015)
class C3016:
    v = 3016
total += C3016.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3018
total = total + 10
if total % 3 == 2:
    total += 3020
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 3022 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3023(a, b=3023):
    return a + b
total += helper_3023(9)
names.append('n3024')
x_3025 = [total % 3025, 3025]
total += sum(x_3025)
class C3026:
    v = 3026
total += C3026.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3028
total = total + 3
if total % 3 == 0:
    total += 3030
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 3032 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3033(a, b=3033):
    return a + b
total += helper_3033(8)
names.append('n3034')
x_3035 = [total % 3035, 3035]
total += sum(x_3035)
class C3036:
    v = 3036
total += C3036.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3038
total = total + 13
if total % 3 == 1:
    total += 3040
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 3042 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3043(a, b=3043):
    return a + b
total += helper_3043(7)
names.append('n3044')
x_3045 = [total % 3045, 3045]
total += sum(x_3045)
class C3046:
    v = 3046
total += C3046.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3048
total = total + 6
if total % 3 == 2:
    total += 3050
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 3052 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3053(a, b=3053):
    return a + b
total += helper_3053(6)
names.append('n3054')
x_3055 = [total % 3055, 3055]
total += sum(x_3055)
class C3056:
    v = 3056
total += C3056.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3058
total = total + 16
if total % 3 == 0:
    total += 3060
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 3062 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3063(a, b=3063):
    return a + b
total += helper_3063(5)
names.append('n3064')
x_3065 = [total % 3065, 3065]
total += sum(x_3065)
class C3066:
    v = 3066
total += C3066.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3068
total = total + 9
if total % 3 == 1:
    total += 3070
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 3072 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3073(a, b=3073):
    return a + b
total += helper_3073(4)
names.append('n3074')
x_3075 = [total % 3075, 3075]
total += sum(x_3075)
class C3076:
    v = 3076
total += C3076.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3078
total = total + 2
if total % 3 == 2:
    total += 3080
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 3082 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3083(a, b=3083):
    return a + b
total += helper_3083(3)
names.append('n3084')
x_3085 = [total % 3085, 3085]
total += sum(x_3085)
class C3086:
    v = 3086
total += C3086.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3088
total = total + 12
if total % 3 == 0:
    total += 3090
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 3092 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3093(a, b=3093):
    return a + b
total += helper_3093(2)
names.append('n3094')
x_3095 = [total % 3095, 3095]
total += sum(x_3095)
class C3096:
    v = 3096
total += C3096.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3098
total = total + 5
if total % 3 == 1:
    total += 3100
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 3102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3103(a, b=3103):
    return a + b
total += helper_3103(1)
names.append('n3104')
x_3105 = [total % 3105, 3105]
total += sum(x_3105)
class C3106:
    v = 3106
total += C3106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3108
total = total + 15
if total % 3 == 2:
    total += 3110
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 3112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3113(a, b=3113):
    return a + b
total += helper_3113(0)
names.append('n3114')
x_3115 = [total % 3115, 3115]
total += sum(x_3115)
class C3116:
    v = 3116
total += C3116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3118
total = total + 8
if total % 3 == 0:
    total += 3120
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 3122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3123(a, b=3123):
    return a + b
total += helper_3123(10)
names.append('n3124')
x_3125 = [total % 3125, 3125]
total += sum(x_3125)
class C3126:
    v = 3126
total += C3126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3128
total = total + 1
if total % 3 == 1:
    total += 3130
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 3132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3133(a, b=3133):
    return a + b
total += helper_3133(9)
names.append('n3134')
x_3135 = [total % 3135, 3135]
total += sum(x_3135)
class C3136:
    v = 3136
total += C3136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3138
total = total + 11
if total % 3 == 2:
    total += 3140
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 3142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3143(a, b=3143):
    return a + b
total += helper_3143(8)
names.append('n3144')
x_3145 = [total % 3145, 3145]
total += sum(x_3145)
class C3146:
    v = 3146
total += C3146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3148
total = total + 4
if total % 3 == 0:
    total += 3150
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 3152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3153(a, b=3153):
    return a + b
total += helper_3153(7)
names.append('n3154')
x_3155 = [total % 3155, 3155]
total += sum(x_3155)
class C3156:
    v = 3156
total += C3156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3158
total = total + 14
if total % 3 == 1:
    total += 3160
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 3162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3163(a, b=3163):
    return a + b
total += helper_3163(6)
names.append('n3164')
x_3165 = [total % 3165, 3165]
total += sum(x_3165)
class C3166:
    v = 3166
total += C3166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3168
total = total + 7
if total % 3 == 2:
    total += 3170
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 3172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3173(a, b=3173):
    return a + b
total += helper_3173(5)
names.append('n3174')
x_3175 = [total % 3175, 3175]
total += sum(x_3175)
class C3176:
    v = 3176
total += C3176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3178
total = total + 0
if total % 3 == 0:
    total += 3180
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 3182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3183(a, b=3183):
    return a + b
total += helper_3183(4)
names.append('n3184')
x_3185 = [total % 3185, 3185]
total += sum(x_3185)
class C3186:
    v = 3186
total += C3186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3188
total = total + 10
if total % 3 == 1:
    total += 3190
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 3192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3193(a, b=3193):
    return a + b
total += helper_3193(3)
names.append('n3194')
x_3195 = [total % 3195, 3195]
total += sum(x_3195)
class C3196:
    v = 3196
total += C3196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3198
total = total + 3
if total % 3 == 2:
    total += 3200
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 3202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3203(a, b=3203):
    return a + b
total += helper_3203(2)
names.append('n3204')
x_3205 = [total % 3205, 3205]
total += sum(x_3205)
class C3206:
    v = 3206
total += C3206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3208
total = total + 13
if total % 3 == 0:
    total += 3210
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 3212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3213(a, b=3213):
    return a + b
total += helper_3213(1)
names.append('n3214')
x_3215 = [total % 3215, 3215]
total += sum(x_3215)
class C3216:
    v = 3216
total += C3216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3218
total = total + 6
if total % 3 == 1:
    total += 3220
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 3222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3223(a, b=3223):
    return a + b
total += helper_3223(0)
names.append('n3224')
x_3225 = [total % 3225, 3225]
total += sum(x_3225)
class C3226:
    v = 3226
total += C3226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3228
total = total + 16
if total % 3 == 2:
    total += 3230
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 3232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3233(a, b=3233):
    return a + b
total += helper_3233(10)
names.append('n3234')
x_3235 = [total % 3235, 3235]
total += sum(x_3235)
class C3236:
    v = 3236
total += C3236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3238
total = total + 9
if total % 3 == 0:
    total += 3240
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 3242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3243(a, b=3243):
    return a + b
total += helper_3243(9)
names.append('n3244')
x_3245 = [total % 3245, 3245]
total += sum(x_3245)
class C3246:
    v = 3246
total += C3246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3248
total = total + 2
if total % 3 == 1:
    total += 3250
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 3252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3253(a, b=3253):
    return a + b
total += helper_3253(8)
names.append('n3254')
x_3255 = [total % 3255, 3255]
total += sum(x_3255)
class C3256:
    v = 3256
total += C3256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3258
total = total + 12
if total % 3 == 2:
    total += 3260
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 3262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3263(a, b=3263):
    return a + b
total += helper_3263(7)
names.append('n3264')
x_3265 = [total % 3265, 3265]
total += sum(x_3265)
class C3266:
    v = 3266
total += C3266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3268
total = total + 5
if total % 3 == 0:
    total += 3270
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 3272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3273(a, b=3273):
    return a + b
total += helper_3273(6)
names.append('n3274')
x_3275 = [total % 3275, 3275]
total += sum(x_3275)
class C3276:
    v = 3276
total += C3276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3278
total = total + 15
if total % 3 == 1:
    total += 3280
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 3282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3283(a, b=3283):
    return a + b
total += helper_3283(5)
names.append('n3284')
x_3285 = [total % 3285, 3285]
total += sum(x_3285)
class C3286:
    v = 3286
total += C3286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3288
total = total + 8
if total % 3 == 2:
    total += 3290
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 3292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3293(a, b=3293):
    return a + b
total += helper_3293(4)
names.append('n3294')
x_3295 = [total % 3295, 3295]
total += sum(x_3295)
class C3296:
    v = 3296
total += C3296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3298
total = total + 1
if total % 3 == 0:
    total += 3300
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 3302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3303(a, b=3303):
    return a + b
total += helper_3303(3)
names.append('n3304')
x_3305 = [total % 3305, 3305]
total += sum(x_3305)
class C3306:
    v = 3306
total += C3306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3308
total = total + 11
if total % 3 == 1:
    total += 3310
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 3312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3313(a, b=3313):
    return a + b
total += helper_3313(2)
names.append('n3314')
x_3315 = [total % 3315, 3315]
total += sum(x_3315)
class C3316:
    v = 3316
total += C3316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3318
total = total + 4
if total % 3 == 2:
    total += 3320
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 3322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3323(a, b=3323):
    return a + b
total += helper_3323(1)
names.append('n3324')
x_3325 = [total % 3325, 3325]
total += sum(x_3325)
class C3326:
    v = 3326
total += C3326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3328
total = total + 14
if total % 3 == 0:
    total += 3330
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 3332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3333(a, b=3333):
    return a + b
total += helper_3333(0)
names.append('n3334')
x_3335 = [total % 3335, 3335]
total += sum(x_3335)
class C3336:
    v = 3336
total += C3336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3338
total = total + 7
if total % 3 == 1:
    total += 3340
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 3342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3343(a, b=3343):
    return a + b
total += helper_3343(10)
names.append('n3344')
x_3345 = [total % 3345, 3345]
total += sum(x_3345)
class C3346:
    v = 3346
total += C3346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3348
total = total + 0
if total % 3 == 2:
    total += 3350
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 3352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3353(a, b=3353):
    return a + b
total += helper_3353(9)
names.append('n3354')
x_3355 = [total % 3355, 3355]
total += sum(x_3355)
class C3356:
    v = 3356
total += C3356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3358
total = total + 10
if total % 3 == 0:
    total += 3360
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 3362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3363(a, b=3363):
    return a + b
total += helper_3363(8)
names.append('n3364')
x_3365 = [total % 3365, 3365]
total += sum(x_3365)
class C3366:
    v = 3366
total += C3366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3368
total = total + 3
if total % 3 == 1:
    total += 3370
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 3372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3373(a, b=3373):
    return a + b
total += helper_3373(7)
names.append('n3374')
x_3375 = [total % 3375, 3375]
total += sum(x_3375)
class C3376:
    v = 3376
total += C3376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3378
total = total + 13
if total % 3 == 2:
    total += 3380
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 3382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3383(a, b=3383):
    return a + b
total += helper_3383(6)
names.append('n3384')
x_3385 = [total % 3385, 3385]
total += sum(x_3385)
class C3386:
    v = 3386
total += C3386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3388
total = total + 6
if total % 3 == 0:
    total += 3390
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 3392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3393(a, b=3393):
    return a + b
total += helper_3393(5)
names.append('n3394')
x_3395 = [total % 3395, 3395]
total += sum(x_3395)
class C3396:
    v = 3396
total += C3396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3398
total = total + 16
if total % 3 == 1:
    total += 3400
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 3402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3403(a, b=3403):
    return a + b
total += helper_3403(4)
names.append('n3404')
x_3405 = [total % 3405, 3405]
total += sum(x_3405)
class C3406:
    v = 3406
total += C3406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3408
total = total + 9
if total % 3 == 2:
    total += 3410
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 3412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3413(a, b=3413):
    return a + b
total += helper_3413(3)
names.append('n3414')
x_3415 = [total % 3415, 3415]
total += sum(x_3415)
class C3416:
    v = 3416
total += C3416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3418
total = total + 2
if total % 3 == 0:
    total += 3420
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 3422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3423(a, b=3423):
    return a + b
total += helper_3423(2)
names.append('n3424')
x_3425 = [total % 3425, 3425]
total += sum(x_3425)
class C3426:
    v = 3426
total += C3426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3428
total = total + 12
if total % 3 == 1:
    total += 3430
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 3432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3433(a, b=3433):
    return a + b
total += helper_3433(1)
names.append('n3434')
x_3435 = [total % 3435, 3435]
total += sum(x_3435)
class C3436:
    v = 3436
total += C3436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3438
total = total + 5
if total % 3 == 2:
    total += 3440
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 3442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3443(a, b=3443):
    return a + b
total += helper_3443(0)
names.append('n3444')
x_3445 = [total % 3445, 3445]
total += sum(x_3445)
class C3446:
    v = 3446
total += C3446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3448
total = total + 15
if total % 3 == 0:
    total += 3450
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 3452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3453(a, b=3453):
    return a + b
total += helper_3453(10)
names.append('n3454')
x_3455 = [total % 3455, 3455]
total += sum(x_3455)
class C3456:
    v = 3456
total += C3456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3458
total = total + 8
if total % 3 == 1:
    total += 3460
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 3462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3463(a, b=3463):
    return a + b
total += helper_3463(9)
names.append('n3464')
x_3465 = [total % 3465, 3465]
total += sum(x_3465)
class C3466:
    v = 3466
total += C3466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3468
total = total + 1
if total % 3 == 2:
    total += 3470
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 3472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3473(a, b=3473):
    return a + b
total += helper_3473(8)
names.append('n3474')
x_3475 = [total % 3475, 3475]
total += sum(x_3475)
class C3476:
    v = 3476
total += C3476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3478
total = total + 11
if total % 3 == 0:
    total += 3480
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 3482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3483(a, b=3483):
    return a + b
total += helper_3483(7)
names.append('n3484')
x_3485 = [total % 3485, 3485]
total += sum(x_3485)
class C3486:
    v = 3486
total += C3486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3488
total = total + 4
if total % 3 == 1:
    total += 3490
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 3492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3493(a, b=3493):
    return a + b
total += helper_3493(6)
names.append('n3494')
x_3495 = [total % 3495, 3495]
total += sum(x_3495)
class C3496:
    v = 3496
total += C3496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3498
total = total + 14
if total % 3 == 2:
    total += 3500
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 3502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3503(a, b=3503):
    return a + b
total += helper_3503(5)
names.append('n3504')
x_3505 = [total % 3505, 3505]
total += sum(x_3505)
class C3506:
    v = 3506
total += C3506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3508
total = total + 7
if total % 3 == 0:
    total += 3510
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 3512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3513(a, b=3513):
    return a + b
total += helper_3513(4)
names.append('n3514')
x_3515 = [total % 3515, 3515]
total += sum(x_3515)
class C3516:
    v = 3516
total += C3516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3518
total = total + 0
if total % 3 == 1:
    total += 3520
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 3522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3523(a, b=3523):
    return a + b
total += helper_3523(3)
names.append('n3524')
x_3525 = [total % 3525, 3525]
total += sum(x_3525)
class C3526:
    v = 3526
total += C3526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3528
total = total + 10
if total % 3 == 2:
    total += 3530
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 3532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3533(a, b=3533):
    return a + b
total += helper_3533(2)
names.append('n3534')
x_3535 = [total % 3535, 3535]
total += sum(x_3535)
class C3536:
    v = 3536
total += C3536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3538
total = total + 3
if total % 3 == 0:
    total += 3540
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 3542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3543(a, b=3543):
    return a + b
total += helper_3543(1)
names.append('n3544')
x_3545 = [total % 3545, 3545]
total += sum(x_3545)
class C3546:
    v = 3546
total += C3546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3548
total = total + 13
if total % 3 == 1:
    total += 3550
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 3552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3553(a, b=3553):
    return a + b
total += helper_3553(0)
names.append('n3554')
x_3555 = [total % 3555, 3555]
total += sum(x_3555)
class C3556:
    v = 3556
total += C3556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3558
total = total + 6
if total % 3 == 2:
    total += 3560
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 3562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3563(a, b=3563):
    return a + b
total += helper_3563(10)
names.append('n3564')
x_3565 = [total % 3565, 3565]
total += sum(x_3565)
class C3566:
    v = 3566
total += C3566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3568
total = total + 16
if total % 3 == 0:
    total += 3570
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 3572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3573(a, b=3573):
    return a + b
total += helper_3573(9)
names.append('n3574')
x_3575 = [total % 3575, 3575]
total += sum(x_3575)
class C3576:
    v = 3576
total += C3576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3578
total = total + 9
if total % 3 == 1:
    total += 3580
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 3582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3583(a, b=3583):
    return a + b
total += helper_3583(8)
names.append('n3584')
x_3585 = [total % 3585, 3585]
total += sum(x_3585)
class C3586:
    v = 3586
total += C3586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3588
total = total + 2
if total % 3 == 2:
    total += 3590
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 3592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3593(a, b=3593):
    return a + b
total += helper_3593(7)
names.append('n3594')
x_3595 = [total % 3595, 3595]
total += sum(x_3595)
class C3596:
    v = 3596
total += C3596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3598
total = total + 12
if total % 3 == 0:
    total += 3600
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 3602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3603(a, b=3603):
    return a + b
total += helper_3603(6)
names.append('n3604')
x_3605 = [total % 3605, 3605]
total += sum(x_3605)
class C3606:
    v = 3606
total += C3606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3608
total = total + 5
if total % 3 == 1:
    total += 3610
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 3612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3613(a, b=3613):
    return a + b
total += helper_3613(5)
names.append('n3614')
x_3615 = [total % 3615, 3615]
total += sum(x_3615)
class C3616:
    v = 3616
total += C3616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3618
total = total + 15
if total % 3 == 2:
    total += 3620
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 3622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3623(a, b=3623):
    return a + b
total += helper_3623(4)
names.append('n3624')
x_3625 = [total % 3625, 3625]
total += sum(x_3625)
class C3626:
    v = 3626
total += C3626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3628
total = total + 8
if total % 3 == 0:
    total += 3630
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 3632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3633(a, b=3633):
    return a + b
total += helper_3633(3)
names.append('n3634')
x_3635 = [total % 3635, 3635]
total += sum(x_3635)
class C3636:
    v = 3636
total += C3636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3638
total = total + 1
if total % 3 == 1:
    total += 3640
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 3642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3643(a, b=3643):
    return a + b
total += helper_3643(2)
names.append('n3644')
x_3645 = [total % 3645, 3645]
total += sum(x_3645)
class C3646:
    v = 3646
total += C3646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3648
total = total + 11
if total % 3 == 2:
    total += 3650
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 3652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3653(a, b=3653):
    return a + b
total += helper_3653(1)
names.append('n3654')
x_3655 = [total % 3655, 3655]
total += sum(x_3655)
class C3656:
    v = 3656
total += C3656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3658
total = total + 4
if total % 3 == 0:
    total += 3660
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 3662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3663(a, b=3663):
    return a + b
total += helper_3663(0)
names.append('n3664')
x_3665 = [total % 3665, 3665]
total += sum(x_3665)
class C3666:
    v = 3666
total += C3666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3668
total = total + 14
if total % 3 == 1:
    total += 3670
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 3672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3673(a, b=3673):
    return a + b
total += helper_3673(10)
names.append('n3674')
x_3675 = [total % 3675, 3675]
total += sum(x_3675)
class C3676:
    v = 3676
total += C3676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3678
total = total + 7
if total % 3 == 2:
    total += 3680
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 3682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3683(a, b=3683):
    return a + b
total += helper_3683(9)
names.append('n3684')
x_3685 = [total % 3685, 3685]
total += sum(x_3685)
class C3686:
    v = 3686
total += C3686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3688
total = total + 0
if total % 3 == 0:
    total += 3690
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 3692 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3693(a, b=3693):
    return a + b
total += helper_3693(8)
names.append('n3694')
x_3695 = [total % 3695, 3695]
total += sum(x_3695)
class C3696:
    v = 3696
total += C3696.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3698
total = total + 10
if total % 3 == 1:
    total += 3700
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 3702 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3703(a, b=3703):
    return a + b
total += helper_3703(7)
names.append('n3704')
x_3705 = [total % 3705, 3705]
total += sum(x_3705)
class C3706:
    v = 3706
total += C3706.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3708
total = total + 3
if total % 3 == 2:
    total += 3710
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 3712 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3713(a, b=3713):
    return a + b
total += helper_3713(6)
names.append('n3714')
x_3715 = [total % 3715, 3715]
total += sum(x_3715)
class C3716:
    v = 3716
total += C3716.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3718
total = total + 13
if total % 3 == 0:
    total += 3720
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 3722 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3723(a, b=3723):
    return a + b
total += helper_3723(5)
names.append('n3724')
x_3725 = [total % 3725, 3725]
total += sum(x_3725)
class C3726:
    v = 3726
total += C3726.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3728
total = total + 6
if total % 3 == 1:
    total += 3730
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 3732 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3733(a, b=3733):
    return a + b
total += helper_3733(4)
names.append('n3734')
x_3735 = [total % 3735, 3735]
total += sum(x_3735)
class C3736:
    v = 3736
total += C3736.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3738
total = total + 16
if total % 3 == 2:
    total += 3740
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 3742 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3743(a, b=3743):
    return a + b
total += helper_3743(3)
names.append('n3744')
x_3745 = [total % 3745, 3745]
total += sum(x_3745)
class C3746:
    v = 3746
total += C3746.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3748
total = total + 9
if total % 3 == 0:
    total += 3750
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 3752 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3753(a, b=3753):
    return a + b
total += helper_3753(2)
names.append('n3754')
x_3755 = [total % 3755, 3755]
total += sum(x_3755)
class C3756:
    v = 3756
total += C3756.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3758
total = total + 2
if total % 3 == 1:
    total += 3760
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 3762 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3763(a, b=3763):
    return a + b
total += helper_3763(1)
names.append('n3764')
x_3765 = [total % 3765, 3765]
total += sum(x_3765)
class C3766:
    v = 3766
total += C3766.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3768
total = total + 12
if total % 3 == 2:
    total += 3770
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 3772 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3773(a, b=3773):
    return a + b
total += helper_3773(0)
names.append('n3774')
x_3775 = [total % 3775, 3775]
total += sum(x_3775)
class C3776:
    v = 3776
total += C3776.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3778
total = total + 5
if total % 3 == 0:
    total += 3780
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 3782 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3783(a, b=3783):
    return a + b
total += helper_3783(10)
names.append('n3784')
x_3785 = [total % 3785, 3785]
total += sum(x_3785)
class C3786:
    v = 3786
total += C3786.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3788
total = total + 15
if total % 3 == 1:
    total += 3790
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 3792 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3793(a, b=3793):
    return a + b
total += helper_3793(9)
names.append('n3794')
x_3795 = [total % 3795, 3795]
total += sum(x_3795)
class C3796:
    v = 3796
total += C3796.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3798
total = total + 8
if total % 3 == 2:
    total += 3800
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 3802 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3803(a, b=3803):
    return a + b
total += helper_3803(8)
names.append('n3804')
x_3805 = [total % 3805, 3805]
total += sum(x_3805)
class C3806:
    v = 3806
total += C3806.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3808
total = total + 1
if total % 3 == 0:
    total += 3810
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 3812 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3813(a, b=3813):
    return a + b
total += helper_3813(7)
names.append('n3814')
x_3815 = [total % 3815, 3815]
total += sum(x_3815)
class C3816:
    v = 3816
total += C3816.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3818
total = total + 11
if total % 3 == 1:
    total += 3820
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 3822 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3823(a, b=3823):
    return a + b
total += helper_3823(6)
names.append('n3824')
x_3825 = [total % 3825, 3825]
total += sum(x_3825)
class C3826:
    v = 3826
total += C3826.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3828
total = total + 4
if total % 3 == 2:
    total += 3830
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 3832 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3833(a, b=3833):
    return a + b
total += helper_3833(5)
names.append('n3834')
x_3835 = [total % 3835, 3835]
total += sum(x_3835)
class C3836:
    v = 3836
total += C3836.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3838
total = total + 14
if total % 3 == 0:
    total += 3840
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 3842 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3843(a, b=3843):
    return a + b
total += helper_3843(4)
names.append('n3844')
x_3845 = [total % 3845, 3845]
total += sum(x_3845)
class C3846:
    v = 3846
total += C3846.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3848
total = total + 7
if total % 3 == 1:
    total += 3850
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 3852 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3853(a, b=3853):
    return a + b
total += helper_3853(3)
names.append('n3854')
x_3855 = [total % 3855, 3855]
total += sum(x_3855)
class C3856:
    v = 3856
total += C3856.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3858
total = total + 0
if total % 3 == 2:
    total += 3860
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 3862 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3863(a, b=3863):
    return a + b
total += helper_3863(2)
names.append('n3864')
x_3865 = [total % 3865, 3865]
total += sum(x_3865)
class C3866:
    v = 3866
total += C3866.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3868
total = total + 10
if total % 3 == 0:
    total += 3870
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 3872 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3873(a, b=3873):
    return a + b
total += helper_3873(1)
names.append('n3874')
x_3875 = [total % 3875, 3875]
total += sum(x_3875)
class C3876:
    v = 3876
total += C3876.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3878
total = total + 3
if total % 3 == 1:
    total += 3880
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 3882 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3883(a, b=3883):
    return a + b
total += helper_3883(0)
names.append('n3884')
x_3885 = [total % 3885, 3885]
total += sum(x_3885)
class C3886:
    v = 3886
total += C3886.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3888
total = total + 13
if total % 3 == 2:
    total += 3890
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 3892 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3893(a, b=3893):
    return a + b
total += helper_3893(10)
names.append('n3894')
x_3895 = [total % 3895, 3895]
total += sum(x_3895)
class C3896:
    v = 3896
total += C3896.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3898
total = total + 6
if total % 3 == 0:
    total += 3900
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 3902 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3903(a, b=3903):
    return a + b
total += helper_3903(9)
names.append('n3904')
x_3905 = [total % 3905, 3905]
total += sum(x_3905)
class C3906:
    v = 3906
total += C3906.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3908
total = total + 16
if total % 3 == 1:
    total += 3910
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 3912 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3913(a, b=3913):
    return a + b
total += helper_3913(8)
names.append('n3914')
x_3915 = [total % 3915, 3915]
total += sum(x_3915)
class C3916:
    v = 3916
total += C3916.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3918
total = total + 9
if total % 3 == 2:
    total += 3920
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 3922 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3923(a, b=3923):
    return a + b
total += helper_3923(7)
names.append('n3924')
x_3925 = [total % 3925, 3925]
total += sum(x_3925)
class C3926:
    v = 3926
total += C3926.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3928
total = total + 2
if total % 3 == 0:
    total += 3930
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 3932 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3933(a, b=3933):
    return a + b
total += helper_3933(6)
names.append('n3934')
x_3935 = [total % 3935, 3935]
total += sum(x_3935)
class C3936:
    v = 3936
total += C3936.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3938
total = total + 12
if total % 3 == 1:
    total += 3940
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 3942 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3943(a, b=3943):
    return a + b
total += helper_3943(5)
names.append('n3944')
x_3945 = [total % 3945, 3945]
total += sum(x_3945)
class C3946:
    v = 3946
total += C3946.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3948
total = total + 5
if total % 3 == 2:
    total += 3950
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 3952 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3953(a, b=3953):
    return a + b
total += helper_3953(4)
names.append('n3954')
x_3955 = [total % 3955, 3955]
total += sum(x_3955)
class C3956:
    v = 3956
total += C3956.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3958
total = total + 15
if total % 3 == 0:
    total += 3960
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 3962 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3963(a, b=3963):
    return a + b
total += helper_3963(3)
names.append('n3964')
x_3965 = [total % 3965, 3965]
total += sum(x_3965)
class C3966:
    v = 3966
total += C3966.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3968
total = total + 8
if total % 3 == 1:
    total += 3970
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 3972 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3973(a, b=3973):
    return a + b
total += helper_3973(2)
names.append('n3974')
x_3975 = [total % 3975, 3975]
total += sum(x_3975)
class C3976:
    v = 3976
total += C3976.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3978
total = total + 1
if total % 3 == 2:
    total += 3980
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 3982 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3983(a, b=3983):
    return a + b
total += helper_3983(1)
names.append('n3984')
x_3985 = [total % 3985, 3985]
total += sum(x_3985)
class C3986:
    v = 3986
total += C3986.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3988
total = total + 11
if total % 3 == 0:
    total += 3990
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 3992 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_3993(a, b=3993):
    return a + b
total += helper_3993(0)
names.append('n3994')
x_3995 = [total % 3995, 3995]
total += sum(x_3995)
class C3996:
    v = 3996
total += C3996.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 3998
total = total + 4
if total % 3 == 1:
    total += 4000
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 4002 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4003(a, b=4003):
    return a + b
total += helper_4003(10)
names.append('n4004')
x_4005 = [total % 4005, 4005]
total += sum(x_4005)
class C4006:
    v = 4006
total += C4006.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4008
print(4009, total, len(names))
if total % 3 == 2:
    total += 4010
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 4012 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4013(a, b=4013):
    return a + b
total += helper_4013(9)
names.append('n4014')
x_4015 = [total % 4015, 4015]
total += sum(x_4015)
class C4016:
    v = 4016
total += C4016.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4018
total = total + 7
if total % 3 == 0:
    total += 4020
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 4022 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4023(a, b=4023):
    return a + b
total += helper_4023(8)
names.append('n4024')
x_4025 = [total % 4025, 4025]
total += sum(x_4025)
class C4026:
    v = 4026
total += C4026.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4028
total = total + 0
if total % 3 == 1:
    total += 4030
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 4032 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4033(a, b=4033):
    return a + b
total += helper_4033(7)
names.append('n4034')
x_4035 = [total % 4035, 4035]
total += sum(x_4035)
class C4036:
    v = 4036
total += C4036.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4038
total = total + 10
if total % 3 == 2:
    total += 4040
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 4042 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4043(a, b=4043):
    return a + b
total += helper_4043(6)
names.append('n4044')
x_4045 = [total % 4045, 4045]
total += sum(x_4045)
class C4046:
    v = 4046
total += C4046.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4048
total = total + 3
if total % 3 == 0:
    total += 4050
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 4052 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4053(a, b=4053):
    return a + b
total += helper_4053(5)
names.append('n4054')
x_4055 = [total % 4055, 4055]
total += sum(x_4055)
class C4056:
    v = 4056
total += C4056.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4058
total = total + 13
if total % 3 == 1:
    total += 4060
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 4062 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4063(a, b=4063):
    return a + b
total += helper_4063(4)
names.append('n4064')
x_4065 = [total % 4065, 4065]
total += sum(x_4065)
class C4066:
    v = 4066
total += C4066.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4068
total = total + 6
if total % 3 == 2:
    total += 4070
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 4072 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4073(a, b=4073):
    return a + b
total += helper_4073(3)
names.append('n4074')
x_4075 = [total % 4075, 4075]
total += sum(x_4075)
class C4076:
    v = 4076
total += C4076.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4078
total = total + 16
if total % 3 == 0:
    total += 4080
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 4082 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4083(a, b=4083):
    return a + b
total += helper_4083(2)
names.append('n4084')
x_4085 = [total % 4085, 4085]
total += sum(x_4085)
class C4086:
    v = 4086
total += C4086.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4088
total = total + 9
if total % 3 == 1:
    total += 4090
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 4092 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4093(a, b=4093):
    return a + b
total += helper_4093(1)
names.append('n4094')
x_4095 = [total % 4095, 4095]
total += sum(x_4095)
class C4096:
    v = 4096
total += C4096.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4098
total = total + 2
if total % 3 == 2:
    total += 4100
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 4102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4103(a, b=4103):
    return a + b
total += helper_4103(0)
names.append('n4104')
x_4105 = [total % 4105, 4105]
total += sum(x_4105)
class C4106:
    v = 4106
total += C4106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4108
total = total + 12
if total % 3 == 0:
    total += 4110
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 4112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4113(a, b=4113):
    return a + b
total += helper_4113(10)
names.append('n4114')
x_4115 = [total % 4115, 4115]
total += sum(x_4115)
class C4116:
    v = 4116
total += C4116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4118
total = total + 5
if total % 3 == 1:
    total += 4120
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 4122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4123(a, b=4123):
    return a + b
total += helper_4123(9)
names.append('n4124')
x_4125 = [total % 4125, 4125]
total += sum(x_4125)
class C4126:
    v = 4126
total += C4126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4128
total = total + 15
if total % 3 == 2:
    total += 4130
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 4132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4133(a, b=4133):
    return a + b
total += helper_4133(8)
names.append('n4134')
x_4135 = [total % 4135, 4135]
total += sum(x_4135)
class C4136:
    v = 4136
total += C4136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4138
total = total + 8
if total % 3 == 0:
    total += 4140
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 4142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4143(a, b=4143):
    return a + b
total += helper_4143(7)
names.append('n4144')
x_4145 = [total % 4145, 4145]
total += sum(x_4145)
class C4146:
    v = 4146
total += C4146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4148
total = total + 1
if total % 3 == 1:
    total += 4150
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 4152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4153(a, b=4153):
    return a + b
total += helper_4153(6)
names.append('n4154')
x_4155 = [total % 4155, 4155]
total += sum(x_4155)
class C4156:
    v = 4156
total += C4156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4158
total = total + 11
if total % 3 == 2:
    total += 4160
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 4162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4163(a, b=4163):
    return a + b
total += helper_4163(5)
names.append('n4164')
x_4165 = [total % 4165, 4165]
total += sum(x_4165)
class C4166:
    v = 4166
total += C4166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4168
total = total + 4
if total % 3 == 0:
    total += 4170
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 4172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4173(a, b=4173):
    return a + b
total += helper_4173(4)
names.append('n4174')
x_4175 = [total % 4175, 4175]
total += sum(x_4175)
class C4176:
    v = 4176
total += C4176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4178
total = total + 14
if total % 3 == 1:
    total += 4180
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 4182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4183(a, b=4183):
    return a + b
total += helper_4183(3)
names.append('n4184')
x_4185 = [total % 4185, 4185]
total += sum(x_4185)
class C4186:
    v = 4186
total += C4186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4188
total = total + 7
if total % 3 == 2:
    total += 4190
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 4192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4193(a, b=4193):
    return a + b
total += helper_4193(2)
names.append('n4194')
x_4195 = [total % 4195, 4195]
total += sum(x_4195)
class C4196:
    v = 4196
total += C4196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4198
total = total + 0
if total % 3 == 0:
    total += 4200
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 4202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4203(a, b=4203):
    return a + b
total += helper_4203(1)
names.append('n4204')
x_4205 = [total % 4205, 4205]
total += sum(x_4205)
class C4206:
    v = 4206
total += C4206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4208
total = total + 10
if total % 3 == 1:
    total += 4210
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 4212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4213(a, b=4213):
    return a + b
total += helper_4213(0)
names.append('n4214')
x_4215 = [total % 4215, 4215]
total += sum(x_4215)
class C4216:
    v = 4216
total += C4216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4218
total = total + 3
if total % 3 == 2:
    total += 4220
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 4222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4223(a, b=4223):
    return a + b
total += helper_4223(10)
names.append('n4224')
x_4225 = [total % 4225, 4225]
total += sum(x_4225)
class C4226:
    v = 4226
total += C4226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4228
total = total + 13
if total % 3 == 0:
    total += 4230
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 4232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4233(a, b=4233):
    return a + b
total += helper_4233(9)
names.append('n4234')
x_4235 = [total % 4235, 4235]
total += sum(x_4235)
class C4236:
    v = 4236
total += C4236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4238
total = total + 6
if total % 3 == 1:
    total += 4240
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 4242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4243(a, b=4243):
    return a + b
total += helper_4243(8)
names.append('n4244')
x_4245 = [total % 4245, 4245]
total += sum(x_4245)
class C4246:
    v = 4246
total += C4246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4248
total = total + 16
if total % 3 == 2:
    total += 4250
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 4252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4253(a, b=4253):
    return a + b
total += helper_4253(7)
names.append('n4254')
x_4255 = [total % 4255, 4255]
total += sum(x_4255)
class C4256:
    v = 4256
total += C4256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4258
total = total + 9
if total % 3 == 0:
    total += 4260
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 4262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4263(a, b=4263):
    return a + b
total += helper_4263(6)
names.append('n4264')
x_4265 = [total % 4265, 4265]
total += sum(x_4265)
class C4266:
    v = 4266
total += C4266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4268
total = total + 2
if total % 3 == 1:
    total += 4270
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 4272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4273(a, b=4273):
    return a + b
total += helper_4273(5)
names.append('n4274')
x_4275 = [total % 4275, 4275]
total += sum(x_4275)
class C4276:
    v = 4276
total += C4276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4278
total = total + 12
if total % 3 == 2:
    total += 4280
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 4282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4283(a, b=4283):
    return a + b
total += helper_4283(4)
names.append('n4284')
x_4285 = [total % 4285, 4285]
total += sum(x_4285)
class C4286:
    v = 4286
total += C4286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4288
total = total + 5
if total % 3 == 0:
    total += 4290
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 4292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4293(a, b=4293):
    return a + b
total += helper_4293(3)
names.append('n4294')
x_4295 = [total % 4295, 4295]
total += sum(x_4295)
class C4296:
    v = 4296
total += C4296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4298
total = total + 15
if total % 3 == 1:
    total += 4300
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 4302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4303(a, b=4303):
    return a + b
total += helper_4303(2)
names.append('n4304')
x_4305 = [total % 4305, 4305]
total += sum(x_4305)
class C4306:
    v = 4306
total += C4306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4308
total = total + 8
if total % 3 == 2:
    total += 4310
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 4312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4313(a, b=4313):
    return a + b
total += helper_4313(1)
names.append('n4314')
x_4315 = [total % 4315, 4315]
total += sum(x_4315)
class C4316:
    v = 4316
total += C4316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4318
total = total + 1
if total % 3 == 0:
    total += 4320
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 4322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4323(a, b=4323):
    return a + b
total += helper_4323(0)
names.append('n4324')
x_4325 = [total % 4325, 4325]
total += sum(x_4325)
class C4326:
    v = 4326
total += C4326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4328
total = total + 11
if total % 3 == 1:
    total += 4330
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 4332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4333(a, b=4333):
    return a + b
total += helper_4333(10)
names.append('n4334')
x_4335 = [total % 4335, 4335]
total += sum(x_4335)
class C4336:
    v = 4336
total += C4336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4338
total = total + 4
if total % 3 == 2:
    total += 4340
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 4342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4343(a, b=4343):
    return a + b
total += helper_4343(9)
names.append('n4344')
x_4345 = [total % 4345, 4345]
total += sum(x_4345)
class C4346:
    v = 4346
total += C4346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4348
total = total + 14
if total % 3 == 0:
    total += 4350
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 4352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4353(a, b=4353):
    return a + b
total += helper_4353(8)
names.append('n4354')
x_4355 = [total % 4355, 4355]
total += sum(x_4355)
class C4356:
    v = 4356
total += C4356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4358
total = total + 7
if total % 3 == 1:
    total += 4360
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 4362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4363(a, b=4363):
    return a + b
total += helper_4363(7)
names.append('n4364')
x_4365 = [total % 4365, 4365]
total += sum(x_4365)
class C4366:
    v = 4366
total += C4366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4368
total = total + 0
if total % 3 == 2:
    total += 4370
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 4372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4373(a, b=4373):
    return a + b
total += helper_4373(6)
names.append('n4374')
x_4375 = [total % 4375, 4375]
total += sum(x_4375)
class C4376:
    v = 4376
total += C4376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4378
total = total + 10
if total % 3 == 0:
    total += 4380
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 4382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4383(a, b=4383):
    return a + b
total += helper_4383(5)
names.append('n4384')
x_4385 = [total % 4385, 4385]
total += sum(x_4385)
class C4386:
    v = 4386
total += C4386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4388
total = total + 3
if total % 3 == 1:
    total += 4390
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 4392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4393(a, b=4393):
    return a + b
total += helper_4393(4)
names.append('n4394')
x_4395 = [total % 4395, 4395]
total += sum(x_4395)
class C4396:
    v = 4396
total += C4396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4398
total = total + 13
if total % 3 == 2:
    total += 4400
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 4402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4403(a, b=4403):
    return a + b
total += helper_4403(3)
names.append('n4404')
x_4405 = [total % 4405, 4405]
total += sum(x_4405)
class C4406:
    v = 4406
total += C4406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4408
total = total + 6
if total % 3 == 0:
    total += 4410
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 4412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4413(a, b=4413):
    return a + b
total += helper_4413(2)
names.append('n4414')
x_4415 = [total % 4415, 4415]
total += sum(x_4415)
class C4416:
    v = 4416
total += C4416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4418
total = total + 16
if total % 3 == 1:
    total += 4420
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 4422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4423(a, b=4423):
    return a + b
total += helper_4423(1)
names.append('n4424')
x_4425 = [total % 4425, 4425]
total += sum(x_4425)
class C4426:
    v = 4426
total += C4426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4428
total = total + 9
if total % 3 == 2:
    total += 4430
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 4432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4433(a, b=4433):
    return a + b
total += helper_4433(0)
names.append('n4434')
x_4435 = [total % 4435, 4435]
total += sum(x_4435)
class C4436:
    v = 4436
total += C4436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4438
total = total + 2
if total % 3 == 0:
    total += 4440
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 4442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4443(a, b=4443):
    return a + b
total += helper_4443(10)
names.append('n4444')
x_4445 = [total % 4445, 4445]
total += sum(x_4445)
class C4446:
    v = 4446
total += C4446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4448
total = total + 12
if total % 3 == 1:
    total += 4450
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 4452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4453(a, b=4453):
    return a + b
total += helper_4453(9)
names.append('n4454')
x_4455 = [total % 4455, 4455]
total += sum(x_4455)
class C4456:
    v = 4456
total += C4456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4458
total = total + 5
if total % 3 == 2:
    total += 4460
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 4462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4463(a, b=4463):
    return a + b
total += helper_4463(8)
names.append('n4464')
x_4465 = [total % 4465, 4465]
total += sum(x_4465)
class C4466:
    v = 4466
total += C4466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4468
total = total + 15
if total % 3 == 0:
    total += 4470
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 4472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4473(a, b=4473):
    return a + b
total += helper_4473(7)
names.append('n4474')
x_4475 = [total % 4475, 4475]
total += sum(x_4475)
class C4476:
    v = 4476
total += C4476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4478
total = total + 8
if total % 3 == 1:
    total += 4480
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 4482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4483(a, b=4483):
    return a + b
total += helper_4483(6)
names.append('n4484')
x_4485 = [total % 4485, 4485]
total += sum(x_4485)
class C4486:
    v = 4486
total += C4486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4488
total = total + 1
if total % 3 == 2:
    total += 4490
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 4492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4493(a, b=4493):
    return a + b
total += helper_4493(5)
names.append('n4494')
x_4495 = [total % 4495, 4495]
total += sum(x_4495)
class C4496:
    v = 4496
total += C4496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4498
total = total + 11
if total % 3 == 0:
    total += 4500
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 4502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4503(a, b=4503):
    return a + b
total += helper_4503(4)
names.append('n4504')
x_4505 = [total % 4505, 4505]
total += sum(x_4505)
class C4506:
    v = 4506
total += C4506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4508
total = total + 4
if total % 3 == 1:
    total += 4510
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 4512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4513(a, b=4513):
    return a + b
total += helper_4513(3)
names.append('n4514')
x_4515 = [total % 4515, 4515]
total += sum(x_4515)
class C4516:
    v = 4516
total += C4516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4518
total = total + 14
if total % 3 == 2:
    total += 4520
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 4522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4523(a, b=4523):
    return a + b
total += helper_4523(2)
names.append('n4524')
x_4525 = [total % 4525, 4525]
total += sum(x_4525)
class C4526:
    v = 4526
total += C4526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4528
total = total + 7
if total % 3 == 0:
    total += 4530
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 4532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4533(a, b=4533):
    return a + b
total += helper_4533(1)
names.append('n4534')
x_4535 = [total % 4535, 4535]
total += sum(x_4535)
class C4536:
    v = 4536
total += C4536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4538
total = total + 0
if total % 3 == 1:
    total += 4540
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 4542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4543(a, b=4543):
    return a + b
total += helper_4543(0)
names.append('n4544')
x_4545 = [total % 4545, 4545]
total += sum(x_4545)
class C4546:
    v = 4546
total += C4546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4548
total = total + 10
if total % 3 == 2:
    total += 4550
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 4552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4553(a, b=4553):
    return a + b
total += helper_4553(10)
names.append('n4554')
x_4555 = [total % 4555, 4555]
total += sum(x_4555)
class C4556:
    v = 4556
total += C4556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4558
total = total + 3
if total % 3 == 0:
    total += 4560
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 4562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4563(a, b=4563):
    return a + b
total += helper_4563(9)
names.append('n4564')
x_4565 = [total % 4565, 4565]
total += sum(x_4565)
class C4566:
    v = 4566
total += C4566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4568
total = total + 13
if total % 3 == 1:
    total += 4570
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 4572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4573(a, b=4573):
    return a + b
total += helper_4573(8)
names.append('n4574')
x_4575 = [total % 4575, 4575]
total += sum(x_4575)
class C4576:
    v = 4576
total += C4576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4578
total = total + 6
if total % 3 == 2:
    total += 4580
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 4582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4583(a, b=4583):
    return a + b
total += helper_4583(7)
names.append('n4584')
x_4585 = [total % 4585, 4585]
total += sum(x_4585)
class C4586:
    v = 4586
total += C4586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4588
total = total + 16
if total % 3 == 0:
    total += 4590
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 4592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4593(a, b=4593):
    return a + b
total += helper_4593(6)
names.append('n4594')
x_4595 = [total % 4595, 4595]
total += sum(x_4595)
class C4596:
    v = 4596
total += C4596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4598
total = total + 9
if total % 3 == 1:
    total += 4600
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 4602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4603(a, b=4603):
    return a + b
total += helper_4603(5)
names.append('n4604')
x_4605 = [total % 4605, 4605]
total += sum(x_4605)
class C4606:
    v = 4606
total += C4606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4608
total = total + 2
if total % 3 == 2:
    total += 4610
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 4612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4613(a, b=4613):
    return a + b
total += helper_4613(4)
names.append('n4614')
x_4615 = [total % 4615, 4615]
total += sum(x_4615)
class C4616:
    v = 4616
total += C4616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4618
total = total + 12
if total % 3 == 0:
    total += 4620
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 4622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4623(a, b=4623):
    return a + b
total += helper_4623(3)
names.append('n4624')
x_4625 = [total % 4625, 4625]
total += sum(x_4625)
class C4626:
    v = 4626
total += C4626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4628
total = total + 5
if total % 3 == 1:
    total += 4630
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 4632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4633(a, b=4633):
    return a + b
total += helper_4633(2)
names.append('n4634')
x_4635 = [total % 4635, 4635]
total += sum(x_4635)
class C4636:
    v = 4636
total += C4636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4638
total = total + 15
if total % 3 == 2:
    total += 4640
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 4642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4643(a, b=4643):
    return a + b
total += helper_4643(1)
names.append('n4644')
x_4645 = [total % 4645, 4645]
total += sum(x_4645)
class C4646:
    v = 4646
total += C4646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4648
total = total + 8
if total % 3 == 0:
    total += 4650
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 4652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4653(a, b=4653):
    return a + b
total += helper_4653(0)
names.append('n4654')
x_4655 = [total % 4655, 4655]
total += sum(x_4655)
class C4656:
    v = 4656
total += C4656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4658
total = total + 1
if total % 3 == 1:
    total += 4660
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 4662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4663(a, b=4663):
    return a + b
total += helper_4663(10)
names.append('n4664')
x_4665 = [total % 4665, 4665]
total += sum(x_4665)
class C4666:
    v = 4666
total += C4666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4668
total = total + 11
if total % 3 == 2:
    total += 4670
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 4672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4673(a, b=4673):
    return a + b
total += helper_4673(9)
names.append('n4674')
x_4675 = [total % 4675, 4675]
total += sum(x_4675)
class C4676:
    v = 4676
total += C4676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4678
total = total + 4
if total % 3 == 0:
    total += 4680
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 4682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4683(a, b=4683):
    return a + b
total += helper_4683(8)
names.append('n4684')
x_4685 = [total % 4685, 4685]
total += sum(x_4685)
class C4686:
    v = 4686
total += C4686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4688
total = total + 14
if total % 3 == 1:
    total += 4690
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 4692 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4693(a, b=4693):
    return a + b
total += helper_4693(7)
names.append('n4694')
x_4695 = [total % 4695, 4695]
total += sum(x_4695)
class C4696:
    v = 4696
total += C4696.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4698
total = total + 7
if total % 3 == 2:
    total += 4700
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 4702 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4703(a, b=4703):
    return a + b
total += helper_4703(6)
names.append('n4704')
x_4705 = [total % 4705, 4705]
total += sum(x_4705)
class C4706:
    v = 4706
total += C4706.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4708
total = total + 0
if total % 3 == 0:
    total += 4710
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 4712 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4713(a, b=4713):
    return a + b
total += helper_4713(5)
names.append('n4714')
x_4715 = [total % 4715, 4715]
total += sum(x_4715)
class C4716:
    v = 4716
total += C4716.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4718
total = total + 10
if total % 3 == 1:
    total += 4720
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 4722 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4723(a, b=4723):
    return a + b
total += helper_4723(4)
names.append('n4724')
x_4725 = [total % 4725, 4725]
total += sum(x_4725)
class C4726:
    v = 4726
total += C4726.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4728
total = total + 3
if total % 3 == 2:
    total += 4730
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 4732 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4733(a, b=4733):
    return a + b
total += helper_4733(3)
names.append('n4734')
x_4735 = [total % 4735, 4735]
total += sum(x_4735)
class C4736:
    v = 4736
total += C4736.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4738
total = total + 13
if total % 3 == 0:
    total += 4740
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 4742 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4743(a, b=4743):
    return a + b
total += helper_4743(2)
names.append('n4744')
x_4745 = [total % 4745, 4745]
total += sum(x_4745)
class C4746:
    v = 4746
total += C4746.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4748
total = total + 6
if total % 3 == 1:
    total += 4750
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 4752 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4753(a, b=4753):
    return a + b
total += helper_4753(1)
names.append('n4754')
x_4755 = [total % 4755, 4755]
total += sum(x_4755)
class C4756:
    v = 4756
total += C4756.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4758
total = total + 16
if total % 3 == 2:
    total += 4760
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 4762 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4763(a, b=4763):
    return a + b
total += helper_4763(0)
names.append('n4764')
x_4765 = [total % 4765, 4765]
total += sum(x_4765)
class C4766:
    v = 4766
total += C4766.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4768
total = total + 9
if total % 3 == 0:
    total += 4770
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 4772 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4773(a, b=4773):
    return a + b
total += helper_4773(10)
names.append('n4774')
x_4775 = [total % 4775, 4775]
total += sum(x_4775)
class C4776:
    v = 4776
total += C4776.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4778
total = total + 2
if total % 3 == 1:
    total += 4780
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 4782 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4783(a, b=4783):
    return a + b
total += helper_4783(9)
names.append('n4784')
x_4785 = [total % 4785, 4785]
total += sum(x_4785)
class C4786:
    v = 4786
total += C4786.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4788
total = total + 12
if total % 3 == 2:
    total += 4790
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 4792 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4793(a, b=4793):
    return a + b
total += helper_4793(8)
names.append('n4794')
x_4795 = [total % 4795, 4795]
total += sum(x_4795)
class C4796:
    v = 4796
total += C4796.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4798
total = total + 5
if total % 3 == 0:
    total += 4800
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 4802 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4803(a, b=4803):
    return a + b
total += helper_4803(7)
names.append('n4804')
x_4805 = [total % 4805, 4805]
total += sum(x_4805)
class C4806:
    v = 4806
total += C4806.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4808
total = total + 15
if total % 3 == 1:
    total += 4810
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 4812 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4813(a, b=4813):
    return a + b
total += helper_4813(6)
names.append('n4814')
x_4815 = [total % 4815, 4815]
total += sum(x_4815)
class C4816:
    v = 4816
total += C4816.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4818
total = total + 8
if total % 3 == 2:
    total += 4820
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 4822 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4823(a, b=4823):
    return a + b
total += helper_4823(5)
names.append('n4824')
x_4825 = [total % 4825, 4825]
total += sum(x_4825)
class C4826:
    v = 4826
total += C4826.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4828
total = total + 1
if total % 3 == 0:
    total += 4830
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 4832 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4833(a, b=4833):
    return a + b
total += helper_4833(4)
names.append('n4834')
x_4835 = [total % 4835, 4835]
total += sum(x_4835)
class C4836:
    v = 4836
total += C4836.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4838
total = total + 11
if total % 3 == 1:
    total += 4840
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 4842 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4843(a, b=4843):
    return a + b
total += helper_4843(3)
names.append('n4844')
x_4845 = [total % 4845, 4845]
total += sum(x_4845)
class C4846:
    v = 4846
total += C4846.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4848
total = total + 4
if total % 3 == 2:
    total += 4850
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 4852 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4853(a, b=4853):
    return a + b
total += helper_4853(2)
names.append('n4854')
x_4855 = [total % 4855, 4855]
total += sum(x_4855)
class C4856:
    v = 4856
total += C4856.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4858
total = total + 14
if total % 3 == 0:
    total += 4860
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 4862 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4863(a, b=4863):
    return a + b
total += helper_4863(1)
names.append('n4864')
x_4865 = [total % 4865, 4865]
total += sum(x_4865)
class C4866:
    v = 4866
total += C4866.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4868
total = total + 7
if total % 3 == 1:
    total += 4870
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 4872 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4873(a, b=4873):
    return a + b
total += helper_4873(0)
names.append('n4874')
x_4875 = [total % 4875, 4875]
total += sum(x_4875)
class C4876:
    v = 4876
total += C4876.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4878
total = total + 0
if total % 3 == 2:
    total += 4880
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 4882 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4883(a, b=4883):
    return a + b
total += helper_4883(10)
names.append('n4884')
x_4885 = [total % 4885, 4885]
total += sum(x_4885)
class C4886:
    v = 4886
total += C4886.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4888
total = total + 10
if total % 3 == 0:
    total += 4890
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 4892 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4893(a, b=4893):
    return a + b
total += helper_4893(9)
names.append('n4894')
x_4895 = [total % 4895, 4895]
total += sum(x_4895)
class C4896:
    v = 4896
total += C4896.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4898
total = total + 3
if total % 3 == 1:
    total += 4900
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 4902 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4903(a, b=4903):
    return a + b
total += helper_4903(8)
names.append('n4904')
x_4905 = [total % 4905, 4905]
total += sum(x_4905)
class C4906:
    v = 4906
total += C4906.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4908
total = total + 13
if total % 3 == 2:
    total += 4910
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 4912 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4913(a, b=4913):
    return a + b
total += helper_4913(7)
names.append('n4914')
x_4915 = [total % 4915, 4915]
total += sum(x_4915)
class C4916:
    v = 4916
total += C4916.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4918
total = total + 6
if total % 3 == 0:
    total += 4920
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 4922 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4923(a, b=4923):
    return a + b
total += helper_4923(6)
names.append('n4924')
x_4925 = [total % 4925, 4925]
total += sum(x_4925)
class C4926:
    v = 4926
total += C4926.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4928
total = total + 16
if total % 3 == 1:
    total += 4930
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 4932 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4933(a, b=4933):
    return a + b
total += helper_4933(5)
names.append('n4934')
x_4935 = [total % 4935, 4935]
total += sum(x_4935)
class C4936:
    v = 4936
total += C4936.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4938
total = total + 9
if total % 3 == 2:
    total += 4940
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 4942 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4943(a, b=4943):
    return a + b
total += helper_4943(4)
names.append('n4944')
x_4945 = [total % 4945, 4945]
total += sum(x_4945)
class C4946:
    v = 4946
total += C4946.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4948
total = total + 2
if total % 3 == 0:
    total += 4950
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 4952 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4953(a, b=4953):
    return a + b
total += helper_4953(3)
names.append('n4954')
x_4955 = [total % 4955, 4955]
total += sum(x_4955)
class C4956:
    v = 4956
total += C4956.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4958
total = total + 12
if total % 3 == 1:
    total += 4960
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 4962 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4963(a, b=4963):
    return a + b
total += helper_4963(2)
names.append('n4964')
x_4965 = [total % 4965, 4965]
total += sum(x_4965)
class C4966:
    v = 4966
total += C4966.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4968
total = total + 5
if total % 3 == 2:
    total += 4970
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 4972 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4973(a, b=4973):
    return a + b
total += helper_4973(1)
names.append('n4974')
x_4975 = [total % 4975, 4975]
total += sum(x_4975)
class C4976:
    v = 4976
total += C4976.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4978
total = total + 15
if total % 3 == 0:
    total += 4980
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 4982 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4983(a, b=4983):
    return a + b
total += helper_4983(0)
names.append('n4984')
x_4985 = [total % 4985, 4985]
total += sum(x_4985)
class C4986:
    v = 4986
total += C4986.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4988
total = total + 8
if total % 3 == 1:
    total += 4990
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 4992 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_4993(a, b=4993):
    return a + b
total += helper_4993(10)
names.append('n4994')
x_4995 = [total % 4995, 4995]
total += sum(x_4995)
class C4996:
    v = 4996
total += C4996.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 4998
total = total + 1
if total % 3 == 2:
    total += 5000
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 5002 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5003(a, b=5003):
    return a + b
total += helper_5003(9)
names.append('n5004')
x_5005 = [total % 5005, 5005]
total += sum(x_5005)
class C5006:
    v = 5006
total += C5006.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5008
print(5009, total, len(names))
if total % 3 == 0:
    total += 5010
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 5012 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5013(a, b=5013):
    return a + b
total += helper_5013(8)
names.append('n5014')
x_5015 = [total % 5015, 5015]
total += sum(x_5015)
class C5016:
    v = 5016
total += C5016.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5018
total = total + 4
if total % 3 == 1:
    total += 5020
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 5022 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5023(a, b=5023):
    return a + b
total += helper_5023(7)
names.append('n5024')
x_5025 = [total % 5025, 5025]
total += sum(x_5025)
class C5026:
    v = 5026
total += C5026.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5028
total = total + 14
if total % 3 == 2:
    total += 5030
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 5032 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5033(a, b=5033):
    return a + b
total += helper_5033(6)
names.append('n5034')
x_5035 = [total % 5035, 5035]
total += sum(x_5035)
class C5036:
    v = 5036
total += C5036.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5038
total = total + 7
if total % 3 == 0:
    total += 5040
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 5042 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5043(a, b=5043):
    return a + b
total += helper_5043(5)
names.append('n5044')
x_5045 = [total % 5045, 5045]
total += sum(x_5045)
class C5046:
    v = 5046
total += C5046.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5048
total = total + 0
if total % 3 == 1:
    total += 5050
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 5052 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5053(a, b=5053):
    return a + b
total += helper_5053(4)
names.append('n5054')
x_5055 = [total % 5055, 5055]
total += sum(x_5055)
class C5056:
    v = 5056
total += C5056.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5058
total = total + 10
if total % 3 == 2:
    total += 5060
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 5062 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5063(a, b=5063):
    return a + b
total += helper_5063(3)
names.append('n5064')
x_5065 = [total % 5065, 5065]
total += sum(x_5065)
class C5066:
    v = 5066
total += C5066.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5068
total = total + 3
if total % 3 == 0:
    total += 5070
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 5072 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5073(a, b=5073):
    return a + b
total += helper_5073(2)
names.append('n5074')
x_5075 = [total % 5075, 5075]
total += sum(x_5075)
class C5076:
    v = 5076
total += C5076.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5078
total = total + 13
if total % 3 == 1:
    total += 5080
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 5082 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5083(a, b=5083):
    return a + b
total += helper_5083(1)
names.append('n5084')
x_5085 = [total % 5085, 5085]
total += sum(x_5085)
class C5086:
    v = 5086
total += C5086.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5088
total = total + 6
if total % 3 == 2:
    total += 5090
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 5092 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5093(a, b=5093):
    return a + b
total += helper_5093(0)
names.append('n5094')
x_5095 = [total % 5095, 5095]
total += sum(x_5095)
class C5096:
    v = 5096
total += C5096.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5098
total = total + 16
if total % 3 == 0:
    total += 5100
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 5102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5103(a, b=5103):
    return a + b
total += helper_5103(10)
names.append('n5104')
x_5105 = [total % 5105, 5105]
total += sum(x_5105)
class C5106:
    v = 5106
total += C5106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5108
total = total + 9
if total % 3 == 1:
    total += 5110
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 5112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5113(a, b=5113):
    return a + b
total += helper_5113(9)
names.append('n5114')
x_5115 = [total % 5115, 5115]
total += sum(x_5115)
class C5116:
    v = 5116
total += C5116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5118
total = total + 2
if total % 3 == 2:
    total += 5120
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 5122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5123(a, b=5123):
    return a + b
total += helper_5123(8)
names.append('n5124')
x_5125 = [total % 5125, 5125]
total += sum(x_5125)
class C5126:
    v = 5126
total += C5126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5128
total = total + 12
if total % 3 == 0:
    total += 5130
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 5132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5133(a, b=5133):
    return a + b
total += helper_5133(7)
names.append('n5134')
x_5135 = [total % 5135, 5135]
total += sum(x_5135)
class C5136:
    v = 5136
total += C5136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5138
total = total + 5
if total % 3 == 1:
    total += 5140
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 5142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5143(a, b=5143):
    return a + b
total += helper_5143(6)
names.append('n5144')
x_5145 = [total % 5145, 5145]
total += sum(x_5145)
class C5146:
    v = 5146
total += C5146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5148
total = total + 15
if total % 3 == 2:
    total += 5150
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 5152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5153(a, b=5153):
    return a + b
total += helper_5153(5)
names.append('n5154')
x_5155 = [total % 5155, 5155]
total += sum(x_5155)
class C5156:
    v = 5156
total += C5156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5158
total = total + 8
if total % 3 == 0:
    total += 5160
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 5162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5163(a, b=5163):
    return a + b
total += helper_5163(4)
names.append('n5164')
x_5165 = [total % 5165, 5165]
total += sum(x_5165)
class C5166:
    v = 5166
total += C5166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5168
total = total + 1
if total % 3 == 1:
    total += 5170
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 5172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5173(a, b=5173):
    return a + b
total += helper_5173(3)
names.append('n5174')
x_5175 = [total % 5175, 5175]
total += sum(x_5175)
class C5176:
    v = 5176
total += C5176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5178
total = total + 11
if total % 3 == 2:
    total += 5180
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 5182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5183(a, b=5183):
    return a + b
total += helper_5183(2)
names.append('n5184')
x_5185 = [total % 5185, 5185]
total += sum(x_5185)
class C5186:
    v = 5186
total += C5186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5188
total = total + 4
if total % 3 == 0:
    total += 5190
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 5192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5193(a, b=5193):
    return a + b
total += helper_5193(1)
names.append('n5194')
x_5195 = [total % 5195, 5195]
total += sum(x_5195)
class C5196:
    v = 5196
total += C5196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5198
total = total + 14
if total % 3 == 1:
    total += 5200
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 5202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5203(a, b=5203):
    return a + b
total += helper_5203(0)
names.append('n5204')
x_5205 = [total % 5205, 5205]
total += sum(x_5205)
class C5206:
    v = 5206
total += C5206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5208
total = total + 7
if total % 3 == 2:
    total += 5210
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 5212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5213(a, b=5213):
    return a + b
total += helper_5213(10)
names.append('n5214')
x_5215 = [total % 5215, 5215]
total += sum(x_5215)
class C5216:
    v = 5216
total += C5216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5218
total = total + 0
if total % 3 == 0:
    total += 5220
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 5222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5223(a, b=5223):
    return a + b
total += helper_5223(9)
names.append('n5224')
x_5225 = [total % 5225, 5225]
total += sum(x_5225)
class C5226:
    v = 5226
total += C5226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5228
total = total + 10
if total % 3 == 1:
    total += 5230
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 5232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5233(a, b=5233):
    return a + b
total += helper_5233(8)
names.append('n5234')
x_5235 = [total % 5235, 5235]
total += sum(x_5235)
class C5236:
    v = 5236
total += C5236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5238
total = total + 3
if total % 3 == 2:
    total += 5240
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 5242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5243(a, b=5243):
    return a + b
total += helper_5243(7)
names.append('n5244')
x_5245 = [total % 5245, 5245]
total += sum(x_5245)
class C5246:
    v = 5246
total += C5246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5248
total = total + 13
if total % 3 == 0:
    total += 5250
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 5252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5253(a, b=5253):
    return a + b
total += helper_5253(6)
names.append('n5254')
x_5255 = [total % 5255, 5255]
total += sum(x_5255)
class C5256:
    v = 5256
total += C5256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5258
total = total + 6
if total % 3 == 1:
    total += 5260
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 5262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5263(a, b=5263):
    return a + b
total += helper_5263(5)
names.append('n5264')
x_5265 = [total % 5265, 5265]
total += sum(x_5265)
class C5266:
    v = 5266
total += C5266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5268
total = total + 16
if total % 3 == 2:
    total += 5270
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 5272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5273(a, b=5273):
    return a + b
total += helper_5273(4)
names.append('n5274')
x_5275 = [total % 5275, 5275]
total += sum(x_5275)
class C5276:
    v = 5276
total += C5276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5278
total = total + 9
if total % 3 == 0:
    total += 5280
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 5282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5283(a, b=5283):
    return a + b
total += helper_5283(3)
names.append('n5284')
x_5285 = [total % 5285, 5285]
total += sum(x_5285)
class C5286:
    v = 5286
total += C5286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5288
total = total + 2
if total % 3 == 1:
    total += 5290
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 5292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5293(a, b=5293):
    return a + b
total += helper_5293(2)
names.append('n5294')
x_5295 = [total % 5295, 5295]
total += sum(x_5295)
class C5296:
    v = 5296
total += C5296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5298
total = total + 12
if total % 3 == 2:
    total += 5300
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 5302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5303(a, b=5303):
    return a + b
total += helper_5303(1)
names.append('n5304')
x_5305 = [total % 5305, 5305]
total += sum(x_5305)
class C5306:
    v = 5306
total += C5306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5308
total = total + 5
if total % 3 == 0:
    total += 5310
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 5312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5313(a, b=5313):
    return a + b
total += helper_5313(0)
names.append('n5314')
x_5315 = [total % 5315, 5315]
total += sum(x_5315)
class C5316:
    v = 5316
total += C5316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5318
total = total + 15
if total % 3 == 1:
    total += 5320
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 5322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5323(a, b=5323):
    return a + b
total += helper_5323(10)
names.append('n5324')
x_5325 = [total % 5325, 5325]
total += sum(x_5325)
class C5326:
    v = 5326
total += C5326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5328
total = total + 8
if total % 3 == 2:
    total += 5330
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 5332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5333(a, b=5333):
    return a + b
total += helper_5333(9)
names.append('n5334')
x_5335 = [total % 5335, 5335]
total += sum(x_5335)
class C5336:
    v = 5336
total += C5336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5338
total = total + 1
if total % 3 == 0:
    total += 5340
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 5342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5343(a, b=5343):
    return a + b
total += helper_5343(8)
names.append('n5344')
x_5345 = [total % 5345, 5345]
total += sum(x_5345)
class C5346:
    v = 5346
total += C5346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5348
total = total + 11
if total % 3 == 1:
    total += 5350
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 5352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5353(a, b=5353):
    return a + b
total += helper_5353(7)
names.append('n5354')
x_5355 = [total % 5355, 5355]
total += sum(x_5355)
class C5356:
    v = 5356
total += C5356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5358
total = total + 4
if total % 3 == 2:
    total += 5360
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 5362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5363(a, b=5363):
    return a + b
total += helper_5363(6)
names.append('n5364')
x_5365 = [total % 5365, 5365]
total += sum(x_5365)
class C5366:
    v = 5366
total += C5366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5368
total = total + 14
if total % 3 == 0:
    total += 5370
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 5372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5373(a, b=5373):
    return a + b
total += helper_5373(5)
names.append('n5374')
x_5375 = [total % 5375, 5375]
total += sum(x_5375)
class C5376:
    v = 5376
total += C5376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5378
total = total + 7
if total % 3 == 1:
    total += 5380
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 5382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5383(a, b=5383):
    return a + b
total += helper_5383(4)
names.append('n5384')
x_5385 = [total % 5385, 5385]
total += sum(x_5385)
class C5386:
    v = 5386
total += C5386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5388
total = total + 0
if total % 3 == 2:
    total += 5390
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 5392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5393(a, b=5393):
    return a + b
total += helper_5393(3)
names.append('n5394')
x_5395 = [total % 5395, 5395]
total += sum(x_5395)
class C5396:
    v = 5396
total += C5396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5398
total = total + 10
if total % 3 == 0:
    total += 5400
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 5402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5403(a, b=5403):
    return a + b
total += helper_5403(2)
names.append('n5404')
x_5405 = [total % 5405, 5405]
total += sum(x_5405)
class C5406:
    v = 5406
total += C5406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5408
total = total + 3
if total % 3 == 1:
    total += 5410
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 5412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5413(a, b=5413):
    return a + b
total += helper_5413(1)
names.append('n5414')
x_5415 = [total % 5415, 5415]
total += sum(x_5415)
class C5416:
    v = 5416
total += C5416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5418
total = total + 13
if total % 3 == 2:
    total += 5420
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 5422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5423(a, b=5423):
    return a + b
total += helper_5423(0)
names.append('n5424')
x_5425 = [total % 5425, 5425]
total += sum(x_5425)
class C5426:
    v = 5426
total += C5426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5428
total = total + 6
if total % 3 == 0:
    total += 5430
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 5432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5433(a, b=5433):
    return a + b
total += helper_5433(10)
names.append('n5434')
x_5435 = [total % 5435, 5435]
total += sum(x_5435)
class C5436:
    v = 5436
total += C5436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5438
total = total + 16
if total % 3 == 1:
    total += 5440
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 5442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5443(a, b=5443):
    return a + b
total += helper_5443(9)
names.append('n5444')
x_5445 = [total % 5445, 5445]
total += sum(x_5445)
class C5446:
    v = 5446
total += C5446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5448
total = total + 9
if total % 3 == 2:
    total += 5450
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 5452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5453(a, b=5453):
    return a + b
total += helper_5453(8)
names.append('n5454')
x_5455 = [total % 5455, 5455]
total += sum(x_5455)
class C5456:
    v = 5456
total += C5456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5458
total = total + 2
if total % 3 == 0:
    total += 5460
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 5462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5463(a, b=5463):
    return a + b
total += helper_5463(7)
names.append('n5464')
x_5465 = [total % 5465, 5465]
total += sum(x_5465)
class C5466:
    v = 5466
total += C5466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5468
total = total + 12
if total % 3 == 1:
    total += 5470
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 5472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5473(a, b=5473):
    return a + b
total += helper_5473(6)
names.append('n5474')
x_5475 = [total % 5475, 5475]
total += sum(x_5475)
class C5476:
    v = 5476
total += C5476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5478
total = total + 5
if total % 3 == 2:
    total += 5480
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 5482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5483(a, b=5483):
    return a + b
total += helper_5483(5)
names.append('n5484')
x_5485 = [total % 5485, 5485]
total += sum(x_5485)
class C5486:
    v = 5486
total += C5486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5488
total = total + 15
if total % 3 == 0:
    total += 5490
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 5492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5493(a, b=5493):
    return a + b
total += helper_5493(4)
names.append('n5494')
x_5495 = [total % 5495, 5495]
total += sum(x_5495)
class C5496:
    v = 5496
total += C5496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5498
total = total + 8
if total % 3 == 1:
    total += 5500
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 5502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5503(a, b=5503):
    return a + b
total += helper_5503(3)
names.append('n5504')
x_5505 = [total % 5505, 5505]
total += sum(x_5505)
class C5506:
    v = 5506
total += C5506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5508
total = total + 1
if total % 3 == 2:
    total += 5510
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 5512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5513(a, b=5513):
    return a + b
total += helper_5513(2)
names.append('n5514')
x_5515 = [total % 5515, 5515]
total += sum(x_5515)
class C5516:
    v = 5516
total += C5516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5518
total = total + 11
if total % 3 == 0:
    total += 5520
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 5522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5523(a, b=5523):
    return a + b
total += helper_5523(1)
names.append('n5524')
x_5525 = [total % 5525, 5525]
total += sum(x_5525)
class C5526:
    v = 5526
total += C5526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5528
total = total + 4
if total % 3 == 1:
    total += 5530
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 5532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5533(a, b=5533):
    return a + b
total += helper_5533(0)
names.append('n5534')
x_5535 = [total % 5535, 5535]
total += sum(x_5535)
class C5536:
    v = 5536
total += C5536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5538
total = total + 14
if total % 3 == 2:
    total += 5540
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 5542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5543(a, b=5543):
    return a + b
total += helper_5543(10)
names.append('n5544')
x_5545 = [total % 5545, 5545]
total += sum(x_5545)
class C5546:
    v = 5546
total += C5546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5548
total = total + 7
if total % 3 == 0:
    total += 5550
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 5552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5553(a, b=5553):
    return a + b
total += helper_5553(9)
names.append('n5554')
x_5555 = [total % 5555, 5555]
total += sum(x_5555)
class C5556:
    v = 5556
total += C5556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5558
total = total + 0
if total % 3 == 1:
    total += 5560
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 5562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5563(a, b=5563):
    return a + b
total += helper_5563(8)
names.append('n5564')
x_5565 = [total % 5565, 5565]
total += sum(x_5565)
class C5566:
    v = 5566
total += C5566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5568
total = total + 10
if total % 3 == 2:
    total += 5570
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 5572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5573(a, b=5573):
    return a + b
total += helper_5573(7)
names.append('n5574')
x_5575 = [total % 5575, 5575]
total += sum(x_5575)
class C5576:
    v = 5576
total += C5576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5578
total = total + 3
if total % 3 == 0:
    total += 5580
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 5582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5583(a, b=5583):
    return a + b
total += helper_5583(6)
names.append('n5584')
x_5585 = [total % 5585, 5585]
total += sum(x_5585)
class C5586:
    v = 5586
total += C5586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5588
total = total + 13
if total % 3 == 1:
    total += 5590
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 5592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5593(a, b=5593):
    return a + b
total += helper_5593(5)
names.append('n5594')
x_5595 = [total % 5595, 5595]
total += sum(x_5595)
class C5596:
    v = 5596
total += C5596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5598
total = total + 6
if total % 3 == 2:
    total += 5600
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 5602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5603(a, b=5603):
    return a + b
total += helper_5603(4)
names.append('n5604')
x_5605 = [total % 5605, 5605]
total += sum(x_5605)
class C5606:
    v = 5606
total += C5606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5608
total = total + 16
if total % 3 == 0:
    total += 5610
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 5612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5613(a, b=5613):
    return a + b
total += helper_5613(3)
names.append('n5614')
x_5615 = [total % 5615, 5615]
total += sum(x_5615)
class C5616:
    v = 5616
total += C5616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5618
total = total + 9
if total % 3 == 1:
    total += 5620
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 5622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5623(a, b=5623):
    return a + b
total += helper_5623(2)
names.append('n5624')
x_5625 = [total % 5625, 5625]
total += sum(x_5625)
class C5626:
    v = 5626
total += C5626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5628
total = total + 2
if total % 3 == 2:
    total += 5630
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 5632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5633(a, b=5633):
    return a + b
total += helper_5633(1)
names.append('n5634')
x_5635 = [total % 5635, 5635]
total += sum(x_5635)
class C5636:
    v = 5636
total += C5636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5638
total = total + 12
if total % 3 == 0:
    total += 5640
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 5642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5643(a, b=5643):
    return a + b
total += helper_5643(0)
names.append('n5644')
x_5645 = [total % 5645, 5645]
total += sum(x_5645)
class C5646:
    v = 5646
total += C5646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5648
total = total + 5
if total % 3 == 1:
    total += 5650
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 5652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5653(a, b=5653):
    return a + b
total += helper_5653(10)
names.append('n5654')
x_5655 = [total % 5655, 5655]
total += sum(x_5655)
class C5656:
    v = 5656
total += C5656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5658
total = total + 15
if total % 3 == 2:
    total += 5660
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 5662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5663(a, b=5663):
    return a + b
total += helper_5663(9)
names.append('n5664')
x_5665 = [total % 5665, 5665]
total += sum(x_5665)
class C5666:
    v = 5666
total += C5666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5668
total = total + 8
if total % 3 == 0:
    total += 5670
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 5672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5673(a, b=5673):
    return a + b
total += helper_5673(8)
names.append('n5674')
x_5675 = [total % 5675, 5675]
total += sum(x_5675)
class C5676:
    v = 5676
total += C5676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5678
total = total + 1
if total % 3 == 1:
    total += 5680
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 5682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5683(a, b=5683):
    return a + b
total += helper_5683(7)
names.append('n5684')
x_5685 = [total % 5685, 5685]
total += sum(x_5685)
class C5686:
    v = 5686
total += C5686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5688
total = total + 11
if total % 3 == 2:
    total += 5690
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 5692 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5693(a, b=5693):
    return a + b
total += helper_5693(6)
names.append('n5694')
x_5695 = [total % 5695, 5695]
total += sum(x_5695)
class C5696:
    v = 5696
total += C5696.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5698
total = total + 4
if total % 3 == 0:
    total += 5700
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 5702 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5703(a, b=5703):
    return a + b
total += helper_5703(5)
names.append('n5704')
x_5705 = [total % 5705, 5705]
total += sum(x_5705)
class C5706:
    v = 5706
total += C5706.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5708
total = total + 14
if total % 3 == 1:
    total += 5710
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 5712 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5713(a, b=5713):
    return a + b
total += helper_5713(4)
names.append('n5714')
x_5715 = [total % 5715, 5715]
total += sum(x_5715)
class C5716:
    v = 5716
total += C5716.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5718
total = total + 7
if total % 3 == 2:
    total += 5720
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 5722 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5723(a, b=5723):
    return a + b
total += helper_5723(3)
names.append('n5724')
x_5725 = [total % 5725, 5725]
total += sum(x_5725)
class C5726:
    v = 5726
total += C5726.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5728
total = total + 0
if total % 3 == 0:
    total += 5730
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 5732 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5733(a, b=5733):
    return a + b
total += helper_5733(2)
names.append('n5734')
x_5735 = [total % 5735, 5735]
total += sum(x_5735)
class C5736:
    v = 5736
total += C5736.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5738
total = total + 10
if total % 3 == 1:
    total += 5740
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 5742 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5743(a, b=5743):
    return a + b
total += helper_5743(1)
names.append('n5744')
x_5745 = [total % 5745, 5745]
total += sum(x_5745)
class C5746:
    v = 5746
total += C5746.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5748
total = total + 3
if total % 3 == 2:
    total += 5750
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 5752 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5753(a, b=5753):
    return a + b
total += helper_5753(0)
names.append('n5754')
x_5755 = [total % 5755, 5755]
total += sum(x_5755)
class C5756:
    v = 5756
total += C5756.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5758
total = total + 13
if total % 3 == 0:
    total += 5760
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 5762 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5763(a, b=5763):
    return a + b
total += helper_5763(10)
names.append('n5764')
x_5765 = [total % 5765, 5765]
total += sum(x_5765)
class C5766:
    v = 5766
total += C5766.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5768
total = total + 6
if total % 3 == 1:
    total += 5770
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 5772 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5773(a, b=5773):
    return a + b
total += helper_5773(9)
names.append('n5774')
x_5775 = [total % 5775, 5775]
total += sum(x_5775)
class C5776:
    v = 5776
total += C5776.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5778
total = total + 16
if total % 3 == 2:
    total += 5780
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 5782 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5783(a, b=5783):
    return a + b
total += helper_5783(8)
names.append('n5784')
x_5785 = [total % 5785, 5785]
total += sum(x_5785)
class C5786:
    v = 5786
total += C5786.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5788
total = total + 9
if total % 3 == 0:
    total += 5790
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 5792 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5793(a, b=5793):
    return a + b
total += helper_5793(7)
names.append('n5794')
x_5795 = [total % 5795, 5795]
total += sum(x_5795)
class C5796:
    v = 5796
total += C5796.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5798
total = total + 2
if total % 3 == 1:
    total += 5800
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 5802 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5803(a, b=5803):
    return a + b
total += helper_5803(6)
names.append('n5804')
x_5805 = [total % 5805, 5805]
total += sum(x_5805)
class C5806:
    v = 5806
total += C5806.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5808
total = total + 12
if total % 3 == 2:
    total += 5810
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 5812 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5813(a, b=5813):
    return a + b
total += helper_5813(5)
names.append('n5814')
x_5815 = [total % 5815, 5815]
total += sum(x_5815)
class C5816:
    v = 5816
total += C5816.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5818
total = total + 5
if total % 3 == 0:
    total += 5820
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 5822 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5823(a, b=5823):
    return a + b
total += helper_5823(4)
names.append('n5824')
x_5825 = [total % 5825, 5825]
total += sum(x_5825)
class C5826:
    v = 5826
total += C5826.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5828
total = total + 15
if total % 3 == 1:
    total += 5830
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 5832 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5833(a, b=5833):
    return a + b
total += helper_5833(3)
names.append('n5834')
x_5835 = [total % 5835, 5835]
total += sum(x_5835)
class C5836:
    v = 5836
total += C5836.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5838
total = total + 8
if total % 3 == 2:
    total += 5840
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 5842 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5843(a, b=5843):
    return a + b
total += helper_5843(2)
names.append('n5844')
x_5845 = [total % 5845, 5845]
total += sum(x_5845)
class C5846:
    v = 5846
total += C5846.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5848
total = total + 1
if total % 3 == 0:
    total += 5850
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 5852 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5853(a, b=5853):
    return a + b
total += helper_5853(1)
names.append('n5854')
x_5855 = [total % 5855, 5855]
total += sum(x_5855)
class C5856:
    v = 5856
total += C5856.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5858
total = total + 11
if total % 3 == 1:
    total += 5860
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 5862 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5863(a, b=5863):
    return a + b
total += helper_5863(0)
names.append('n5864')
x_5865 = [total % 5865, 5865]
total += sum(x_5865)
class C5866:
    v = 5866
total += C5866.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5868
total = total + 4
if total % 3 == 2:
    total += 5870
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 5872 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5873(a, b=5873):
    return a + b
total += helper_5873(10)
names.append('n5874')
x_5875 = [total % 5875, 5875]
total += sum(x_5875)
class C5876:
    v = 5876
total += C5876.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5878
total = total + 14
if total % 3 == 0:
    total += 5880
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 5882 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5883(a, b=5883):
    return a + b
total += helper_5883(9)
names.append('n5884')
x_5885 = [total % 5885, 5885]
total += sum(x_5885)
class C5886:
    v = 5886
total += C5886.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5888
total = total + 7
if total % 3 == 1:
    total += 5890
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 5892 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5893(a, b=5893):
    return a + b
total += helper_5893(8)
names.append('n5894')
x_5895 = [total % 5895, 5895]
total += sum(x_5895)
class C5896:
    v = 5896
total += C5896.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5898
total = total + 0
if total % 3 == 2:
    total += 5900
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 5902 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5903(a, b=5903):
    return a + b
total += helper_5903(7)
names.append('n5904')
x_5905 = [total % 5905, 5905]
total += sum(x_5905)
class C5906:
    v = 5906
total += C5906.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5908
total = total + 10
if total % 3 == 0:
    total += 5910
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 5912 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5913(a, b=5913):
    return a + b
total += helper_5913(6)
names.append('n5914')
x_5915 = [total % 5915, 5915]
total += sum(x_5915)
class C5916:
    v = 5916
total += C5916.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5918
total = total + 3
if total % 3 == 1:
    total += 5920
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 5922 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5923(a, b=5923):
    return a + b
total += helper_5923(5)
names.append('n5924')
x_5925 = [total % 5925, 5925]
total += sum(x_5925)
class C5926:
    v = 5926
total += C5926.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5928
total = total + 13
if total % 3 == 2:
    total += 5930
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 5932 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5933(a, b=5933):
    return a + b
total += helper_5933(4)
names.append('n5934')
x_5935 = [total % 5935, 5935]
total += sum(x_5935)
class C5936:
    v = 5936
total += C5936.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5938
total = total + 6
if total % 3 == 0:
    total += 5940
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 5942 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5943(a, b=5943):
    return a + b
total += helper_5943(3)
names.append('n5944')
x_5945 = [total % 5945, 5945]
total += sum(x_5945)
class C5946:
    v = 5946
total += C5946.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5948
total = total + 16
if total % 3 == 1:
    total += 5950
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 5952 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5953(a, b=5953):
    return a + b
total += helper_5953(2)
names.append('n5954')
x_5955 = [total % 5955, 5955]
total += sum(x_5955)
class C5956:
    v = 5956
total += C5956.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5958
total = total + 9
if total % 3 == 2:
    total += 5960
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 5962 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5963(a, b=5963):
    return a + b
total += helper_5963(1)
names.append('n5964')
x_5965 = [total % 5965, 5965]
total += sum(x_5965)
class C5966:
    v = 5966
total += C5966.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5968
total = total + 2
if total % 3 == 0:
    total += 5970
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 5972 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5973(a, b=5973):
    return a + b
total += helper_5973(0)
names.append('n5974')
x_5975 = [total % 5975, 5975]
total += sum(x_5975)
class C5976:
    v = 5976
total += C5976.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5978
total = total + 12
if total % 3 == 1:
    total += 5980
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 5982 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5983(a, b=5983):
    return a + b
total += helper_5983(10)
names.append('n5984')
x_5985 = [total % 5985, 5985]
total += sum(x_5985)
class C5986:
    v = 5986
total += C5986.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5988
total = total + 5
if total % 3 == 2:
    total += 5990
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 5992 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_5993(a, b=5993):
    return a + b
total += helper_5993(9)
names.append('n5994')
x_5995 = [total % 5995, 5995]
total += sum(x_5995)
class C5996:
    v = 5996
total += C5996.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 5998
total = total + 15
if total % 3 == 0:
    total += 6000
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 6002 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6003(a, b=6003):
    return a + b
total += helper_6003(8)
names.append('n6004')
x_6005 = [total % 6005, 6005]
total += sum(x_6005)
class C6006:
    v = 6006
total += C6006.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6008
print(6009, total, len(names))
if total % 3 == 1:
    total += 6010
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 6012 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6013(a, b=6013):
    return a + b
total += helper_6013(7)
names.append('n6014')
x_6015 = [total % 6015, 6015]
total += sum(x_6015)
class C6016:
    v = 6016
total += C6016.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6018
total = total + 1
if total % 3 == 2:
    total += 6020
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 6022 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6023(a, b=6023):
    return a + b
total += helper_6023(6)
names.append('n6024')
x_6025 = [total % 6025, 6025]
total += sum(x_6025)
class C6026:
    v = 6026
total += C6026.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6028
total = total + 11
if total % 3 == 0:
    total += 6030
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 6032 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6033(a, b=6033):
    return a + b
total += helper_6033(5)
names.append('n6034')
x_6035 = [total % 6035, 6035]
total += sum(x_6035)
class C6036:
    v = 6036
total += C6036.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6038
total = total + 4
if total % 3 == 1:
    total += 6040
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 6042 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6043(a, b=6043):
    return a + b
total += helper_6043(4)
names.append('n6044')
x_6045 = [total % 6045, 6045]
total += sum(x_6045)
class C6046:
    v = 6046
total += C6046.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6048
total = total + 14
if total % 3 == 2:
    total += 6050
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 6052 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6053(a, b=6053):
    return a + b
total += helper_6053(3)
names.append('n6054')
x_6055 = [total % 6055, 6055]
total += sum(x_6055)
class C6056:
    v = 6056
total += C6056.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6058
total = total + 7
if total % 3 == 0:
    total += 6060
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 6062 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6063(a, b=6063):
    return a + b
total += helper_6063(2)
names.append('n6064')
x_6065 = [total % 6065, 6065]
total += sum(x_6065)
class C6066:
    v = 6066
total += C6066.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6068
total = total + 0
if total % 3 == 1:
    total += 6070
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 6072 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6073(a, b=6073):
    return a + b
total += helper_6073(1)
names.append('n6074')
x_6075 = [total % 6075, 6075]
total += sum(x_6075)
class C6076:
    v = 6076
total += C6076.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6078
total = total + 10
if total % 3 == 2:
    total += 6080
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 6082 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6083(a, b=6083):
    return a + b
total += helper_6083(0)
names.append('n6084')
x_6085 = [total % 6085, 6085]
total += sum(x_6085)
class C6086:
    v = 6086
total += C6086.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6088
total = total + 3
if total % 3 == 0:
    total += 6090
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 6092 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6093(a, b=6093):
    return a + b
total += helper_6093(10)
names.append('n6094')
x_6095 = [total % 6095, 6095]
total += sum(x_6095)
class C6096:
    v = 6096
total += C6096.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6098
total = total + 13
if total % 3 == 1:
    total += 6100
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 6102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6103(a, b=6103):
    return a + b
total += helper_6103(9)
names.append('n6104')
x_6105 = [total % 6105, 6105]
total += sum(x_6105)
class C6106:
    v = 6106
total += C6106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6108
total = total + 6
if total % 3 == 2:
    total += 6110
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 6112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6113(a, b=6113):
    return a + b
total += helper_6113(8)
names.append('n6114')
x_6115 = [total % 6115, 6115]
total += sum(x_6115)
class C6116:
    v = 6116
total += C6116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6118
total = total + 16
if total % 3 == 0:
    total += 6120
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 6122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6123(a, b=6123):
    return a + b
total += helper_6123(7)
names.append('n6124')
x_6125 = [total % 6125, 6125]
total += sum(x_6125)
class C6126:
    v = 6126
total += C6126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6128
total = total + 9
if total % 3 == 1:
    total += 6130
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 6132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6133(a, b=6133):
    return a + b
total += helper_6133(6)
names.append('n6134')
x_6135 = [total % 6135, 6135]
total += sum(x_6135)
class C6136:
    v = 6136
total += C6136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6138
total = total + 2
if total % 3 == 2:
    total += 6140
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 6142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6143(a, b=6143):
    return a + b
total += helper_6143(5)
names.append('n6144')
x_6145 = [total % 6145, 6145]
total += sum(x_6145)
class C6146:
    v = 6146
total += C6146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6148
total = total + 12
if total % 3 == 0:
    total += 6150
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 6152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6153(a, b=6153):
    return a + b
total += helper_6153(4)
names.append('n6154')
x_6155 = [total % 6155, 6155]
total += sum(x_6155)
class C6156:
    v = 6156
total += C6156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6158
total = total + 5
if total % 3 == 1:
    total += 6160
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 6162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6163(a, b=6163):
    return a + b
total += helper_6163(3)
names.append('n6164')
x_6165 = [total % 6165, 6165]
total += sum(x_6165)
class C6166:
    v = 6166
total += C6166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6168
total = total + 15
if total % 3 == 2:
    total += 6170
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 6172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6173(a, b=6173):
    return a + b
total += helper_6173(2)
names.append('n6174')
x_6175 = [total % 6175, 6175]
total += sum(x_6175)
class C6176:
    v = 6176
total += C6176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6178
total = total + 8
if total % 3 == 0:
    total += 6180
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 6182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6183(a, b=6183):
    return a + b
total += helper_6183(1)
names.append('n6184')
x_6185 = [total % 6185, 6185]
total += sum(x_6185)
class C6186:
    v = 6186
total += C6186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6188
total = total + 1
if total % 3 == 1:
    total += 6190
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 6192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6193(a, b=6193):
    return a + b
total += helper_6193(0)
names.append('n6194')
x_6195 = [total % 6195, 6195]
total += sum(x_6195)
class C6196:
    v = 6196
total += C6196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6198
total = total + 11
if total % 3 == 2:
    total += 6200
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 6202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6203(a, b=6203):
    return a + b
total += helper_6203(10)
names.append('n6204')
x_6205 = [total % 6205, 6205]
total += sum(x_6205)
class C6206:
    v = 6206
total += C6206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6208
total = total + 4
if total % 3 == 0:
    total += 6210
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 6212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6213(a, b=6213):
    return a + b
total += helper_6213(9)
names.append('n6214')
x_6215 = [total % 6215, 6215]
total += sum(x_6215)
class C6216:
    v = 6216
total += C6216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6218
total = total + 14
if total % 3 == 1:
    total += 6220
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 6222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6223(a, b=6223):
    return a + b
total += helper_6223(8)
names.append('n6224')
x_6225 = [total % 6225, 6225]
total += sum(x_6225)
class C6226:
    v = 6226
total += C6226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6228
total = total + 7
if total % 3 == 2:
    total += 6230
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 6232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6233(a, b=6233):
    return a + b
total += helper_6233(7)
names.append('n6234')
x_6235 = [total % 6235, 6235]
total += sum(x_6235)
class C6236:
    v = 6236
total += C6236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6238
total = total + 0
if total % 3 == 0:
    total += 6240
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 6242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6243(a, b=6243):
    return a + b
total += helper_6243(6)
names.append('n6244')
x_6245 = [total % 6245, 6245]
total += sum(x_6245)
class C6246:
    v = 6246
total += C6246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6248
total = total + 10
if total % 3 == 1:
    total += 6250
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 6252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6253(a, b=6253):
    return a + b
total += helper_6253(5)
names.append('n6254')
x_6255 = [total % 6255, 6255]
total += sum(x_6255)
class C6256:
    v = 6256
total += C6256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6258
total = total + 3
if total % 3 == 2:
    total += 6260
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 6262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6263(a, b=6263):
    return a + b
total += helper_6263(4)
names.append('n6264')
x_6265 = [total % 6265, 6265]
total += sum(x_6265)
class C6266:
    v = 6266
total += C6266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6268
total = total + 13
if total % 3 == 0:
    total += 6270
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 6272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6273(a, b=6273):
    return a + b
total += helper_6273(3)
names.append('n6274')
x_6275 = [total % 6275, 6275]
total += sum(x_6275)
class C6276:
    v = 6276
total += C6276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6278
total = total + 6
if total % 3 == 1:
    total += 6280
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 6282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6283(a, b=6283):
    return a + b
total += helper_6283(2)
names.append('n6284')
x_6285 = [total % 6285, 6285]
total += sum(x_6285)
class C6286:
    v = 6286
total += C6286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6288
total = total + 16
if total % 3 == 2:
    total += 6290
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 6292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6293(a, b=6293):
    return a + b
total += helper_6293(1)
names.append('n6294')
x_6295 = [total % 6295, 6295]
total += sum(x_6295)
class C6296:
    v = 6296
total += C6296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6298
total = total + 9
if total % 3 == 0:
    total += 6300
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 6302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6303(a, b=6303):
    return a + b
total += helper_6303(0)
names.append('n6304')
x_6305 = [total % 6305, 6305]
total += sum(x_6305)
class C6306:
    v = 6306
total += C6306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6308
total = total + 2
if total % 3 == 1:
    total += 6310
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 6312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6313(a, b=6313):
    return a + b
total += helper_6313(10)
names.append('n6314')
x_6315 = [total % 6315, 6315]
total += sum(x_6315)
class C6316:
    v = 6316
total += C6316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6318
total = total + 12
if total % 3 == 2:
    total += 6320
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 6322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6323(a, b=6323):
    return a + b
total += helper_6323(9)
names.append('n6324')
x_6325 = [total % 6325, 6325]
total += sum(x_6325)
class C6326:
    v = 6326
total += C6326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6328
total = total + 5
if total % 3 == 0:
    total += 6330
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 6332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6333(a, b=6333):
    return a + b
total += helper_6333(8)
names.append('n6334')
x_6335 = [total % 6335, 6335]
total += sum(x_6335)
class C6336:
    v = 6336
total += C6336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6338
total = total + 15
if total % 3 == 1:
    total += 6340
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 6342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6343(a, b=6343):
    return a + b
total += helper_6343(7)
names.append('n6344')
x_6345 = [total % 6345, 6345]
total += sum(x_6345)
class C6346:
    v = 6346
total += C6346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6348
total = total + 8
if total % 3 == 2:
    total += 6350
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 6352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6353(a, b=6353):
    return a + b
total += helper_6353(6)
names.append('n6354')
x_6355 = [total % 6355, 6355]
total += sum(x_6355)
class C6356:
    v = 6356
total += C6356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6358
total = total + 1
if total % 3 == 0:
    total += 6360
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 6362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6363(a, b=6363):
    return a + b
total += helper_6363(5)
names.append('n6364')
x_6365 = [total % 6365, 6365]
total += sum(x_6365)
class C6366:
    v = 6366
total += C6366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6368
total = total + 11
if total % 3 == 1:
    total += 6370
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 6372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6373(a, b=6373):
    return a + b
total += helper_6373(4)
names.append('n6374')
x_6375 = [total % 6375, 6375]
total += sum(x_6375)
class C6376:
    v = 6376
total += C6376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6378
total = total + 4
if total % 3 == 2:
    total += 6380
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 6382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6383(a, b=6383):
    return a + b
total += helper_6383(3)
names.append('n6384')
x_6385 = [total % 6385, 6385]
total += sum(x_6385)
class C6386:
    v = 6386
total += C6386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6388
total = total + 14
if total % 3 == 0:
    total += 6390
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 6392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6393(a, b=6393):
    return a + b
total += helper_6393(2)
names.append('n6394')
x_6395 = [total % 6395, 6395]
total += sum(x_6395)
class C6396:
    v = 6396
total += C6396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6398
total = total + 7
if total % 3 == 1:
    total += 6400
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 6402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6403(a, b=6403):
    return a + b
total += helper_6403(1)
names.append('n6404')
x_6405 = [total % 6405, 6405]
total += sum(x_6405)
class C6406:
    v = 6406
total += C6406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6408
total = total + 0
if total % 3 == 2:
    total += 6410
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 6412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6413(a, b=6413):
    return a + b
total += helper_6413(0)
names.append('n6414')
x_6415 = [total % 6415, 6415]
total += sum(x_6415)
class C6416:
    v = 6416
total += C6416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6418
total = total + 10
if total % 3 == 0:
    total += 6420
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 6422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6423(a, b=6423):
    return a + b
total += helper_6423(10)
names.append('n6424')
x_6425 = [total % 6425, 6425]
total += sum(x_6425)
class C6426:
    v = 6426
total += C6426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6428
total = total + 3
if total % 3 == 1:
    total += 6430
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 6432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6433(a, b=6433):
    return a + b
total += helper_6433(9)
names.append('n6434')
x_6435 = [total % 6435, 6435]
total += sum(x_6435)
class C6436:
    v = 6436
total += C6436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6438
total = total + 13
if total % 3 == 2:
    total += 6440
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 6442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6443(a, b=6443):
    return a + b
total += helper_6443(8)
names.append('n6444')
x_6445 = [total % 6445, 6445]
total += sum(x_6445)
class C6446:
    v = 6446
total += C6446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6448
total = total + 6
if total % 3 == 0:
    total += 6450
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 6452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6453(a, b=6453):
    return a + b
total += helper_6453(7)
names.append('n6454')
x_6455 = [total % 6455, 6455]
total += sum(x_6455)
class C6456:
    v = 6456
total += C6456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6458
total = total + 16
if total % 3 == 1:
    total += 6460
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 6462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6463(a, b=6463):
    return a + b
total += helper_6463(6)
names.append('n6464')
x_6465 = [total % 6465, 6465]
total += sum(x_6465)
class C6466:
    v = 6466
total += C6466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6468
total = total + 9
if total % 3 == 2:
    total += 6470
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 6472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6473(a, b=6473):
    return a + b
total += helper_6473(5)
names.append('n6474')
x_6475 = [total % 6475, 6475]
total += sum(x_6475)
class C6476:
    v = 6476
total += C6476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6478
total = total + 2
if total % 3 == 0:
    total += 6480
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 6482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6483(a, b=6483):
    return a + b
total += helper_6483(4)
names.append('n6484')
x_6485 = [total % 6485, 6485]
total += sum(x_6485)
class C6486:
    v = 6486
total += C6486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6488
total = total + 12
if total % 3 == 1:
    total += 6490
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 6492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6493(a, b=6493):
    return a + b
total += helper_6493(3)
names.append('n6494')
x_6495 = [total % 6495, 6495]
total += sum(x_6495)
class C6496:
    v = 6496
total += C6496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6498
total = total + 5
if total % 3 == 2:
    total += 6500
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 6502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6503(a, b=6503):
    return a + b
total += helper_6503(2)
names.append('n6504')
x_6505 = [total % 6505, 6505]
total += sum(x_6505)
class C6506:
    v = 6506
total += C6506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6508
total = total + 15
if total % 3 == 0:
    total += 6510
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 6512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6513(a, b=6513):
    return a + b
total += helper_6513(1)
names.append('n6514')
x_6515 = [total % 6515, 6515]
total += sum(x_6515)
class C6516:
    v = 6516
total += C6516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6518
total = total + 8
if total % 3 == 1:
    total += 6520
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 6522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6523(a, b=6523):
    return a + b
total += helper_6523(0)
names.append('n6524')
x_6525 = [total % 6525, 6525]
total += sum(x_6525)
class C6526:
    v = 6526
total += C6526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6528
total = total + 1
if total % 3 == 2:
    total += 6530
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 6532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6533(a, b=6533):
    return a + b
total += helper_6533(10)
names.append('n6534')
x_6535 = [total % 6535, 6535]
total += sum(x_6535)
class C6536:
    v = 6536
total += C6536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6538
total = total + 11
if total % 3 == 0:
    total += 6540
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 6542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6543(a, b=6543):
    return a + b
total += helper_6543(9)
names.append('n6544')
x_6545 = [total % 6545, 6545]
total += sum(x_6545)
class C6546:
    v = 6546
total += C6546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6548
total = total + 4
if total % 3 == 1:
    total += 6550
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 6552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6553(a, b=6553):
    return a + b
total += helper_6553(8)
names.append('n6554')
x_6555 = [total % 6555, 6555]
total += sum(x_6555)
class C6556:
    v = 6556
total += C6556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6558
total = total + 14
if total % 3 == 2:
    total += 6560
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 6562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6563(a, b=6563):
    return a + b
total += helper_6563(7)
names.append('n6564')
x_6565 = [total % 6565, 6565]
total += sum(x_6565)
class C6566:
    v = 6566
total += C6566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6568
total = total + 7
if total % 3 == 0:
    total += 6570
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 6572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6573(a, b=6573):
    return a + b
total += helper_6573(6)
names.append('n6574')
x_6575 = [total % 6575, 6575]
total += sum(x_6575)
class C6576:
    v = 6576
total += C6576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6578
total = total + 0
if total % 3 == 1:
    total += 6580
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 6582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6583(a, b=6583):
    return a + b
total += helper_6583(5)
names.append('n6584')
x_6585 = [total % 6585, 6585]
total += sum(x_6585)
class C6586:
    v = 6586
total += C6586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6588
total = total + 10
if total % 3 == 2:
    total += 6590
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 6592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6593(a, b=6593):
    return a + b
total += helper_6593(4)
names.append('n6594')
x_6595 = [total % 6595, 6595]
total += sum(x_6595)
class C6596:
    v = 6596
total += C6596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6598
total = total + 3
if total % 3 == 0:
    total += 6600
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 6602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6603(a, b=6603):
    return a + b
total += helper_6603(3)
names.append('n6604')
x_6605 = [total % 6605, 6605]
total += sum(x_6605)
class C6606:
    v = 6606
total += C6606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6608
total = total + 13
if total % 3 == 1:
    total += 6610
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 6612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6613(a, b=6613):
    return a + b
total += helper_6613(2)
names.append('n6614')
x_6615 = [total % 6615, 6615]
total += sum(x_6615)
class C6616:
    v = 6616
total += C6616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6618
total = total + 6
if total % 3 == 2:
    total += 6620
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 6622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6623(a, b=6623):
    return a + b
total += helper_6623(1)
names.append('n6624')
x_6625 = [total % 6625, 6625]
total += sum(x_6625)
class C6626:
    v = 6626
total += C6626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6628
total = total + 16
if total % 3 == 0:
    total += 6630
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 6632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6633(a, b=6633):
    return a + b
total += helper_6633(0)
names.append('n6634')
x_6635 = [total % 6635, 6635]
total += sum(x_6635)
class C6636:
    v = 6636
total += C6636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6638
total = total + 9
if total % 3 == 1:
    total += 6640
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 6642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6643(a, b=6643):
    return a + b
total += helper_6643(10)
names.append('n6644')
x_6645 = [total % 6645, 6645]
total += sum(x_6645)
class C6646:
    v = 6646
total += C6646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6648
total = total + 2
if total % 3 == 2:
    total += 6650
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 6652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6653(a, b=6653):
    return a + b
total += helper_6653(9)
names.append('n6654')
x_6655 = [total % 6655, 6655]
total += sum(x_6655)
class C6656:
    v = 6656
total += C6656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6658
total = total + 12
if total % 3 == 0:
    total += 6660
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 6662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6663(a, b=6663):
    return a + b
total += helper_6663(8)
names.append('n6664')
x_6665 = [total % 6665, 6665]
total += sum(x_6665)
class C6666:
    v = 6666
total += C6666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6668
total = total + 5
if total % 3 == 1:
    total += 6670
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 6672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6673(a, b=6673):
    return a + b
total += helper_6673(7)
names.append('n6674')
x_6675 = [total % 6675, 6675]
total += sum(x_6675)
class C6676:
    v = 6676
total += C6676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6678
total = total + 15
if total % 3 == 2:
    total += 6680
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 6682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6683(a, b=6683):
    return a + b
total += helper_6683(6)
names.append('n6684')
x_6685 = [total % 6685, 6685]
total += sum(x_6685)
class C6686:
    v = 6686
total += C6686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6688
total = total + 8
if total % 3 == 0:
    total += 6690
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 6692 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6693(a, b=6693):
    return a + b
total += helper_6693(5)
names.append('n6694')
x_6695 = [total % 6695, 6695]
total += sum(x_6695)
class C6696:
    v = 6696
total += C6696.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6698
total = total + 1
if total % 3 == 1:
    total += 6700
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 6702 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6703(a, b=6703):
    return a + b
total += helper_6703(4)
names.append('n6704')
x_6705 = [total % 6705, 6705]
total += sum(x_6705)
class C6706:
    v = 6706
total += C6706.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6708
total = total + 11
if total % 3 == 2:
    total += 6710
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 6712 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6713(a, b=6713):
    return a + b
total += helper_6713(3)
names.append('n6714')
x_6715 = [total % 6715, 6715]
total += sum(x_6715)
class C6716:
    v = 6716
total += C6716.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6718
total = total + 4
if total % 3 == 0:
    total += 6720
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 6722 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6723(a, b=6723):
    return a + b
total += helper_6723(2)
names.append('n6724')
x_6725 = [total % 6725, 6725]
total += sum(x_6725)
class C6726:
    v = 6726
total += C6726.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6728
total = total + 14
if total % 3 == 1:
    total += 6730
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 6732 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6733(a, b=6733):
    return a + b
total += helper_6733(1)
names.append('n6734')
x_6735 = [total % 6735, 6735]
total += sum(x_6735)
class C6736:
    v = 6736
total += C6736.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6738
total = total + 7
if total % 3 == 2:
    total += 6740
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 6742 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6743(a, b=6743):
    return a + b
total += helper_6743(0)
names.append('n6744')
x_6745 = [total % 6745, 6745]
total += sum(x_6745)
class C6746:
    v = 6746
total += C6746.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6748
total = total + 0
if total % 3 == 0:
    total += 6750
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 6752 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6753(a, b=6753):
    return a + b
total += helper_6753(10)
names.append('n6754')
x_6755 = [total % 6755, 6755]
total += sum(x_6755)
class C6756:
    v = 6756
total += C6756.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6758
total = total + 10
if total % 3 == 1:
    total += 6760
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 6762 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6763(a, b=6763):
    return a + b
total += helper_6763(9)
names.append('n6764')
x_6765 = [total % 6765, 6765]
total += sum(x_6765)
class C6766:
    v = 6766
total += C6766.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6768
total = total + 3
if total % 3 == 2:
    total += 6770
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 6772 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6773(a, b=6773):
    return a + b
total += helper_6773(8)
names.append('n6774')
x_6775 = [total % 6775, 6775]
total += sum(x_6775)
class C6776:
    v = 6776
total += C6776.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6778
total = total + 13
if total % 3 == 0:
    total += 6780
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 6782 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6783(a, b=6783):
    return a + b
total += helper_6783(7)
names.append('n6784')
x_6785 = [total % 6785, 6785]
total += sum(x_6785)
class C6786:
    v = 6786
total += C6786.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6788
total = total + 6
if total % 3 == 1:
    total += 6790
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 6792 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6793(a, b=6793):
    return a + b
total += helper_6793(6)
names.append('n6794')
x_6795 = [total % 6795, 6795]
total += sum(x_6795)
class C6796:
    v = 6796
total += C6796.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6798
total = total + 16
if total % 3 == 2:
    total += 6800
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 6802 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6803(a, b=6803):
    return a + b
total += helper_6803(5)
names.append('n6804')
x_6805 = [total % 6805, 6805]
total += sum(x_6805)
class C6806:
    v = 6806
total += C6806.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6808
total = total + 9
if total % 3 == 0:
    total += 6810
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 6812 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6813(a, b=6813):
    return a + b
total += helper_6813(4)
names.append('n6814')
x_6815 = [total % 6815, 6815]
total += sum(x_6815)
class C6816:
    v = 6816
total += C6816.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6818
total = total + 2
if total % 3 == 1:
    total += 6820
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 6822 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6823(a, b=6823):
    return a + b
total += helper_6823(3)
names.append('n6824')
x_6825 = [total % 6825, 6825]
total += sum(x_6825)
class C6826:
    v = 6826
total += C6826.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6828
total = total + 12
if total % 3 == 2:
    total += 6830
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 6832 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6833(a, b=6833):
    return a + b
total += helper_6833(2)
names.append('n6834')
x_6835 = [total % 6835, 6835]
total += sum(x_6835)
class C6836:
    v = 6836
total += C6836.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6838
total = total + 5
if total % 3 == 0:
    total += 6840
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 6842 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6843(a, b=6843):
    return a + b
total += helper_6843(1)
names.append('n6844')
x_6845 = [total % 6845, 6845]
total += sum(x_6845)
class C6846:
    v = 6846
total += C6846.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6848
total = total + 15
if total % 3 == 1:
    total += 6850
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 6852 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6853(a, b=6853):
    return a + b
total += helper_6853(0)
names.append('n6854')
x_6855 = [total % 6855, 6855]
total += sum(x_6855)
class C6856:
    v = 6856
total += C6856.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6858
total = total + 8
if total % 3 == 2:
    total += 6860
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 6862 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6863(a, b=6863):
    return a + b
total += helper_6863(10)
names.append('n6864')
x_6865 = [total % 6865, 6865]
total += sum(x_6865)
class C6866:
    v = 6866
total += C6866.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6868
total = total + 1
if total % 3 == 0:
    total += 6870
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 6872 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6873(a, b=6873):
    return a + b
total += helper_6873(9)
names.append('n6874')
x_6875 = [total % 6875, 6875]
total += sum(x_6875)
class C6876:
    v = 6876
total += C6876.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6878
total = total + 11
if total % 3 == 1:
    total += 6880
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 6882 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6883(a, b=6883):
    return a + b
total += helper_6883(8)
names.append('n6884')
x_6885 = [total % 6885, 6885]
total += sum(x_6885)
class C6886:
    v = 6886
total += C6886.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6888
total = total + 4
if total % 3 == 2:
    total += 6890
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 6892 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6893(a, b=6893):
    return a + b
total += helper_6893(7)
names.append('n6894')
x_6895 = [total % 6895, 6895]
total += sum(x_6895)
class C6896:
    v = 6896
total += C6896.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6898
total = total + 14
if total % 3 == 0:
    total += 6900
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 6902 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6903(a, b=6903):
    return a + b
total += helper_6903(6)
names.append('n6904')
x_6905 = [total % 6905, 6905]
total += sum(x_6905)
class C6906:
    v = 6906
total += C6906.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6908
total = total + 7
if total % 3 == 1:
    total += 6910
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 6912 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6913(a, b=6913):
    return a + b
total += helper_6913(5)
names.append('n6914')
x_6915 = [total % 6915, 6915]
total += sum(x_6915)
class C6916:
    v = 6916
total += C6916.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6918
total = total + 0
if total % 3 == 2:
    total += 6920
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 6922 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6923(a, b=6923):
    return a + b
total += helper_6923(4)
names.append('n6924')
x_6925 = [total % 6925, 6925]
total += sum(x_6925)
class C6926:
    v = 6926
total += C6926.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6928
total = total + 10
if total % 3 == 0:
    total += 6930
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 6932 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6933(a, b=6933):
    return a + b
total += helper_6933(3)
names.append('n6934')
x_6935 = [total % 6935, 6935]
total += sum(x_6935)
class C6936:
    v = 6936
total += C6936.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6938
total = total + 3
if total % 3 == 1:
    total += 6940
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 6942 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6943(a, b=6943):
    return a + b
total += helper_6943(2)
names.append('n6944')
x_6945 = [total % 6945, 6945]
total += sum(x_6945)
class C6946:
    v = 6946
total += C6946.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6948
total = total + 13
if total % 3 == 2:
    total += 6950
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 6952 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6953(a, b=6953):
    return a + b
total += helper_6953(1)
names.append('n6954')
x_6955 = [total % 6955, 6955]
total += sum(x_6955)
class C6956:
    v = 6956
total += C6956.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6958
total = total + 6
if total % 3 == 0:
    total += 6960
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 6962 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6963(a, b=6963):
    return a + b
total += helper_6963(0)
names.append('n6964')
x_6965 = [total % 6965, 6965]
total += sum(x_6965)
class C6966:
    v = 6966
total += C6966.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6968
total = total + 16
if total % 3 == 1:
    total += 6970
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 6972 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6973(a, b=6973):
    return a + b
total += helper_6973(10)
names.append('n6974')
x_6975 = [total % 6975, 6975]
total += sum(x_6975)
class C6976:
    v = 6976
total += C6976.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6978
total = total + 9
if total % 3 == 2:
    total += 6980
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 6982 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6983(a, b=6983):
    return a + b
total += helper_6983(9)
names.append('n6984')
x_6985 = [total % 6985, 6985]
total += sum(x_6985)
class C6986:
    v = 6986
total += C6986.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6988
total = total + 2
if total % 3 == 0:
    total += 6990
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 6992 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_6993(a, b=6993):
    return a + b
total += helper_6993(8)
names.append('n6994')
x_6995 = [total % 6995, 6995]
total += sum(x_6995)
class C6996:
    v = 6996
total += C6996.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 6998
total = total + 12
if total % 3 == 1:
    total += 7000
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 7002 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7003(a, b=7003):
    return a + b
total += helper_7003(7)
names.append('n7004')
x_7005 = [total % 7005, 7005]
total += sum(x_7005)
class C7006:
    v = 7006
total += C7006.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7008
print(7009, total, len(names))
if total % 3 == 2:
    total += 7010
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 7012 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7013(a, b=7013):
    return a + b
total += helper_7013(6)
names.append('n7014')
x_7015 = [total % 7015, 7015]
total += sum(x_7015)
class C7016:
    v = 7016
total += C7016.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7018
total = total + 15
if total % 3 == 0:
    total += 7020
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 7022 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7023(a, b=7023):
    return a + b
total += helper_7023(5)
names.append('n7024')
x_7025 = [total % 7025, 7025]
total += sum(x_7025)
class C7026:
    v = 7026
total += C7026.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7028
total = total + 8
if total % 3 == 1:
    total += 7030
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 7032 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7033(a, b=7033):
    return a + b
total += helper_7033(4)
names.append('n7034')
x_7035 = [total % 7035, 7035]
total += sum(x_7035)
class C7036:
    v = 7036
total += C7036.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7038
total = total + 1
if total % 3 == 2:
    total += 7040
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 7042 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7043(a, b=7043):
    return a + b
total += helper_7043(3)
names.append('n7044')
x_7045 = [total % 7045, 7045]
total += sum(x_7045)
class C7046:
    v = 7046
total += C7046.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7048
total = total + 11
if total % 3 == 0:
    total += 7050
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 7052 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7053(a, b=7053):
    return a + b
total += helper_7053(2)
names.append('n7054')
x_7055 = [total % 7055, 7055]
total += sum(x_7055)
class C7056:
    v = 7056
total += C7056.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7058
total = total + 4
if total % 3 == 1:
    total += 7060
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 7062 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7063(a, b=7063):
    return a + b
total += helper_7063(1)
names.append('n7064')
x_7065 = [total % 7065, 7065]
total += sum(x_7065)
class C7066:
    v = 7066
total += C7066.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7068
total = total + 14
if total % 3 == 2:
    total += 7070
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 7072 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7073(a, b=7073):
    return a + b
total += helper_7073(0)
names.append('n7074')
x_7075 = [total % 7075, 7075]
total += sum(x_7075)
class C7076:
    v = 7076
total += C7076.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7078
total = total + 7
if total % 3 == 0:
    total += 7080
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 7082 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7083(a, b=7083):
    return a + b
total += helper_7083(10)
names.append('n7084')
x_7085 = [total % 7085, 7085]
total += sum(x_7085)
class C7086:
    v = 7086
total += C7086.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7088
total = total + 0
if total % 3 == 1:
    total += 7090
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 7092 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7093(a, b=7093):
    return a + b
total += helper_7093(9)
names.append('n7094')
x_7095 = [total % 7095, 7095]
total += sum(x_7095)
class C7096:
    v = 7096
total += C7096.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7098
total = total + 10
if total % 3 == 2:
    total += 7100
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 7102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7103(a, b=7103):
    return a + b
total += helper_7103(8)
names.append('n7104')
x_7105 = [total % 7105, 7105]
total += sum(x_7105)
class C7106:
    v = 7106
total += C7106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7108
total = total + 3
if total % 3 == 0:
    total += 7110
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 7112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7113(a, b=7113):
    return a + b
total += helper_7113(7)
names.append('n7114')
x_7115 = [total % 7115, 7115]
total += sum(x_7115)
class C7116:
    v = 7116
total += C7116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7118
total = total + 13
if total % 3 == 1:
    total += 7120
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 7122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7123(a, b=7123):
    return a + b
total += helper_7123(6)
names.append('n7124')
x_7125 = [total % 7125, 7125]
total += sum(x_7125)
class C7126:
    v = 7126
total += C7126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7128
total = total + 6
if total % 3 == 2:
    total += 7130
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 7132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7133(a, b=7133):
    return a + b
total += helper_7133(5)
names.append('n7134')
x_7135 = [total % 7135, 7135]
total += sum(x_7135)
class C7136:
    v = 7136
total += C7136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7138
total = total + 16
if total % 3 == 0:
    total += 7140
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 7142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7143(a, b=7143):
    return a + b
total += helper_7143(4)
names.append('n7144')
x_7145 = [total % 7145, 7145]
total += sum(x_7145)
class C7146:
    v = 7146
total += C7146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7148
total = total + 9
if total % 3 == 1:
    total += 7150
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 7152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7153(a, b=7153):
    return a + b
total += helper_7153(3)
names.append('n7154')
x_7155 = [total % 7155, 7155]
total += sum(x_7155)
class C7156:
    v = 7156
total += C7156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7158
total = total + 2
if total % 3 == 2:
    total += 7160
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 7162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7163(a, b=7163):
    return a + b
total += helper_7163(2)
names.append('n7164')
x_7165 = [total % 7165, 7165]
total += sum(x_7165)
class C7166:
    v = 7166
total += C7166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7168
total = total + 12
if total % 3 == 0:
    total += 7170
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 7172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7173(a, b=7173):
    return a + b
total += helper_7173(1)
names.append('n7174')
x_7175 = [total % 7175, 7175]
total += sum(x_7175)
class C7176:
    v = 7176
total += C7176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7178
total = total + 5
if total % 3 == 1:
    total += 7180
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 7182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7183(a, b=7183):
    return a + b
total += helper_7183(0)
names.append('n7184')
x_7185 = [total % 7185, 7185]
total += sum(x_7185)
class C7186:
    v = 7186
total += C7186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7188
total = total + 15
if total % 3 == 2:
    total += 7190
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 7192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7193(a, b=7193):
    return a + b
total += helper_7193(10)
names.append('n7194')
x_7195 = [total % 7195, 7195]
total += sum(x_7195)
class C7196:
    v = 7196
total += C7196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7198
total = total + 8
if total % 3 == 0:
    total += 7200
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 7202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7203(a, b=7203):
    return a + b
total += helper_7203(9)
names.append('n7204')
x_7205 = [total % 7205, 7205]
total += sum(x_7205)
class C7206:
    v = 7206
total += C7206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7208
total = total + 1
if total % 3 == 1:
    total += 7210
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 7212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7213(a, b=7213):
    return a + b
total += helper_7213(8)
names.append('n7214')
x_7215 = [total % 7215, 7215]
total += sum(x_7215)
class C7216:
    v = 7216
total += C7216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7218
total = total + 11
if total % 3 == 2:
    total += 7220
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 7222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7223(a, b=7223):
    return a + b
total += helper_7223(7)
names.append('n7224')
x_7225 = [total % 7225, 7225]
total += sum(x_7225)
class C7226:
    v = 7226
total += C7226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7228
total = total + 4
if total % 3 == 0:
    total += 7230
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 7232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7233(a, b=7233):
    return a + b
total += helper_7233(6)
names.append('n7234')
x_7235 = [total % 7235, 7235]
total += sum(x_7235)
class C7236:
    v = 7236
total += C7236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7238
total = total + 14
if total % 3 == 1:
    total += 7240
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 7242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7243(a, b=7243):
    return a + b
total += helper_7243(5)
names.append('n7244')
x_7245 = [total % 7245, 7245]
total += sum(x_7245)
class C7246:
    v = 7246
total += C7246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7248
total = total + 7
if total % 3 == 2:
    total += 7250
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 7252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7253(a, b=7253):
    return a + b
total += helper_7253(4)
names.append('n7254')
x_7255 = [total % 7255, 7255]
total += sum(x_7255)
class C7256:
    v = 7256
total += C7256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7258
total = total + 0
if total % 3 == 0:
    total += 7260
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 7262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7263(a, b=7263):
    return a + b
total += helper_7263(3)
names.append('n7264')
x_7265 = [total % 7265, 7265]
total += sum(x_7265)
class C7266:
    v = 7266
total += C7266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7268
total = total + 10
if total % 3 == 1:
    total += 7270
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 7272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7273(a, b=7273):
    return a + b
total += helper_7273(2)
names.append('n7274')
x_7275 = [total % 7275, 7275]
total += sum(x_7275)
class C7276:
    v = 7276
total += C7276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7278
total = total + 3
if total % 3 == 2:
    total += 7280
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 7282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7283(a, b=7283):
    return a + b
total += helper_7283(1)
names.append('n7284')
x_7285 = [total % 7285, 7285]
total += sum(x_7285)
class C7286:
    v = 7286
total += C7286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7288
total = total + 13
if total % 3 == 0:
    total += 7290
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 7292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7293(a, b=7293):
    return a + b
total += helper_7293(0)
names.append('n7294')
x_7295 = [total % 7295, 7295]
total += sum(x_7295)
class C7296:
    v = 7296
total += C7296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7298
total = total + 6
if total % 3 == 1:
    total += 7300
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 7302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7303(a, b=7303):
    return a + b
total += helper_7303(10)
names.append('n7304')
x_7305 = [total % 7305, 7305]
total += sum(x_7305)
class C7306:
    v = 7306
total += C7306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7308
total = total + 16
if total % 3 == 2:
    total += 7310
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 7312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7313(a, b=7313):
    return a + b
total += helper_7313(9)
names.append('n7314')
x_7315 = [total % 7315, 7315]
total += sum(x_7315)
class C7316:
    v = 7316
total += C7316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7318
total = total + 9
if total % 3 == 0:
    total += 7320
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 7322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7323(a, b=7323):
    return a + b
total += helper_7323(8)
names.append('n7324')
x_7325 = [total % 7325, 7325]
total += sum(x_7325)
class C7326:
    v = 7326
total += C7326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7328
total = total + 2
if total % 3 == 1:
    total += 7330
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 7332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7333(a, b=7333):
    return a + b
total += helper_7333(7)
names.append('n7334')
x_7335 = [total % 7335, 7335]
total += sum(x_7335)
class C7336:
    v = 7336
total += C7336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7338
total = total + 12
if total % 3 == 2:
    total += 7340
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 7342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7343(a, b=7343):
    return a + b
total += helper_7343(6)
names.append('n7344')
x_7345 = [total % 7345, 7345]
total += sum(x_7345)
class C7346:
    v = 7346
total += C7346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7348
total = total + 5
if total % 3 == 0:
    total += 7350
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 7352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7353(a, b=7353):
    return a + b
total += helper_7353(5)
names.append('n7354')
x_7355 = [total % 7355, 7355]
total += sum(x_7355)
class C7356:
    v = 7356
total += C7356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7358
total = total + 15
if total % 3 == 1:
    total += 7360
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 7362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7363(a, b=7363):
    return a + b
total += helper_7363(4)
names.append('n7364')
x_7365 = [total % 7365, 7365]
total += sum(x_7365)
class C7366:
    v = 7366
total += C7366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7368
total = total + 8
if total % 3 == 2:
    total += 7370
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 7372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7373(a, b=7373):
    return a + b
total += helper_7373(3)
names.append('n7374')
x_7375 = [total % 7375, 7375]
total += sum(x_7375)
class C7376:
    v = 7376
total += C7376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7378
total = total + 1
if total % 3 == 0:
    total += 7380
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 7382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7383(a, b=7383):
    return a + b
total += helper_7383(2)
names.append('n7384')
x_7385 = [total % 7385, 7385]
total += sum(x_7385)
class C7386:
    v = 7386
total += C7386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7388
total = total + 11
if total % 3 == 1:
    total += 7390
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 7392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7393(a, b=7393):
    return a + b
total += helper_7393(1)
names.append('n7394')
x_7395 = [total % 7395, 7395]
total += sum(x_7395)
class C7396:
    v = 7396
total += C7396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7398
total = total + 4
if total % 3 == 2:
    total += 7400
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 7402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7403(a, b=7403):
    return a + b
total += helper_7403(0)
names.append('n7404')
x_7405 = [total % 7405, 7405]
total += sum(x_7405)
class C7406:
    v = 7406
total += C7406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7408
total = total + 14
if total % 3 == 0:
    total += 7410
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 7412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7413(a, b=7413):
    return a + b
total += helper_7413(10)
names.append('n7414')
x_7415 = [total % 7415, 7415]
total += sum(x_7415)
class C7416:
    v = 7416
total += C7416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7418
total = total + 7
if total % 3 == 1:
    total += 7420
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 7422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7423(a, b=7423):
    return a + b
total += helper_7423(9)
names.append('n7424')
x_7425 = [total % 7425, 7425]
total += sum(x_7425)
class C7426:
    v = 7426
total += C7426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7428
total = total + 0
if total % 3 == 2:
    total += 7430
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 7432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7433(a, b=7433):
    return a + b
total += helper_7433(8)
names.append('n7434')
x_7435 = [total % 7435, 7435]
total += sum(x_7435)
class C7436:
    v = 7436
total += C7436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7438
total = total + 10
if total % 3 == 0:
    total += 7440
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 7442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7443(a, b=7443):
    return a + b
total += helper_7443(7)
names.append('n7444')
x_7445 = [total % 7445, 7445]
total += sum(x_7445)
class C7446:
    v = 7446
total += C7446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7448
total = total + 3
if total % 3 == 1:
    total += 7450
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 7452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7453(a, b=7453):
    return a + b
total += helper_7453(6)
names.append('n7454')
x_7455 = [total % 7455, 7455]
total += sum(x_7455)
class C7456:
    v = 7456
total += C7456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7458
total = total + 13
if total % 3 == 2:
    total += 7460
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 7462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7463(a, b=7463):
    return a + b
total += helper_7463(5)
names.append('n7464')
x_7465 = [total % 7465, 7465]
total += sum(x_7465)
class C7466:
    v = 7466
total += C7466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7468
total = total + 6
if total % 3 == 0:
    total += 7470
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 7472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7473(a, b=7473):
    return a + b
total += helper_7473(4)
names.append('n7474')
x_7475 = [total % 7475, 7475]
total += sum(x_7475)
class C7476:
    v = 7476
total += C7476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7478
total = total + 16
if total % 3 == 1:
    total += 7480
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 7482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7483(a, b=7483):
    return a + b
total += helper_7483(3)
names.append('n7484')
x_7485 = [total % 7485, 7485]
total += sum(x_7485)
class C7486:
    v = 7486
total += C7486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7488
total = total + 9
if total % 3 == 2:
    total += 7490
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 7492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7493(a, b=7493):
    return a + b
total += helper_7493(2)
names.append('n7494')
x_7495 = [total % 7495, 7495]
total += sum(x_7495)
class C7496:
    v = 7496
total += C7496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7498
total = total + 2
if total % 3 == 0:
    total += 7500
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 7502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7503(a, b=7503):
    return a + b
total += helper_7503(1)
names.append('n7504')
x_7505 = [total % 7505, 7505]
total += sum(x_7505)
class C7506:
    v = 7506
total += C7506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7508
total = total + 12
if total % 3 == 1:
    total += 7510
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 7512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7513(a, b=7513):
    return a + b
total += helper_7513(0)
names.append('n7514')
x_7515 = [total % 7515, 7515]
total += sum(x_7515)
class C7516:
    v = 7516
total += C7516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7518
total = total + 5
if total % 3 == 2:
    total += 7520
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 7522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7523(a, b=7523):
    return a + b
total += helper_7523(10)
names.append('n7524')
x_7525 = [total % 7525, 7525]
total += sum(x_7525)
class C7526:
    v = 7526
total += C7526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7528
total = total + 15
if total % 3 == 0:
    total += 7530
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 7532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7533(a, b=7533):
    return a + b
total += helper_7533(9)
names.append('n7534')
x_7535 = [total % 7535, 7535]
total += sum(x_7535)
class C7536:
    v = 7536
total += C7536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7538
total = total + 8
if total % 3 == 1:
    total += 7540
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 7542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7543(a, b=7543):
    return a + b
total += helper_7543(8)
names.append('n7544')
x_7545 = [total % 7545, 7545]
total += sum(x_7545)
class C7546:
    v = 7546
total += C7546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7548
total = total + 1
if total % 3 == 2:
    total += 7550
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 7552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7553(a, b=7553):
    return a + b
total += helper_7553(7)
names.append('n7554')
x_7555 = [total % 7555, 7555]
total += sum(x_7555)
class C7556:
    v = 7556
total += C7556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7558
total = total + 11
if total % 3 == 0:
    total += 7560
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 7562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7563(a, b=7563):
    return a + b
total += helper_7563(6)
names.append('n7564')
x_7565 = [total % 7565, 7565]
total += sum(x_7565)
class C7566:
    v = 7566
total += C7566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7568
total = total + 4
if total % 3 == 1:
    total += 7570
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 7572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7573(a, b=7573):
    return a + b
total += helper_7573(5)
names.append('n7574')
x_7575 = [total % 7575, 7575]
total += sum(x_7575)
class C7576:
    v = 7576
total += C7576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7578
total = total + 14
if total % 3 == 2:
    total += 7580
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 7582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7583(a, b=7583):
    return a + b
total += helper_7583(4)
names.append('n7584')
x_7585 = [total % 7585, 7585]
total += sum(x_7585)
class C7586:
    v = 7586
total += C7586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7588
total = total + 7
if total % 3 == 0:
    total += 7590
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 7592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7593(a, b=7593):
    return a + b
total += helper_7593(3)
names.append('n7594')
x_7595 = [total % 7595, 7595]
total += sum(x_7595)
class C7596:
    v = 7596
total += C7596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7598
total = total + 0
if total % 3 == 1:
    total += 7600
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 7602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7603(a, b=7603):
    return a + b
total += helper_7603(2)
names.append('n7604')
x_7605 = [total % 7605, 7605]
total += sum(x_7605)
class C7606:
    v = 7606
total += C7606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7608
total = total + 10
if total % 3 == 2:
    total += 7610
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 7612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7613(a, b=7613):
    return a + b
total += helper_7613(1)
names.append('n7614')
x_7615 = [total % 7615, 7615]
total += sum(x_7615)
class C7616:
    v = 7616
total += C7616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7618
total = total + 3
if total % 3 == 0:
    total += 7620
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 7622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7623(a, b=7623):
    return a + b
total += helper_7623(0)
names.append('n7624')
x_7625 = [total % 7625, 7625]
total += sum(x_7625)
class C7626:
    v = 7626
total += C7626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7628
total = total + 13
if total % 3 == 1:
    total += 7630
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 7632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7633(a, b=7633):
    return a + b
total += helper_7633(10)
names.append('n7634')
x_7635 = [total % 7635, 7635]
total += sum(x_7635)
class C7636:
    v = 7636
total += C7636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7638
total = total + 6
if total % 3 == 2:
    total += 7640
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 7642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7643(a, b=7643):
    return a + b
total += helper_7643(9)
names.append('n7644')
x_7645 = [total % 7645, 7645]
total += sum(x_7645)
class C7646:
    v = 7646
total += C7646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7648
total = total + 16
if total % 3 == 0:
    total += 7650
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 7652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7653(a, b=7653):
    return a + b
total += helper_7653(8)
names.append('n7654')
x_7655 = [total % 7655, 7655]
total += sum(x_7655)
class C7656:
    v = 7656
total += C7656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7658
total = total + 9
if total % 3 == 1:
    total += 7660
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 7662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7663(a, b=7663):
    return a + b
total += helper_7663(7)
names.append('n7664')
x_7665 = [total % 7665, 7665]
total += sum(x_7665)
class C7666:
    v = 7666
total += C7666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7668
total = total + 2
if total % 3 == 2:
    total += 7670
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 7672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7673(a, b=7673):
    return a + b
total += helper_7673(6)
names.append('n7674')
x_7675 = [total % 7675, 7675]
total += sum(x_7675)
class C7676:
    v = 7676
total += C7676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7678
total = total + 12
if total % 3 == 0:
    total += 7680
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 7682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7683(a, b=7683):
    return a + b
total += helper_7683(5)
names.append('n7684')
x_7685 = [total % 7685, 7685]
total += sum(x_7685)
class C7686:
    v = 7686
total += C7686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7688
total = total + 5
if total % 3 == 1:
    total += 7690
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 7692 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7693(a, b=7693):
    return a + b
total += helper_7693(4)
names.append('n7694')
x_7695 = [total % 7695, 7695]
total += sum(x_7695)
class C7696:
    v = 7696
total += C7696.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7698
total = total + 15
if total % 3 == 2:
    total += 7700
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 7702 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7703(a, b=7703):
    return a + b
total += helper_7703(3)
names.append('n7704')
x_7705 = [total % 7705, 7705]
total += sum(x_7705)
class C7706:
    v = 7706
total += C7706.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7708
total = total + 8
if total % 3 == 0:
    total += 7710
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 7712 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7713(a, b=7713):
    return a + b
total += helper_7713(2)
names.append('n7714')
x_7715 = [total % 7715, 7715]
total += sum(x_7715)
class C7716:
    v = 7716
total += C7716.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7718
total = total + 1
if total % 3 == 1:
    total += 7720
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 7722 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7723(a, b=7723):
    return a + b
total += helper_7723(1)
names.append('n7724')
x_7725 = [total % 7725, 7725]
total += sum(x_7725)
class C7726:
    v = 7726
total += C7726.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7728
total = total + 11
if total % 3 == 2:
    total += 7730
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 7732 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7733(a, b=7733):
    return a + b
total += helper_7733(0)
names.append('n7734')
x_7735 = [total % 7735, 7735]
total += sum(x_7735)
class C7736:
    v = 7736
total += C7736.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7738
total = total + 4
if total % 3 == 0:
    total += 7740
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 7742 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7743(a, b=7743):
    return a + b
total += helper_7743(10)
names.append('n7744')
x_7745 = [total % 7745, 7745]
total += sum(x_7745)
class C7746:
    v = 7746
total += C7746.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7748
total = total + 14
if total % 3 == 1:
    total += 7750
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 7752 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7753(a, b=7753):
    return a + b
total += helper_7753(9)
names.append('n7754')
x_7755 = [total % 7755, 7755]
total += sum(x_7755)
class C7756:
    v = 7756
total += C7756.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7758
total = total + 7
if total % 3 == 2:
    total += 7760
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 7762 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7763(a, b=7763):
    return a + b
total += helper_7763(8)
names.append('n7764')
x_7765 = [total % 7765, 7765]
total += sum(x_7765)
class C7766:
    v = 7766
total += C7766.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7768
total = total + 0
if total % 3 == 0:
    total += 7770
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 7772 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7773(a, b=7773):
    return a + b
total += helper_7773(7)
names.append('n7774')
x_7775 = [total % 7775, 7775]
total += sum(x_7775)
class C7776:
    v = 7776
total += C7776.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7778
total = total + 10
if total % 3 == 1:
    total += 7780
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 7782 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7783(a, b=7783):
    return a + b
total += helper_7783(6)
names.append('n7784')
x_7785 = [total % 7785, 7785]
total += sum(x_7785)
class C7786:
    v = 7786
total += C7786.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7788
total = total + 3
if total % 3 == 2:
    total += 7790
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 7792 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7793(a, b=7793):
    return a + b
total += helper_7793(5)
names.append('n7794')
x_7795 = [total % 7795, 7795]
total += sum(x_7795)
class C7796:
    v = 7796
total += C7796.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7798
total = total + 13
if total % 3 == 0:
    total += 7800
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 7802 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7803(a, b=7803):
    return a + b
total += helper_7803(4)
names.append('n7804')
x_7805 = [total % 7805, 7805]
total += sum(x_7805)
class C7806:
    v = 7806
total += C7806.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7808
total = total + 6
if total % 3 == 1:
    total += 7810
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 7812 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7813(a, b=7813):
    return a + b
total += helper_7813(3)
names.append('n7814')
x_7815 = [total % 7815, 7815]
total += sum(x_7815)
class C7816:
    v = 7816
total += C7816.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7818
total = total + 16
if total % 3 == 2:
    total += 7820
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 7822 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7823(a, b=7823):
    return a + b
total += helper_7823(2)
names.append('n7824')
x_7825 = [total % 7825, 7825]
total += sum(x_7825)
class C7826:
    v = 7826
total += C7826.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7828
total = total + 9
if total % 3 == 0:
    total += 7830
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 7832 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7833(a, b=7833):
    return a + b
total += helper_7833(1)
names.append('n7834')
x_7835 = [total % 7835, 7835]
total += sum(x_7835)
class C7836:
    v = 7836
total += C7836.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7838
total = total + 2
if total % 3 == 1:
    total += 7840
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 7842 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7843(a, b=7843):
    return a + b
total += helper_7843(0)
names.append('n7844')
x_7845 = [total % 7845, 7845]
total += sum(x_7845)
class C7846:
    v = 7846
total += C7846.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7848
total = total + 12
if total % 3 == 2:
    total += 7850
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 7852 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7853(a, b=7853):
    return a + b
total += helper_7853(10)
names.append('n7854')
x_7855 = [total % 7855, 7855]
total += sum(x_7855)
class C7856:
    v = 7856
total += C7856.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7858
total = total + 5
if total % 3 == 0:
    total += 7860
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 7862 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7863(a, b=7863):
    return a + b
total += helper_7863(9)
names.append('n7864')
x_7865 = [total % 7865, 7865]
total += sum(x_7865)
class C7866:
    v = 7866
total += C7866.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7868
total = total + 15
if total % 3 == 1:
    total += 7870
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 7872 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7873(a, b=7873):
    return a + b
total += helper_7873(8)
names.append('n7874')
x_7875 = [total % 7875, 7875]
total += sum(x_7875)
class C7876:
    v = 7876
total += C7876.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7878
total = total + 8
if total % 3 == 2:
    total += 7880
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 7882 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7883(a, b=7883):
    return a + b
total += helper_7883(7)
names.append('n7884')
x_7885 = [total % 7885, 7885]
total += sum(x_7885)
class C7886:
    v = 7886
total += C7886.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7888
total = total + 1
if total % 3 == 0:
    total += 7890
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 7892 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7893(a, b=7893):
    return a + b
total += helper_7893(6)
names.append('n7894')
x_7895 = [total % 7895, 7895]
total += sum(x_7895)
class C7896:
    v = 7896
total += C7896.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7898
total = total + 11
if total % 3 == 1:
    total += 7900
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 7902 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7903(a, b=7903):
    return a + b
total += helper_7903(5)
names.append('n7904')
x_7905 = [total % 7905, 7905]
total += sum(x_7905)
class C7906:
    v = 7906
total += C7906.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7908
total = total + 4
if total % 3 == 2:
    total += 7910
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 7912 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7913(a, b=7913):
    return a + b
total += helper_7913(4)
names.append('n7914')
x_7915 = [total % 7915, 7915]
total += sum(x_7915)
class C7916:
    v = 7916
total += C7916.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7918
total = total + 14
if total % 3 == 0:
    total += 7920
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 7922 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7923(a, b=7923):
    return a + b
total += helper_7923(3)
names.append('n7924')
x_7925 = [total % 7925, 7925]
total += sum(x_7925)
class C7926:
    v = 7926
total += C7926.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7928
total = total + 7
if total % 3 == 1:
    total += 7930
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 7932 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7933(a, b=7933):
    return a + b
total += helper_7933(2)
names.append('n7934')
x_7935 = [total % 7935, 7935]
total += sum(x_7935)
class C7936:
    v = 7936
total += C7936.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7938
total = total + 0
if total % 3 == 2:
    total += 7940
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 7942 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7943(a, b=7943):
    return a + b
total += helper_7943(1)
names.append('n7944')
x_7945 = [total % 7945, 7945]
total += sum(x_7945)
class C7946:
    v = 7946
total += C7946.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7948
total = total + 10
if total % 3 == 0:
    total += 7950
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 7952 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7953(a, b=7953):
    return a + b
total += helper_7953(0)
names.append('n7954')
x_7955 = [total % 7955, 7955]
total += sum(x_7955)
class C7956:
    v = 7956
total += C7956.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7958
total = total + 3
if total % 3 == 1:
    total += 7960
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 7962 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7963(a, b=7963):
    return a + b
total += helper_7963(10)
names.append('n7964')
x_7965 = [total % 7965, 7965]
total += sum(x_7965)
class C7966:
    v = 7966
total += C7966.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7968
total = total + 13
if total % 3 == 2:
    total += 7970
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 7972 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7973(a, b=7973):
    return a + b
total += helper_7973(9)
names.append('n7974')
x_7975 = [total % 7975, 7975]
total += sum(x_7975)
class C7976:
    v = 7976
total += C7976.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7978
total = total + 6
if total % 3 == 0:
    total += 7980
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 7982 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7983(a, b=7983):
    return a + b
total += helper_7983(8)
names.append('n7984')
x_7985 = [total % 7985, 7985]
total += sum(x_7985)
class C7986:
    v = 7986
total += C7986.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7988
total = total + 16
if total % 3 == 1:
    total += 7990
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 7992 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_7993(a, b=7993):
    return a + b
total += helper_7993(7)
names.append('n7994')
x_7995 = [total % 7995, 7995]
total += sum(x_7995)
class C7996:
    v = 7996
total += C7996.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 7998
total = total + 9
if total % 3 == 2:
    total += 8000
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 8002 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8003(a, b=8003):
    return a + b
total += helper_8003(6)
names.append('n8004')
x_8005 = [total % 8005, 8005]
total += sum(x_8005)
class C8006:
    v = 8006
total += C8006.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8008
print(8009, total, len(names))
if total % 3 == 0:
    total += 8010
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 8012 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8013(a, b=8013):
    return a + b
total += helper_8013(5)
names.append('n8014')
x_8015 = [total % 8015, 8015]
total += sum(x_8015)
class C8016:
    v = 8016
total += C8016.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8018
total = total + 12
if total % 3 == 1:
    total += 8020
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 8022 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8023(a, b=8023):
    return a + b
total += helper_8023(4)
names.append('n8024')
x_8025 = [total % 8025, 8025]
total += sum(x_8025)
class C8026:
    v = 8026
total += C8026.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8028
total = total + 5
if total % 3 == 2:
    total += 8030
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 8032 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8033(a, b=8033):
    return a + b
total += helper_8033(3)
names.append('n8034')
x_8035 = [total % 8035, 8035]
total += sum(x_8035)
class C8036:
    v = 8036
total += C8036.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8038
total = total + 15
if total % 3 == 0:
    total += 8040
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 8042 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8043(a, b=8043):
    return a + b
total += helper_8043(2)
names.append('n8044')
x_8045 = [total % 8045, 8045]
total += sum(x_8045)
class C8046:
    v = 8046
total += C8046.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8048
total = total + 8
if total % 3 == 1:
    total += 8050
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 8052 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8053(a, b=8053):
    return a + b
total += helper_8053(1)
names.append('n8054')
x_8055 = [total % 8055, 8055]
total += sum(x_8055)
class C8056:
    v = 8056
total += C8056.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8058
total = total + 1
if total % 3 == 2:
    total += 8060
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 8062 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8063(a, b=8063):
    return a + b
total += helper_8063(0)
names.append('n8064')
x_8065 = [total % 8065, 8065]
total += sum(x_8065)
class C8066:
    v = 8066
total += C8066.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8068
total = total + 11
if total % 3 == 0:
    total += 8070
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 8072 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8073(a, b=8073):
    return a + b
total += helper_8073(10)
names.append('n8074')
x_8075 = [total % 8075, 8075]
total += sum(x_8075)
class C8076:
    v = 8076
total += C8076.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8078
total = total + 4
if total % 3 == 1:
    total += 8080
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 8082 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8083(a, b=8083):
    return a + b
total += helper_8083(9)
names.append('n8084')
x_8085 = [total % 8085, 8085]
total += sum(x_8085)
class C8086:
    v = 8086
total += C8086.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8088
total = total + 14
if total % 3 == 2:
    total += 8090
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 8092 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8093(a, b=8093):
    return a + b
total += helper_8093(8)
names.append('n8094')
x_8095 = [total % 8095, 8095]
total += sum(x_8095)
class C8096:
    v = 8096
total += C8096.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8098
total = total + 7
if total % 3 == 0:
    total += 8100
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 8102 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8103(a, b=8103):
    return a + b
total += helper_8103(7)
names.append('n8104')
x_8105 = [total % 8105, 8105]
total += sum(x_8105)
class C8106:
    v = 8106
total += C8106.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8108
total = total + 0
if total % 3 == 1:
    total += 8110
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 8112 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8113(a, b=8113):
    return a + b
total += helper_8113(6)
names.append('n8114')
x_8115 = [total % 8115, 8115]
total += sum(x_8115)
class C8116:
    v = 8116
total += C8116.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8118
total = total + 10
if total % 3 == 2:
    total += 8120
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 8122 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8123(a, b=8123):
    return a + b
total += helper_8123(5)
names.append('n8124')
x_8125 = [total % 8125, 8125]
total += sum(x_8125)
class C8126:
    v = 8126
total += C8126.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8128
total = total + 3
if total % 3 == 0:
    total += 8130
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 8132 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8133(a, b=8133):
    return a + b
total += helper_8133(4)
names.append('n8134')
x_8135 = [total % 8135, 8135]
total += sum(x_8135)
class C8136:
    v = 8136
total += C8136.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8138
total = total + 13
if total % 3 == 1:
    total += 8140
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 8142 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8143(a, b=8143):
    return a + b
total += helper_8143(3)
names.append('n8144')
x_8145 = [total % 8145, 8145]
total += sum(x_8145)
class C8146:
    v = 8146
total += C8146.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8148
total = total + 6
if total % 3 == 2:
    total += 8150
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 8152 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8153(a, b=8153):
    return a + b
total += helper_8153(2)
names.append('n8154')
x_8155 = [total % 8155, 8155]
total += sum(x_8155)
class C8156:
    v = 8156
total += C8156.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8158
total = total + 16
if total % 3 == 0:
    total += 8160
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 8162 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8163(a, b=8163):
    return a + b
total += helper_8163(1)
names.append('n8164')
x_8165 = [total % 8165, 8165]
total += sum(x_8165)
class C8166:
    v = 8166
total += C8166.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8168
total = total + 9
if total % 3 == 1:
    total += 8170
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 8172 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8173(a, b=8173):
    return a + b
total += helper_8173(0)
names.append('n8174')
x_8175 = [total % 8175, 8175]
total += sum(x_8175)
class C8176:
    v = 8176
total += C8176.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8178
total = total + 2
if total % 3 == 2:
    total += 8180
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 8182 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8183(a, b=8183):
    return a + b
total += helper_8183(10)
names.append('n8184')
x_8185 = [total % 8185, 8185]
total += sum(x_8185)
class C8186:
    v = 8186
total += C8186.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8188
total = total + 12
if total % 3 == 0:
    total += 8190
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 8192 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8193(a, b=8193):
    return a + b
total += helper_8193(9)
names.append('n8194')
x_8195 = [total % 8195, 8195]
total += sum(x_8195)
class C8196:
    v = 8196
total += C8196.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8198
total = total + 5
if total % 3 == 1:
    total += 8200
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 8202 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8203(a, b=8203):
    return a + b
total += helper_8203(8)
names.append('n8204')
x_8205 = [total % 8205, 8205]
total += sum(x_8205)
class C8206:
    v = 8206
total += C8206.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8208
total = total + 15
if total % 3 == 2:
    total += 8210
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 8212 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8213(a, b=8213):
    return a + b
total += helper_8213(7)
names.append('n8214')
x_8215 = [total % 8215, 8215]
total += sum(x_8215)
class C8216:
    v = 8216
total += C8216.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8218
total = total + 8
if total % 3 == 0:
    total += 8220
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 8222 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8223(a, b=8223):
    return a + b
total += helper_8223(6)
names.append('n8224')
x_8225 = [total % 8225, 8225]
total += sum(x_8225)
class C8226:
    v = 8226
total += C8226.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8228
total = total + 1
if total % 3 == 1:
    total += 8230
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 8232 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8233(a, b=8233):
    return a + b
total += helper_8233(5)
names.append('n8234')
x_8235 = [total % 8235, 8235]
total += sum(x_8235)
class C8236:
    v = 8236
total += C8236.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8238
total = total + 11
if total % 3 == 2:
    total += 8240
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 8242 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8243(a, b=8243):
    return a + b
total += helper_8243(4)
names.append('n8244')
x_8245 = [total % 8245, 8245]
total += sum(x_8245)
class C8246:
    v = 8246
total += C8246.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8248
total = total + 4
if total % 3 == 0:
    total += 8250
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 8252 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8253(a, b=8253):
    return a + b
total += helper_8253(3)
names.append('n8254')
x_8255 = [total % 8255, 8255]
total += sum(x_8255)
class C8256:
    v = 8256
total += C8256.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8258
total = total + 14
if total % 3 == 1:
    total += 8260
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 8262 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8263(a, b=8263):
    return a + b
total += helper_8263(2)
names.append('n8264')
x_8265 = [total % 8265, 8265]
total += sum(x_8265)
class C8266:
    v = 8266
total += C8266.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8268
total = total + 7
if total % 3 == 2:
    total += 8270
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 8272 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8273(a, b=8273):
    return a + b
total += helper_8273(1)
names.append('n8274')
x_8275 = [total % 8275, 8275]
total += sum(x_8275)
class C8276:
    v = 8276
total += C8276.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8278
total = total + 0
if total % 3 == 0:
    total += 8280
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 8282 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8283(a, b=8283):
    return a + b
total += helper_8283(0)
names.append('n8284')
x_8285 = [total % 8285, 8285]
total += sum(x_8285)
class C8286:
    v = 8286
total += C8286.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8288
total = total + 10
if total % 3 == 1:
    total += 8290
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 8292 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8293(a, b=8293):
    return a + b
total += helper_8293(10)
names.append('n8294')
x_8295 = [total % 8295, 8295]
total += sum(x_8295)
class C8296:
    v = 8296
total += C8296.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8298
total = total + 3
if total % 3 == 2:
    total += 8300
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 8302 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8303(a, b=8303):
    return a + b
total += helper_8303(9)
names.append('n8304')
x_8305 = [total % 8305, 8305]
total += sum(x_8305)
class C8306:
    v = 8306
total += C8306.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8308
total = total + 13
if total % 3 == 0:
    total += 8310
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 8312 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8313(a, b=8313):
    return a + b
total += helper_8313(8)
names.append('n8314')
x_8315 = [total % 8315, 8315]
total += sum(x_8315)
class C8316:
    v = 8316
total += C8316.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8318
total = total + 6
if total % 3 == 1:
    total += 8320
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 8322 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8323(a, b=8323):
    return a + b
total += helper_8323(7)
names.append('n8324')
x_8325 = [total % 8325, 8325]
total += sum(x_8325)
class C8326:
    v = 8326
total += C8326.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8328
total = total + 16
if total % 3 == 2:
    total += 8330
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 8332 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8333(a, b=8333):
    return a + b
total += helper_8333(6)
names.append('n8334')
x_8335 = [total % 8335, 8335]
total += sum(x_8335)
class C8336:
    v = 8336
total += C8336.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8338
total = total + 9
if total % 3 == 0:
    total += 8340
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 8342 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8343(a, b=8343):
    return a + b
total += helper_8343(5)
names.append('n8344')
x_8345 = [total % 8345, 8345]
total += sum(x_8345)
class C8346:
    v = 8346
total += C8346.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8348
total = total + 2
if total % 3 == 1:
    total += 8350
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 8352 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8353(a, b=8353):
    return a + b
total += helper_8353(4)
names.append('n8354')
x_8355 = [total % 8355, 8355]
total += sum(x_8355)
class C8356:
    v = 8356
total += C8356.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8358
total = total + 12
if total % 3 == 2:
    total += 8360
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 8362 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8363(a, b=8363):
    return a + b
total += helper_8363(3)
names.append('n8364')
x_8365 = [total % 8365, 8365]
total += sum(x_8365)
class C8366:
    v = 8366
total += C8366.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8368
total = total + 5
if total % 3 == 0:
    total += 8370
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 8372 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8373(a, b=8373):
    return a + b
total += helper_8373(2)
names.append('n8374')
x_8375 = [total % 8375, 8375]
total += sum(x_8375)
class C8376:
    v = 8376
total += C8376.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8378
total = total + 15
if total % 3 == 1:
    total += 8380
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 8382 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8383(a, b=8383):
    return a + b
total += helper_8383(1)
names.append('n8384')
x_8385 = [total % 8385, 8385]
total += sum(x_8385)
class C8386:
    v = 8386
total += C8386.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8388
total = total + 8
if total % 3 == 2:
    total += 8390
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 8392 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8393(a, b=8393):
    return a + b
total += helper_8393(0)
names.append('n8394')
x_8395 = [total % 8395, 8395]
total += sum(x_8395)
class C8396:
    v = 8396
total += C8396.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8398
total = total + 1
if total % 3 == 0:
    total += 8400
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 8402 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8403(a, b=8403):
    return a + b
total += helper_8403(10)
names.append('n8404')
x_8405 = [total % 8405, 8405]
total += sum(x_8405)
class C8406:
    v = 8406
total += C8406.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8408
total = total + 11
if total % 3 == 1:
    total += 8410
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 8412 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8413(a, b=8413):
    return a + b
total += helper_8413(9)
names.append('n8414')
x_8415 = [total % 8415, 8415]
total += sum(x_8415)
class C8416:
    v = 8416
total += C8416.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8418
total = total + 4
if total % 3 == 2:
    total += 8420
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 8422 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8423(a, b=8423):
    return a + b
total += helper_8423(8)
names.append('n8424')
x_8425 = [total % 8425, 8425]
total += sum(x_8425)
class C8426:
    v = 8426
total += C8426.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8428
total = total + 14
if total % 3 == 0:
    total += 8430
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 8432 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8433(a, b=8433):
    return a + b
total += helper_8433(7)
names.append('n8434')
x_8435 = [total % 8435, 8435]
total += sum(x_8435)
class C8436:
    v = 8436
total += C8436.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8438
total = total + 7
if total % 3 == 1:
    total += 8440
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 8442 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8443(a, b=8443):
    return a + b
total += helper_8443(6)
names.append('n8444')
x_8445 = [total % 8445, 8445]
total += sum(x_8445)
class C8446:
    v = 8446
total += C8446.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8448
total = total + 0
if total % 3 == 2:
    total += 8450
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 8452 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8453(a, b=8453):
    return a + b
total += helper_8453(5)
names.append('n8454')
x_8455 = [total % 8455, 8455]
total += sum(x_8455)
class C8456:
    v = 8456
total += C8456.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8458
total = total + 10
if total % 3 == 0:
    total += 8460
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 8462 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8463(a, b=8463):
    return a + b
total += helper_8463(4)
names.append('n8464')
x_8465 = [total % 8465, 8465]
total += sum(x_8465)
class C8466:
    v = 8466
total += C8466.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8468
total = total + 3
if total % 3 == 1:
    total += 8470
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 8472 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8473(a, b=8473):
    return a + b
total += helper_8473(3)
names.append('n8474')
x_8475 = [total % 8475, 8475]
total += sum(x_8475)
class C8476:
    v = 8476
total += C8476.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8478
total = total + 13
if total % 3 == 2:
    total += 8480
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 8482 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8483(a, b=8483):
    return a + b
total += helper_8483(2)
names.append('n8484')
x_8485 = [total % 8485, 8485]
total += sum(x_8485)
class C8486:
    v = 8486
total += C8486.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8488
total = total + 6
if total % 3 == 0:
    total += 8490
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 8492 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8493(a, b=8493):
    return a + b
total += helper_8493(1)
names.append('n8494')
x_8495 = [total % 8495, 8495]
total += sum(x_8495)
class C8496:
    v = 8496
total += C8496.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8498
total = total + 16
if total % 3 == 1:
    total += 8500
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 8502 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8503(a, b=8503):
    return a + b
total += helper_8503(0)
names.append('n8504')
x_8505 = [total % 8505, 8505]
total += sum(x_8505)
class C8506:
    v = 8506
total += C8506.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8508
total = total + 9
if total % 3 == 2:
    total += 8510
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 8512 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8513(a, b=8513):
    return a + b
total += helper_8513(10)
names.append('n8514')
x_8515 = [total % 8515, 8515]
total += sum(x_8515)
class C8516:
    v = 8516
total += C8516.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8518
total = total + 2
if total % 3 == 0:
    total += 8520
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 8522 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8523(a, b=8523):
    return a + b
total += helper_8523(9)
names.append('n8524')
x_8525 = [total % 8525, 8525]
total += sum(x_8525)
class C8526:
    v = 8526
total += C8526.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8528
total = total + 12
if total % 3 == 1:
    total += 8530
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 8532 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8533(a, b=8533):
    return a + b
total += helper_8533(8)
names.append('n8534')
x_8535 = [total % 8535, 8535]
total += sum(x_8535)
class C8536:
    v = 8536
total += C8536.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8538
total = total + 5
if total % 3 == 2:
    total += 8540
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 8542 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8543(a, b=8543):
    return a + b
total += helper_8543(7)
names.append('n8544')
x_8545 = [total % 8545, 8545]
total += sum(x_8545)
class C8546:
    v = 8546
total += C8546.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8548
total = total + 15
if total % 3 == 0:
    total += 8550
else:
    total -= 3
for i in range(4):
    total += square(i)
try:
    total += 8552 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8553(a, b=8553):
    return a + b
total += helper_8553(6)
names.append('n8554')
x_8555 = [total % 8555, 8555]
total += sum(x_8555)
class C8556:
    v = 8556
total += C8556.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8558
total = total + 8
if total % 3 == 1:
    total += 8560
else:
    total -= 6
for i in range(2):
    total += square(i)
try:
    total += 8562 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8563(a, b=8563):
    return a + b
total += helper_8563(5)
names.append('n8564')
x_8565 = [total % 8565, 8565]
total += sum(x_8565)
class C8566:
    v = 8566
total += C8566.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8568
total = total + 1
if total % 3 == 2:
    total += 8570
else:
    total -= 2
for i in range(4):
    total += square(i)
try:
    total += 8572 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8573(a, b=8573):
    return a + b
total += helper_8573(4)
names.append('n8574')
x_8575 = [total % 8575, 8575]
total += sum(x_8575)
class C8576:
    v = 8576
total += C8576.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8578
total = total + 11
if total % 3 == 0:
    total += 8580
else:
    total -= 5
for i in range(2):
    total += square(i)
try:
    total += 8582 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8583(a, b=8583):
    return a + b
total += helper_8583(3)
names.append('n8584')
x_8585 = [total % 8585, 8585]
total += sum(x_8585)
class C8586:
    v = 8586
total += C8586.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8588
total = total + 4
if total % 3 == 1:
    total += 8590
else:
    total -= 1
for i in range(4):
    total += square(i)
try:
    total += 8592 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8593(a, b=8593):
    return a + b
total += helper_8593(2)
names.append('n8594')
x_8595 = [total % 8595, 8595]
total += sum(x_8595)
class C8596:
    v = 8596
total += C8596.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8598
total = total + 14
if total % 3 == 2:
    total += 8600
else:
    total -= 4
for i in range(2):
    total += square(i)
try:
    total += 8602 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8603(a, b=8603):
    return a + b
total += helper_8603(1)
names.append('n8604')
x_8605 = [total % 8605, 8605]
total += sum(x_8605)
class C8606:
    v = 8606
total += C8606.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8608
total = total + 7
if total % 3 == 0:
    total += 8610
else:
    total -= 0
for i in range(4):
    total += square(i)
try:
    total += 8612 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8613(a, b=8613):
    return a + b
total += helper_8613(0)
names.append('n8614')
x_8615 = [total % 8615, 8615]
total += sum(x_8615)
class C8616:
    v = 8616
total += C8616.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8618
total = total + 0
if total % 3 == 1:
    total += 8620
else:
    total -= 3
for i in range(2):
    total += square(i)
try:
    total += 8622 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8623(a, b=8623):
    return a + b
total += helper_8623(10)
names.append('n8624')
x_8625 = [total % 8625, 8625]
total += sum(x_8625)
class C8626:
    v = 8626
total += C8626.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8628
total = total + 10
if total % 3 == 2:
    total += 8630
else:
    total -= 6
for i in range(4):
    total += square(i)
try:
    total += 8632 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8633(a, b=8633):
    return a + b
total += helper_8633(9)
names.append('n8634')
x_8635 = [total % 8635, 8635]
total += sum(x_8635)
class C8636:
    v = 8636
total += C8636.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8638
total = total + 3
if total % 3 == 0:
    total += 8640
else:
    total -= 2
for i in range(2):
    total += square(i)
try:
    total += 8642 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8643(a, b=8643):
    return a + b
total += helper_8643(8)
names.append('n8644')
x_8645 = [total % 8645, 8645]
total += sum(x_8645)
class C8646:
    v = 8646
total += C8646.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8648
total = total + 13
if total % 3 == 1:
    total += 8650
else:
    total -= 5
for i in range(4):
    total += square(i)
try:
    total += 8652 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8653(a, b=8653):
    return a + b
total += helper_8653(7)
names.append('n8654')
x_8655 = [total % 8655, 8655]
total += sum(x_8655)
class C8656:
    v = 8656
total += C8656.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8658
total = total + 6
if total % 3 == 2:
    total += 8660
else:
    total -= 1
for i in range(2):
    total += square(i)
try:
    total += 8662 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8663(a, b=8663):
    return a + b
total += helper_8663(6)
names.append('n8664')
x_8665 = [total % 8665, 8665]
total += sum(x_8665)
class C8666:
    v = 8666
total += C8666.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8668
total = total + 16
if total % 3 == 0:
    total += 8670
else:
    total -= 4
for i in range(4):
    total += square(i)
try:
    total += 8672 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8673(a, b=8673):
    return a + b
total += helper_8673(5)
names.append('n8674')
x_8675 = [total % 8675, 8675]
total += sum(x_8675)
class C8676:
    v = 8676
total += C8676.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8678
total = total + 9
if total % 3 == 1:
    total += 8680
else:
    total -= 0
for i in range(2):
    total += square(i)
try:
    total += 8682 // (total % 5)
except ZeroDivisionError:
    total += 1
def helper_8683(a, b=8683):
    return a + b
total += helper_8683(4)
names.append('n8684')
x_8685 = [total % 8685, 8685]
total += sum(x_8685)
class C8686:
    v = 8686
total += C8686.v % 13
while total > 10 ** 6:
    total //= 2
total ^= 8688
total = total + 2
if total % 3 == 2:
    total += 8690
else:
    total -= 3
for i in range(4):
    total += square(i)
total += 1
total += 1
total += 1
print('names', len(names), names[:3], names[-2:])
print('total', total)
print('x', x_15, C16.v, helper_13(1))
