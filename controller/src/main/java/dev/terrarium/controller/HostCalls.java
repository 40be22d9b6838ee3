package dev.terrarium.controller;

import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.runtime.external.HostValues;
import dev.terrarium.runtime.external.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host functions of one sandbox configuration, and how {@code HOST_NAMES} and
 * {@code HOST_CALL} requests are answered: arguments decoded and validated by
 * {@link HostValueCodec}, the function called, its result or exception sent back. An
 * exception's message reaches the guest (bounded): host functions should not put secrets
 * in them.
 */
final class HostCalls {
    /** Most characters of an exception message sent to the guest. */
    static final int MAX_MESSAGE_CHARS = 4096;

    static final HostCalls NONE = new HostCalls(Map.of());

    private final Map<String, HostFunction> functions;

    HostCalls(Map<String, HostFunction> functions) {
        this.functions = new TreeMap<>(functions);
    }

    /** Whether {@code name} may name a host function: a Python identifier that is not a dunder. */
    static boolean isValidName(String name) {
        if (name.isEmpty() || !Character.isUnicodeIdentifierStart(name.codePointAt(0)) && name.charAt(0) != '_') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isUnicodeIdentifierPart(name.charAt(i)) || Character.isIdentifierIgnorable(name.charAt(i))) {
                return false;
            }
        }
        return !(name.startsWith("__") && name.endsWith("__"));
    }

    Reply names() {
        return Reply.ok(new ArrayList<Object>(functions.keySet()));
    }

    /** The answer to HOST_CALL {@code [name, flatArguments]} (argument types already checked). */
    Reply call(String name, List<Object> flatArguments) throws ProtocolViolation {
        HostFunction function = functions.get(name);
        if (function == null) {
            // The runtime only calls names it was given: a hostile child gets what a guest would.
            return raised("AttributeError", "module 'host' has no attribute '" + name + "'");
        }
        List<Object> args = HostValueCodec.decodeArguments(flatArguments);
        Object result;
        try {
            result = function.call(args);
        } catch (HostException e) {
            return raised(e.pythonType(), e.getMessage());
        } catch (Exception e) {
            return raised("RuntimeError", e.getMessage() != null ? e.getMessage() : e.getClass().getName());
        }
        try {
            return Reply.ok(HostValues.RETURNED, HostValueCodec.encode(result));
        } catch (HostValueCodec.Unsendable e) {
            return raised(e.pythonType, name + "(): " + e.getMessage());
        }
    }

    /** {@code text} with each unpaired surrogate replaced by U+FFFD: the wire carries only UTF-8. */
    private static String withoutLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return out.toString();
    }

    private static Reply raised(String type, String message) {
        String text = message == null ? "" : message;
        if (text.length() > MAX_MESSAGE_CHARS) {
            text = text.substring(0, MAX_MESSAGE_CHARS) + "...";
        }
        if (HostValueCodec.hasLoneSurrogate(text)) {
            text = withoutLoneSurrogates(text);
        }
        String safeType = isValidName(type) ? type : "RuntimeError";
        return Reply.ok(HostValues.RAISED, safeType, text);
    }
}
