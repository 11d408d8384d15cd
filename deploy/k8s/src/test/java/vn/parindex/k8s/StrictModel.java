package vn.parindex.k8s;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds fields the model does not know. The fabric8 and Strimzi model classes keep whatever they cannot map in
 * {@code additionalProperties} instead of failing; a misspelt {@code readinesProbe} or a field from another version
 * of a resource ends up there, so every such map in the object tree must be empty.
 */
final class StrictModel {

    private StrictModel() {
    }

    static List<String> unknownFields(Object root, String path) {
        List<String> unknown = new ArrayList<>();
        walk(root, path, unknown, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, Set<Object> seen, int depth) {
        // some models reach one value through two getters: each object is looked at once
        if (value == null || depth > 40 || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown, seen, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, unknown, seen, depth + 1));
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.kubernetes.api.model") && !type.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            if (name.equals("getAdditionalProperties")) {
                Object extra = invoke(getter, value);
                if (extra instanceof Map<?, ?> map && !map.isEmpty()) {
                    map.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else if (name.startsWith("get") && name.length() > 3 && !isIgnored(name)) {
                walk(invoke(getter, value), path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4), unknown, seen, depth + 1);
            }
        }
    }

    private static boolean isIgnored(String getter) {
        // derived views, not fields: they would walk the same values twice or loop
        return getter.equals("getClass") || getter.equals("getPlural") || getter.equals("getSingular")
                || getter.equals("getCRDName") || getter.equals("getFullResourceName") || getter.equals("getMarkedForDeletion");
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
