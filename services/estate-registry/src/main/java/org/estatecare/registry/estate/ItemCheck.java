package org.estatecare.registry.estate;

import java.util.Objects;

/** One item of the standard as checked at an attempt; a failed item says what to put right in its note. */
public record ItemCheck(TakeoverItem item, ItemResult result, String note) {

    public ItemCheck {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(result, "result");
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
