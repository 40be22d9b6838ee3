package dev.terrarium.interpreter.compiler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class writer of a generated module class (an ASM {@link ClassWriter} with COMPUTE_FRAMES,
 * whose methods cannot be overridden, hence this wrapper). Besides writing, it notes every dynamic
 * constant ({@code ldc} of a literal, see {@link Emitter#pushIntConstant}) any method loads,
 * so that {@link #emitConstantResolution} can load them all once when the module starts.
 *
 * <p>Why: HotSpot's JIT compilers (C1 and C2 of JDK 17) refuse to compile a method while
 * one of its dynamic constants is still unresolved ("could not resolve a constant"). A
 * function whose hot loop is followed by {@code return 0} would then run interpreted for its
 * whole first call, which in a script is often the only call. Resolved constants are shared
 * by the whole class, so resolving them up front lets every method compile.
 */
final class ModuleClassWriter extends ClassVisitor implements Opcodes {
    /** Constants per resolving method: 4 bytes of bytecode each, far below the 64 KiB limit. */
    private static final int PER_METHOD = 4000;
    static final String RESOLVE_METHOD = "$constants";

    private final Set<ConstantDynamic> constants = new LinkedHashSet<>();

    private final ClassWriter writer;

    ModuleClassWriter() {
        this(newClassWriter());
    }

    private ModuleClassWriter(ClassWriter writer) {
        super(ASM9, writer);
        this.writer = writer;
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

    /** The class file; see {@link ClassWriter#toByteArray}. */
    byte[] toByteArray() {
        return writer.toByteArray();
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new MethodVisitor(ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof ConstantDynamic c) {
                    constants.add(c);
                }
                super.visitLdcInsn(value);
            }
        };
    }

    /**
     * Writes {@code $constants()V} (and helpers when there are many), which loads every dynamic
     * constant noted so far; the module method calls it first. Call once, after all other methods.
     */
    void emitConstantResolution() {
        List<ConstantDynamic> all = new ArrayList<>(constants);
        int parts = Math.max(1, (all.size() + PER_METHOD - 1) / PER_METHOD);
        MethodVisitor main = super.visitMethod(ACC_PRIVATE | ACC_STATIC, RESOLVE_METHOD, "()V", null, null);
        main.visitCode();
        for (int p = 0; p < parts; p++) {
            List<ConstantDynamic> part = all.subList(p * PER_METHOD, Math.min(all.size(), (p + 1) * PER_METHOD));
            if (parts == 1) {
                load(main, part);
            } else {
                String name = RESOLVE_METHOD + "$" + p;
                MethodVisitor mv = super.visitMethod(ACC_PRIVATE | ACC_STATIC, name, "()V", null, null);
                mv.visitCode();
                load(mv, part);
                mv.visitInsn(RETURN);
                mv.visitMaxs(0, 0);
                mv.visitEnd();
                main.visitMethodInsn(INVOKESTATIC, className(), name, "()V", false);
            }
        }
        main.visitInsn(RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
    }

    private static void load(MethodVisitor mv, List<ConstantDynamic> constants) {
        for (ConstantDynamic c : constants) {
            mv.visitLdcInsn(c);
            mv.visitInsn(c.getSize() == 2 ? POP2 : POP);
        }
    }

    private String className;

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = name;
        super.visit(version, access, name, signature, superName, interfaces);
    }

    private String className() {
        return className;
    }
}
