package org.estatecare.kit.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.events.ids.Identifier;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Typed ids are stored, queried and indexed as their plain text, so a document written before ids
 * were typed reads the same and a query on {@code estateId} matches either way.
 */
public final class IdentifierConversion implements GenericConverter {

    /** The platform's shared ids; a service adds its own with {@link #with}. */
    public static final List<IdType<?>> SHARED = List.of(new IdType<>(EstateId.class, EstateId::new),
            new IdType<>(AgreementId.class, AgreementId::new), new IdType<>(ComplaintId.class, ComplaintId::new),
            new IdType<>(CompanyId.class, CompanyId::new));

    /** An id type and how to make it from its text. */
    public record IdType<T extends Identifier>(Class<T> type, Function<String, T> fromText) {
    }

    private final List<IdType<?>> types;
    /** Looked up on every stored id read: by class, not by scanning the list. */
    private final Map<Class<?>, Function<String, ? extends Identifier>> fromText = new HashMap<>();

    private IdentifierConversion(List<IdType<?>> types) {
        this.types = List.copyOf(types);
        types.forEach(id -> fromText.put(id.type(), id.fromText()));
    }

    public static IdentifierConversion shared() {
        return new IdentifierConversion(SHARED);
    }

    /** The shared ids and more of a service's own. */
    public IdentifierConversion with(IdType<?>... more) {
        List<IdType<?>> all = new java.util.ArrayList<>(types);
        all.addAll(List.of(more));
        return new IdentifierConversion(all);
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> pairs = new HashSet<>();
        for (IdType<?> id : types) {
            pairs.add(new ConvertiblePair(id.type(), String.class));
            pairs.add(new ConvertiblePair(String.class, id.type()));
        }
        return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        if (source instanceof Identifier id) {
            return id.value();
        }
        Function<String, ? extends Identifier> read = fromText.get(targetType.getType());
        if (read == null) {
            throw new IllegalArgumentException("no id type " + targetType.getType().getName());
        }
        return read.apply((String) source);
    }
}
