package org.estatecare.events.codes;

/** A code with its Chinese label; implemented by enums, whose {@link #name()} is the code. */
public interface LabelledCode {

    /** The code, as it travels in JSON and events. */
    String name();

    /** What a person reads for the code. */
    String label();
}
