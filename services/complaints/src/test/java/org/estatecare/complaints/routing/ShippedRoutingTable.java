package org.estatecare.complaints.routing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The routing table in the service's application.yml, bound exactly as the service binds it. */
public final class ShippedRoutingTable {

    private ShippedRoutingTable() {
    }

    public static RoutingTable hedong() {
        try {
            var environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment).bind("estatecare.complaints.routing", RoutingTable.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
