package org.estatecare.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Compares two versions of a payload schema from a consumer's point of view: a consumer written
 * against {@code before} must still read every payload valid under {@code after}.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    static List<String> breakingChanges(JsonNode before, JsonNode after) {
        List<String> breaks = new ArrayList<>();
        JsonNode oldProps = before.path("properties");
        JsonNode newProps = after.path("properties");
        Set<String> newRequired = strings(after.path("required"));
        for (String name : oldProps.propertyNames()) {
            JsonNode oldProp = oldProps.get(name);
            JsonNode newProp = newProps.get(name);
            if (newProp == null) {
                breaks.add("property '" + name + "' was removed");
            } else {
                if (oldProp.has("type") && !oldProp.path("type").equals(newProp.path("type"))) {
                    breaks.add("property '" + name + "' changed type from " + oldProp.path("type") + " to " + newProp.path("type"));
                }
                if (oldProp.has("enum")) {
                    List<String> added = new ArrayList<>();
                    Set<String> oldValues = strings(oldProp.path("enum"));
                    newProp.path("enum").forEach(v -> {
                        if (!oldValues.contains(v.asString())) {
                            added.add("\"" + v.asString() + "\"");
                        }
                    });
                    if (!added.isEmpty() || !newProp.has("enum")) {
                        breaks.add("property '" + name + "' gained enum values " + (newProp.has("enum") ? added : "(any)"));
                    }
                }
            }
            if (strings(before.path("required")).contains(name) && !newRequired.contains(name)) {
                breaks.add("property '" + name + "' is no longer required");
            }
        }
        return breaks;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
