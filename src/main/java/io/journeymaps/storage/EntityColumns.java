package io.journeymaps.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import net.java.ao.RawEntity;

/**
 * Sets entity columns by their database names (MAP_ID, CARD_TEXT…), so that the stores can build
 * one column map per row and use it both to insert and to update. Column names follow AO's
 * Atlassian field naming: setter {@code setCardText} writes column {@code CARD_TEXT}.
 */
public final class EntityColumns {
    private static final ClassValue<Map<String, Method>> SETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> setters = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (m.getName().startsWith("set") && m.getName().length() > 3 && m.getParameterCount() == 1) {
                    setters.put(columnName(m.getName().substring(3)), m);
                }
            }
            return setters;
        }
    };

    private EntityColumns() {
    }

    /** "CardText" → "CARD_TEXT". */
    static String columnName(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** Sets the given columns on the entity (call {@code save()} afterwards). */
    public static void write(RawEntity<?> entity, Map<String, Object> columns) {
        Map<String, Method> setters = SETTERS.get(entity.getEntityType());
        columns.forEach((column, value) -> {
            Method setter = setters.get(column);
            if (setter == null) {
                throw new IllegalArgumentException("no column " + column + " on " + entity.getEntityType().getSimpleName());
            }
            try {
                setter.invoke(entity, value);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
