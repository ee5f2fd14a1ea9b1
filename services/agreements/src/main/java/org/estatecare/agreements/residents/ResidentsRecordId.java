package org.estatecare.agreements.residents;

import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.Identifier;

/** The id of a household's fee account or of a damage record, issued when it is opened. */
public record ResidentsRecordId(@JsonValue String value) implements Identifier {

    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");

    public ResidentsRecordId {
        Identifier.checked(value, "record id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a record id holds letters, digits and '-' only");
        }
    }

    @JsonCreator
    public static ResidentsRecordId of(String value) {
        return new ResidentsRecordId(value);
    }

    static ResidentsRecordId issue(String prefix) {
        return new ResidentsRecordId(prefix + "-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
