package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployablesTest {

    static final Path REPOSITORY = Path.of("../../..");

    @Test
    void theRepositorysManifestNamesTheServicesInStartOrderAndTheGateway() {
        Deployables deployables = Deployables.of(REPOSITORY);

        assertThat(deployables.services()).extracting(Deployables.Deployable::name)
                .containsExactly("estate-registry", "agreements", "complaints", "assessments", "subsidies", "webhooks");
        assertThat(deployables.gateway().name()).isEqualTo("gateway");
        assertThat(deployables.named("estate-registry").gatewayRouteVariable()).isEqualTo("ESTATECARE_GATEWAY_SERVICES_REGISTRY_URI");
        assertThat(deployables.named("assessments").gatewayRouteVariable()).isEqualTo("ESTATECARE_GATEWAY_SERVICES_ASSESSMENTS_URI");
        assertThat(deployables.named("subsidies").gatewayRouteVariable()).isEqualTo("ESTATECARE_GATEWAY_SERVICES_SUBSIDIES_URI");
        assertThat(deployables.named("complaints").jar(REPOSITORY))
                .isEqualTo(REPOSITORY.resolve("services/complaints/target/complaints-exec.jar"));
    }

    @Test
    void aMisspeltKeyFailsTheRead(@TempDir Path home) throws Exception {
        manifest(home, """
                deployables:
                  - {name: gateway, kind: gateway, module: gateway, port: 8080, managementPort: 9080, potr: 8081}
                """);

        assertThatThrownBy(() -> Deployables.of(home)).hasMessageContaining("potr");
    }

    @Test
    void aServiceNeedsItsDatabaseAndRoute(@TempDir Path home) throws Exception {
        manifest(home, """
                deployables:
                  - {name: gateway, kind: gateway, module: gateway, port: 8080, managementPort: 9080}
                  - {name: registry, kind: service, module: services/registry, port: 8081, managementPort: 9081, local: {mongoPort: 27101}}
                """);

        assertThatThrownBy(() -> Deployables.of(home)).hasMessageContaining("registry: database");
    }

    @Test
    void everyDeployableHasItsActuatorsOnAPortOfTheirOwn(@TempDir Path home) throws Exception {
        manifest(home, """
                deployables:
                  - {name: gateway, kind: gateway, module: gateway, port: 8080}
                """);
        assertThatThrownBy(() -> Deployables.of(home)).hasMessageContaining("gateway: managementPort");

        manifest(home, """
                deployables:
                  - {name: gateway, kind: gateway, module: gateway, port: 8080, managementPort: 8080}
                """);
        assertThatThrownBy(() -> Deployables.of(home)).hasMessageContaining("gateway: managementPort");
    }

    @Test
    void withoutTheManifestTheLauncherSaysWhereToStart(@TempDir Path home) {
        assertThatThrownBy(() -> Deployables.of(home)).hasMessageContaining("start from the repository's root folder");
    }

    private static void manifest(Path home, String yaml) throws Exception {
        Files.createDirectories(home.resolve("deploy"));
        Files.writeString(home.resolve(Deployables.FILE), yaml);
    }
}
