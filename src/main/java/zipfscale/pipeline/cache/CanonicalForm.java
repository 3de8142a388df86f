package zipfscale.pipeline.cache;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Call;
import zipfscale.expr.Symbol;

/**
 * A canonical text of a model value, for cache keys: records printed component by component by reflection
 * (so a component added to a record, e.g. a new budget in {@code CheckSettings}, enters the text without an
 * edit here), maps sorted by key, {@link SourceSpan}s left out (moving a claim down a line does not change
 * what it states). An object that is neither a record nor a plain value (a backend) prints as its class
 * name, which tells a test's fake backend from the engine's.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        print(value, out);
        return out.toString();
    }

    /** Every symbol and function name mentioned in {@code value}'s expressions (for definition lookup). */
    public static Set<String> names(Object value) {
        Set<String> out = new TreeSet<>();
        collect(value, out, 0);
        return out;
    }

    private static void print(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof SourceSpan) {
            out.append('_');
        } else if (v instanceof String s) {
            out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Enum<?> || v instanceof Character
                || v instanceof java.time.Duration || v instanceof OptionalDouble) {
            out.append(v);
        } else if (v instanceof Optional<?> o) {
            out.append("Optional[");
            print(o.orElse(null), out);
            out.append(']');
        } else if (v instanceof Record r) {
            out.append(r.getClass().getName()).append('(');
            RecordComponent[] cs = r.getClass().getRecordComponents();
            for (int i = 0; i < cs.length; i++) {
                out.append(i == 0 ? "" : ",").append(cs[i].getName()).append('=');
                print(component(r, cs[i]), out);
            }
            out.append(')');
        } else if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(of(k), x));
            out.append('{');
            sorted.forEach((k, x) -> {
                out.append(k).append(':');
                print(x, out);
                out.append(';');
            });
            out.append('}');
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            for (Object x : c) {
                print(x, out);
                out.append(',');
            }
            out.append(']');
        } else if (v.getClass().isArray()) {
            out.append('[');
            for (int i = 0; i < Array.getLength(v); i++) {
                print(Array.get(v, i), out);
                out.append(',');
            }
            out.append(']');
        } else {
            String name = v.getClass().getName();
            int lambda = name.indexOf("$$Lambda");
            out.append('<').append(lambda < 0 ? name : name.substring(0, lambda)).append('>');
        }
    }

    private static void collect(Object v, Set<String> out, int depth) {
        if (v instanceof Symbol s) {
            out.add(s.name());
        } else if (v instanceof Call c) {
            out.add(c.function());
        }
        if (v instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                collect(component(r, c), out, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> collect(x, out, depth + 1));
        } else if (v instanceof Collection<?> c) {
            c.forEach(x -> collect(x, out, depth + 1));
        } else if (v instanceof Optional<?> o) {
            o.ifPresent(x -> collect(x, out, depth + 1));
        }
    }

    static Object component(Record r, RecordComponent c) {
        try {
            java.lang.reflect.Method m = c.getAccessor();
            m.setAccessible(true);
            return m.invoke(r);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
        }
    }
}
