package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.Emitter.PYDICT;

import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles one Python module to one JVM class: a static {@code globals} field, a
 * method {@code $module(PyDict)} for the top-level code, and one static method per
 * function, named after it so that Java stack traces read as Python tracebacks
 * ({@link #pythonName} maps the names back).
 */
public final class ModuleCompiler implements Opcodes {
    /** Package of every generated class; the traceback keeps only frames of this package. */
    public static final String GENERATED_PACKAGE = "dev.terrarium.gen";
    public static final String MODULE_METHOD = "$module";

    private final String className;
    private final String filename;
    private ClassWriter cw;
    private PositionTable positions;
    private int functionCount;
    /** Local variable names of each generated method, parameters first (CPython's co_varnames). */
    private final java.util.Map<String, List<String>> localNames = new java.util.HashMap<>();

    public ModuleCompiler(String className, String filename) {
        this.className = GENERATED_PACKAGE.replace('.', '/') + "/" + className;
        this.filename = filename;
    }

    private static ClassWriter newClassWriter() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                // Generated code only merges runtime values; never load classes to find out.
                if (a.startsWith("dev/terrarium/runtime/") && b.startsWith("dev/terrarium/runtime/")) {
                    return Emitter.PYOBJECT;
                }
                return "java/lang/Object";
            }
        };
    }

    /** The binary name of the generated class. */
    public String binaryName() {
        return className.replace('/', '.');
    }

    /** Compiles {@code module}; returns the class file. */
    public byte[] compile(Module module) {
        try {
            return compile(module, false);
        } catch (PositionTable.Full full) {
            return compile(module, true);
        }
    }

    /**
     * Positions of the generated class's line number entries (entry n is the span of
     * line number n), or null when the entries are plain line numbers.
     */
    public List<Span> positions() {
        return positions.spans();
    }

    private byte[] compile(Module module, boolean linesOnly) {
        cw = newClassWriter();
        positions = new PositionTable(linesOnly);
        functionCount = 0;
        localNames.clear();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, "java/lang/Object", null);
        cw.visitSource(filename, null);
        cw.visitField(ACC_PUBLIC | ACC_STATIC, "globals", "L" + PYDICT + ";", null, null).visitEnd();

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, MODULE_METHOD, "(L" + PYDICT + ";)V", null, null);
        mv.visitCode();
        Emitter e = new Emitter(mv);
        mv.visitVarInsn(ALOAD, 0);
        e.putStatic(className, "globals", "L" + PYDICT + ";");
        CodeGen gen = new CodeGen(this, e, new Scope(Scope.Kind.MODULE, java.util.Set.of()), "", 1);
        gen.block(module.body());
        e.returnVoid();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Local variable names by generated method name, for NameError suggestions. */
    public java.util.Map<String, List<String>> localNames() {
        return localNames;
    }

    /** The line number table entry standing for {@code span}. */
    int positionCode(Span span) {
        return positions.code(span);
    }

    void loadGlobals(Emitter e) {
        e.getStatic(className, "globals", "L" + PYDICT + ";");
    }

    /** Compiles a def into its own method and leaves a new PyFunction on {@code outer}'s stack. */
    void function(Stmt.FunctionDef f, CodeGen outer, String qualnamePrefix) {
        Arguments args = f.args();
        if (!args.posonlyargs().isEmpty() || args.vararg() != null || !args.kwonlyargs().isEmpty() || args.kwarg() != null) {
            throw CompileError.missingFeature("this parameter kind", f.span().lineno(), f.span().colOffset());
        }
        if (!f.decoratorList().isEmpty()) {
            throw CompileError.missingFeature("decorators", f.span().lineno(), f.span().colOffset());
        }
        List<Arg> params = args.args();
        if (params.size() > 250) {
            throw CompileError.missingFeature("more than 250 parameters", f.span().lineno(), f.span().colOffset());
        }
        String methodName = f.name() + "$" + (functionCount++);
        String desc = "(" + OBJ.repeat(params.size()) + ")" + OBJ;
        String qualname = qualnamePrefix + f.name();

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, methodName, desc, null, null);
        mv.visitCode();
        Emitter e = new Emitter(mv);
        Scope scope = ScopeAnalyzer.function(params, f.body(), 0);
        ScopeAnalyzer.rejectClosures(f, scope, outer.scope());
        localNames.put(methodName, List.copyOf(scope.locals.keySet()));
        CodeGen gen = new CodeGen(this, e, scope, qualname + ".<locals>.", scope.locals.size());
        // Locals other than parameters start unbound.
        for (var entry : scope.locals.entrySet()) {
            if (entry.getValue() >= params.size()) {
                e.pushNull();
                e.storeLocal(entry.getValue());
            }
        }
        gen.block(f.body());
        gen.pushNone();
        e.returnValue();
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // In the outer code: new PyFunction(name, qualname, handle, names, defaults, globals)
        Emitter o = outer.emitter();
        String fn = "dev/terrarium/runtime/PyFunction";
        o.newObject(fn);
        o.pushString(f.name());
        o.pushString(qualname);
        o.methodHandle(className, methodName, desc);
        String[] names = new String[params.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = params.get(i).arg();
        }
        o.stringArray(names);
        List<Expr> defaults = new ArrayList<>(args.defaults());
        o.newObjectArray(defaults.size());
        for (int i = 0; i < defaults.size(); i++) {
            o.dup();
            o.pushInt(i);
            outer.expr(defaults.get(i));
            o.mv.visitInsn(AASTORE);
        }
        loadGlobals(o);
        o.invokeConstructor(fn, "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/invoke/MethodHandle;[Ljava/lang/String;["
                + OBJ + "L" + PYDICT + ";)V");
    }

    /**
     * The Python name of a generated method, for tracebacks: {@code f$3} is {@code f},
     * {@code $module} is {@code <module>}.
     */
    public static String pythonName(String methodName) {
        if (methodName.equals(MODULE_METHOD)) {
            return "<module>";
        }
        int dollar = methodName.lastIndexOf('$');
        return dollar > 0 ? methodName.substring(0, dollar) : methodName;
    }
}
