package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.ConstantValue;

/** Pushes a literal: singletons from their static fields, the rest as dynamic constants. */
final class ConstantEmitter {
    private ConstantEmitter() {}

    static void emit(Emitter e, ConstantValue v, CodeGen gen) {
        if (v instanceof ConstantValue.None n) {
            gen.pushNone();
        } else if (v instanceof ConstantValue.Bool b) {
            e.getStatic("dev/terrarium/runtime/PyBool", b.value() ? "TRUE" : "FALSE",
                "Ldev/terrarium/runtime/PyBool;");
        } else if (v instanceof ConstantValue.Int i) {
            e.pushIntConstant(i.value().toString());
        } else if (v instanceof ConstantValue.Float f) {
            e.pushFloatConstant(f.value());
        } else if (v instanceof ConstantValue.Str s) {
            e.pushStrConstant(s.value());
        } else if (v instanceof ConstantValue.Ellipsis el) {
            e.getStatic("dev/terrarium/runtime/PyEllipsis", "INSTANCE", "Ldev/terrarium/runtime/PyEllipsis;");
        } else if (v instanceof ConstantValue.Imaginary im) {
            e.pushImaginaryConstant(im.imag());
        } else if (v instanceof ConstantValue.Bytes b) {
            e.pushBytesConstant(b.value());
        }
    }
}
