package org.estatecare.complaints.open311;

import java.util.List;
import java.util.Map;

/** GeoReport v2's XML: a root element holding one element per item, each with one child per field. */
public final class Xml {

    private Xml() {
    }

    public static String of(String root, String item, List<Map<String, Object>> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
        for (Map<String, Object> entry : items) {
            xml.append('<').append(item).append('>');
            entry.forEach((name, value) -> element(xml, name, value));
            xml.append("</").append(item).append('>');
        }
        return xml.append("</").append(root).append(">\n").toString();
    }

    /** One element holding a map's fields: {@code <root><field>…</field>…</root>}. */
    public static String document(String root, Map<String, Object> fields) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        element(xml, root, fields);
        return xml.append('\n').toString();
    }

    /** A list is written as repeated elements named by the singular: {@code <formats><format>…}. */
    private static void element(StringBuilder xml, String name, Object value) {
        xml.append('<').append(name).append('>');
        if (value instanceof List<?> list) {
            String childName = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            for (Object child : list) {
                element(xml, childName, child);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((n, v) -> element(xml, String.valueOf(n), v));
        } else if (value != null) {
            xml.append(escape(String.valueOf(value)));
        }
        xml.append("</").append(name).append('>');
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
