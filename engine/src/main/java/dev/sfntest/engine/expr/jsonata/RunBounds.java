package dev.sfntest.engine.expr.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.lang.reflect.Field;

/**
 * Per-evaluation guard installed as dashjoin's entry/exit callbacks: fails function calls nested deeper than
 * AWS allows and expressions that run past a time budget, with jsonata-js's timebox messages (code U1001), and
 * remembers the root result so that JSON {@code null} can be told apart from undefined.
 */
final class RunBounds {
    static final String STACK_OVERFLOW =
            "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.";
    static final String TIMEOUT = "Expression evaluation timeout: Check for infinite loop";

    private static final Field SYMBOL_TYPE = symbolTypeField();

    private final int maxCallDepth;
    private final long deadline;
    private int evalDepth;
    private int callDepth;
    private int steps;
    private boolean rootSeen;
    private Object rootResult;

    RunBounds(int maxCallDepth, long budgetMillis) {
        this.maxCallDepth = maxCallDepth;
        this.deadline = System.currentTimeMillis() + budgetMillis;
    }

    void install(Jsonata.Frame frame) {
        // The callbacks' parameter type (Parser.Symbol) is package-private in dashjoin, so no lambda can
        // implement them; a proxy can.
        frame.setEvaluateEntryCallback(proxy(Jsonata.EntryCallback.class, args -> enter(args[0])));
        frame.setEvaluateExitCallback(proxy(Jsonata.ExitCallback.class, args -> exit(args[0], args[3])));
    }

    private static <T> T proxy(Class<T> type, java.util.function.Consumer<Object[]> body) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> self == args[0];
                            case "hashCode" -> System.identityHashCode(self);
                            default -> "RunBounds callback";
                        };
                    }
                    body.accept(args);
                    return null;
                }));
    }

    private void enter(Object symbol) {
        evalDepth++;
        if (isCall(symbol) && ++callDepth > maxCallDepth) {
            throw JsonataException.error("U1001", STACK_OVERFLOW);
        }
        if ((++steps & 0xff) == 0 && System.currentTimeMillis() > deadline) {
            throw JsonataException.error("U1001", TIMEOUT);
        }
    }

    private void exit(Object symbol, Object result) {
        evalDepth--;
        if (isCall(symbol)) callDepth--;
        if (evalDepth == 0) {
            rootSeen = true;
            rootResult = result;
        }
    }

    /** True when the root expression produced JSON null (dashjoin's NULL_VALUE) rather than undefined. */
    boolean rootResultWasNull() {
        if (!rootSeen) return false;
        // A path yields a one-element sequence that dashjoin unwraps after this callback.
        Object result = rootResult instanceof java.util.List<?> list && list.size() == 1 ? list.get(0) : rootResult;
        return result == Jsonata.NULL_VALUE;
    }

    private static boolean isCall(Object symbol) {
        if (SYMBOL_TYPE == null || symbol == null) return false;
        try {
            Object type = SYMBOL_TYPE.get(symbol);
            return "function".equals(type) || "partial".equals(type);
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    private static Field symbolTypeField() {
        try {
            Field field = Class.forName("com.dashjoin.jsonata.Parser$Symbol").getDeclaredField("type");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // depth limit off; the time budget still applies
        }
    }
}
