package zipfscale.pipeline.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a result record as a JSON tree and reads it back, by reflection over record components, so that
 * a field added to a result record is cached without an edit here. Components whose type is a
 * <em>context</em> type (the derivation, the claim, the value or plot statement) are not written: reading
 * fills them from the current run, whose objects carry today's source positions.
 *
 * <p>Reading trusts nothing: a sealed interface is read only as one of its permitted records (named by
 * simple name), every value is checked against the declared type, and the record's own constructor
 * validates it. Anything unexpected throws {@link IllegalArgumentException}, and the caller ignores the
 * entry. A type the codec does not know (a non-sealed interface, a class that is not a record) also
 * throws, on writing, so such a result is simply not cached.
 */
final class RecordCodec {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final List<Object> context;

    /** @param context objects of the current run that fill context components when reading */
    RecordCodec(List<Object> context) {
        this.context = context;
    }

    JsonNode write(Object value, Type declared) {
        Class<?> raw = raw(declared);
        if (value == null) {
            return F.nullNode();
        }
        if (raw == String.class) {
            return F.textNode((String) value);
        }
        if (raw == int.class || raw == Integer.class) {
            return F.numberNode((Integer) value);
        }
        if (raw == long.class || raw == Long.class) {
            return F.numberNode((Long) value);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return F.booleanNode((Boolean) value);
        }
        if (raw == double.class || raw == Double.class) {
            double d = (Double) value;
            return Double.isFinite(d) ? F.numberNode(d) : F.textNode(Double.toString(d));
        }
        if (raw == BigInteger.class || raw == BigDecimal.class) {
            return F.textNode(value.toString());
        }
        if (raw.isEnum()) {
            return F.textNode(((Enum<?>) value).name());
        }
        if (raw == OptionalDouble.class) {
            OptionalDouble o = (OptionalDouble) value;
            ArrayNode a = F.arrayNode();
            o.ifPresent(x -> a.add(write(x, double.class)));
            return a;
        }
        if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) value;
            ArrayNode a = F.arrayNode();
            o.ifPresent(x -> a.add(write(x, argument(declared, 0))));
            return a;
        }
        if (List.class.isAssignableFrom(raw)) {
            ArrayNode a = F.arrayNode();
            for (Object x : (List<?>) value) {
                a.add(write(x, argument(declared, 0)));
            }
            return a;
        }
        if (Map.class.isAssignableFrom(raw)) {
            ArrayNode a = F.arrayNode();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                a.addArray().add(write(e.getKey(), argument(declared, 0))).add(write(e.getValue(), argument(declared, 1)));
            }
            return a;
        }
        if (raw.isArray()) {
            ArrayNode a = F.arrayNode();
            for (int i = 0; i < Array.getLength(value); i++) {
                a.add(write(Array.get(value, i), raw.getComponentType()));
            }
            return a;
        }
        if (raw.isSealed() && raw.isInterface()) {
            ObjectNode o = F.objectNode();
            o.put("@type", value.getClass().getSimpleName());
            o.set("value", write(value, value.getClass()));
            return o;
        }
        if (raw.isRecord() && value.getClass() == raw) {
            ObjectNode o = F.objectNode();
            for (RecordComponent c : raw.getRecordComponents()) {
                if (!isContext(c.getType())) {
                    o.set(c.getName(), write(CanonicalForm.component((Record) value, c), c.getGenericType()));
                }
            }
            return o;
        }
        throw new IllegalArgumentException("not cacheable: " + raw.getName());
    }

    Object read(JsonNode node, Type declared) {
        Class<?> raw = raw(declared);
        if (node == null) {
            throw new IllegalArgumentException("missing field of type " + raw.getName());
        }
        if (node.isNull() && !raw.isPrimitive()) {
            return null;
        }
        if (raw == String.class) {
            return text(node);
        }
        if (raw == int.class || raw == Integer.class) {
            require(node.isInt(), node);
            return node.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            require(node.isIntegralNumber() && node.canConvertToLong(), node);
            return node.longValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            require(node.isBoolean(), node);
            return node.booleanValue();
        }
        if (raw == double.class || raw == Double.class) {
            if (node.isTextual()) {
                double d = Double.parseDouble(node.textValue());
                require(!Double.isFinite(d), node);
                return d;
            }
            require(node.isNumber(), node);
            return node.doubleValue();
        }
        if (raw == BigInteger.class) {
            return new BigInteger(text(node));
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(text(node));
        }
        if (raw.isEnum()) {
            for (Object c : raw.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(text(node))) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no constant " + node + " in " + raw.getName());
        }
        if (raw == OptionalDouble.class) {
            require(node.isArray() && node.size() <= 1, node);
            return node.size() == 0 ? OptionalDouble.empty() : OptionalDouble.of((Double) read(node.get(0), double.class));
        }
        if (raw == Optional.class) {
            require(node.isArray() && node.size() <= 1, node);
            return node.size() == 0 ? Optional.empty() : Optional.of(read(node.get(0), argument(declared, 0)));
        }
        if (raw == List.class) {
            require(node.isArray(), node);
            List<Object> out = new ArrayList<>();
            node.forEach(x -> out.add(read(x, argument(declared, 0))));
            return out;
        }
        if (raw == Map.class) {
            require(node.isArray(), node);
            Map<Object, Object> out = new LinkedHashMap<>();
            for (JsonNode e : node) {
                require(e.isArray() && e.size() == 2, e);
                out.put(read(e.get(0), argument(declared, 0)), read(e.get(1), argument(declared, 1)));
            }
            return out;
        }
        if (raw.isArray()) {
            require(node.isArray(), node);
            Object out = Array.newInstance(raw.getComponentType(), node.size());
            for (int i = 0; i < node.size(); i++) {
                Array.set(out, i, read(node.get(i), raw.getComponentType()));
            }
            return out;
        }
        if (raw.isSealed() && raw.isInterface()) {
            require(node.isObject() && node.size() == 2, node);
            String name = text(node.get("@type"));
            for (Class<?> sub : permittedLeaves(raw)) {
                if (sub.getSimpleName().equals(name)) {
                    return read(node.get("value"), sub);
                }
            }
            throw new IllegalArgumentException(name + " is not a " + raw.getName());
        }
        if (raw.isRecord()) {
            require(node.isObject(), node);
            RecordComponent[] cs = raw.getRecordComponents();
            Object[] args = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            int written = 0;
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                if (isContext(types[i])) {
                    args[i] = contextFor(types[i]);
                } else {
                    args[i] = read(node.get(cs[i].getName()), cs[i].getGenericType());
                    written++;
                }
            }
            require(written == node.size(), node);
            try {
                Constructor<?> k = raw.getDeclaredConstructor(types);
                k.setAccessible(true);
                return k.newInstance(args);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("cannot rebuild " + raw.getName() + ": " + e, e);
            }
        }
        throw new IllegalArgumentException("not cacheable: " + raw.getName());
    }

    private static List<Class<?>> permittedLeaves(Class<?> sealed) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c : sealed.getPermittedSubclasses()) {
            if (c.isSealed() && c.isInterface()) {
                out.addAll(permittedLeaves(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isContext(Class<?> type) {
        return type == zipfscale.claims.Derivation.class || type == zipfscale.claims.Claim.class
                || zipfscale.claims.Claim.class.isAssignableFrom(type) || type == zipfscale.claims.Exhibit.class
                || zipfscale.claims.Exhibit.class.isAssignableFrom(type)
                || type == zipfscale.claims.Extrapolation.class;
    }

    private Object contextFor(Class<?> type) {
        for (Object o : context) {
            if (type.isInstance(o)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " in the current run for this entry");
    }

    private static String text(JsonNode node) {
        require(node != null && node.isTextual(), node);
        return node.textValue();
    }

    private static void require(boolean ok, JsonNode node) {
        if (!ok) {
            throw new IllegalArgumentException("unexpected " + node);
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof GenericArrayType g) {
            return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        throw new IllegalArgumentException("not cacheable: " + t);
    }

    private static Type argument(Type t, int i) {
        if (t instanceof ParameterizedType p) {
            Type a = p.getActualTypeArguments()[i];
            if (a instanceof Class<?> || a instanceof ParameterizedType) {
                return a;
            }
        }
        throw new IllegalArgumentException("not cacheable: " + t);
    }

}
