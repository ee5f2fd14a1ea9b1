package org.estatecare.registry.estate;

import java.time.LocalDate;
import java.util.Objects;

import org.estatecare.events.codes.LabelledCode;
import org.estatecare.events.codes.ManagementMode;

/**
 * A decision taken and recorded that has not taken effect yet: an exit (R-EXIT-1, R-EXIT-2) or a
 * management mode (R-MODE-1) from a later day. {@code reason} is set for an exit, {@code mode} for a
 * mode change.
 */
public record ScheduledChange(Kind kind, LocalDate effectiveOn, ExitReason reason, ManagementMode mode) {

    public enum Kind implements LabelledCode {
        EXIT("退出长效管理"),
        MANAGEMENT_MODE("变更管理模式");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public ScheduledChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    static ScheduledChange exit(ExitRecord exit) {
        return new ScheduledChange(Kind.EXIT, exit.effectiveDate(), exit.reason(), null);
    }

    static ScheduledChange mode(ModeSpell spell) {
        return new ScheduledChange(Kind.MANAGEMENT_MODE, spell.effectiveFrom(), null, spell.mode());
    }
}
