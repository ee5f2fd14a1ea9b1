package org.estatecare.kit.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text a request carries, checked where JSON becomes a {@code String}: only a JSON string is
 * text (a number or boolean is not silently turned into one), no control characters other than tab,
 * line feed and carriage return (a NUL or a bell in a name or an identifier breaks storage, search and
 * every reader), and no text longer than {@code estatecare.web.max-text-length} — a service's own
 * field limits are tighter; this is the ceiling no field may pass.
 */
public final class StrictText {

    private StrictText() {
    }

    /**
     * The Jackson module that reads every {@code String} (fields, lists, arrays) through the checks, and
     * every code (enum) and date or time from text as written: Jackson trims such text before it parses
     * it, and trimming drops control characters too, so {@code "SERVICE_COMPANY\u0000"} was taken.
     */
    public static SimpleModule module(int maxLength) {
        return new SimpleModule("estatecare-strict-text").addDeserializer(String.class, new Deserializer(maxLength))
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                                       BeanDescription.Supplier description,
                                                                       ValueDeserializer<?> deserializer) {
                        return new Untrimmed(deserializer);
                    }

                    @Override
                    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                                   ValueDeserializer<?> deserializer) {
                        Class<?> type = description.getBeanClass();
                        return type.getPackageName().equals("java.time") ? new Untrimmed(deserializer) : deserializer;
                    }
                });
    }

    /** Refuses a code or a date given as text with control characters or surrounding blanks, then reads it as usual. */
    static final class Untrimmed extends DelegatingDeserializer {

        Untrimmed(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Untrimmed(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString();
                if (hasAnyControlCharacter(text) || !text.equals(text.strip())) {
                    throw new RefusedText(parser, "is not a valid value (control characters or surrounding blanks)");
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /** The first refused character's position, or -1: C0 controls except tab, LF, CR; DEL; C1 controls. */
    public static int firstControlCharacter(CharSequence text) {
        return firstControlCharacter(text, true);
    }

    /** As {@link #firstControlCharacter}, but tab, LF and CR are refused too: for names in a URL. */
    public static boolean hasAnyControlCharacter(CharSequence text) {
        return firstControlCharacter(text, false) >= 0;
    }

    private static int firstControlCharacter(CharSequence text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
            if ((c < 0x20 && !(lineBreaksAllowed && lineBreak)) || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
        }
        return -1;
    }

    /** A text refused by the checks; its {@link #reason()} is safe to show to the caller. */
    public static final class RefusedText extends MismatchedInputException {

        private final String reason;

        RefusedText(JsonParser parser, String reason) {
            super(parser, reason, String.class);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    static final class Deserializer extends StdScalarDeserializer<String> {

        private final int maxLength;

        Deserializer(int maxLength) {
            super(String.class);
            this.maxLength = maxLength;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedText(parser, "must be a JSON string");
            }
            String text = parser.getString();
            if (text.length() > maxLength) {
                throw new RefusedText(parser, "is longer than " + maxLength + " characters");
            }
            int control = firstControlCharacter(text);
            if (control >= 0) {
                throw new RefusedText(parser, "contains a control character (U+%04X) at position %d"
                        .formatted((int) text.charAt(control), control));
            }
            return text;
        }
    }
}
