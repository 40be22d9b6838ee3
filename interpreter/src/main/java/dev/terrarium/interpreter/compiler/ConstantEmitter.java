package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.ConstantValue;

/** Pushes a literal: singletons from their static fields, the rest as dynamic constants. */
final class ConstantEmitter {
    private ConstantEmitter() {}

    static void emit(Emitter e, ConstantValue v, CodeGen gen) {
        switch (v) {
            case ConstantValue.None n -> gen.pushNone();
            case ConstantValue.Bool b -> e.getStatic("dev/terrarium/runtime/PyBool", b.value() ? "TRUE" : "FALSE",
                    "Ldev/terrarium/runtime/PyBool;");
            case ConstantValue.Int i -> e.pushIntConstant(i.value().toString());
            case ConstantValue.Float f -> e.pushFloatConstant(f.value());
            case ConstantValue.Str s -> e.pushStrConstant(s.value());
            case ConstantValue.Ellipsis el -> throw CompileError.missingFeature("Ellipsis", 0, 0);
            case ConstantValue.Imaginary im -> throw CompileError.missingFeature("complex numbers", 0, 0);
            case ConstantValue.Bytes b -> throw CompileError.missingFeature("bytes literals", 0, 0);
        }
    }
}
