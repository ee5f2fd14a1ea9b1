package org.estatecare.registry.estate;

import java.util.Objects;

import org.estatecare.events.codes.BasicService;

/** Who provides one basic service to an estate without a company: of which kind, by name (R-SCOPE-1). */
public record ServiceProvider(BasicService service, ServiceProviderKind kind, String name) {

    public ServiceProvider {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a provider is named");
        }
    }
}
