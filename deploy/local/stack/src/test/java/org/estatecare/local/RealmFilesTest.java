package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The realm as shipped ({@code deploy/keycloak/estatecare-realm.json}) is what a deployment imports:
 * it holds no secret anyone could know. The development secrets live in {@code dev-users.json}, which
 * only the local stack, the tests and compose merge in.
 */
class RealmFilesTest {

    @Test
    @DisplayName("the realm as shipped holds no client secret, no credential and no secret with a default")
    @SuppressWarnings("unchecked")
    void theRealmAsShippedHoldsNoKnownSecret() throws Exception {
        Map<String, Object> realm = RealmFiles.json(RealmFiles.REALM);

        for (Object entry : (List<Object>) realm.get("clients")) {
            Map<String, Object> client = (Map<String, Object>) entry;
            assertThat(client).as("client %s", client.get("clientId")).doesNotContainKeys("secret", "registrationAccessToken");
        }
        for (Object entry : (List<Object>) realm.getOrDefault("users", List.of())) {
            Map<String, Object> user = (Map<String, Object>) entry;
            assertThat(user).as("user %s: only the departments' service accounts, people come from the deployment",
                    user.get("username")).containsKey("serviceAccountClientId").doesNotContainKey("credentials");
        }
        String text = JSONObjectUtils.toJSONString(realm);
        assertThat(text).as("a secret's placeholder with a default is a known secret")
                .doesNotContainPattern("\\$\\{[A-Z0-9_]*(SECRET|PASSWORD|KEY|TOKEN)[A-Z0-9_]*:")
                .doesNotContain("\"credentials\"", "\"password\"", "dev-");
    }

    @Test
    @DisplayName("the realm as shipped lets no client take a password, and operators have a client of their own")
    @SuppressWarnings("unchecked")
    void theRealmAsShippedHasNoPasswordGrantAndAnOperationsClient() {
        Map<String, Object> realm = RealmFiles.json(RealmFiles.REALM);
        List<Map<String, Object>> clients = (List<Map<String, Object>>) (List<?>) realm.get("clients");

        assertThat(clients).as("password grant (direct access) is for development only")
                .noneMatch(client -> Boolean.TRUE.equals(client.get("directAccessGrantsEnabled")));
        assertThat(clients).extracting(client -> client.get("clientId"))
                .doesNotContain("estatecare-cli", "other-app", "estatecare-demo-data", "estatecare-test-short-lived")
                .contains("estatecare-operations");
        Map<String, Object> operations = clients.stream().filter(c -> "estatecare-operations".equals(c.get("clientId")))
                .findFirst().orElseThrow();
        assertThat(operations).containsEntry("publicClient", false).containsEntry("serviceAccountsEnabled", true);
        assertThat((List<Map<String, Object>>) (List<?>) realm.get("users"))
                .anySatisfy(user -> assertThat(user).containsEntry("serviceAccountClientId", "estatecare-operations")
                        .containsEntry("realmRoles", List.of("district-admin")));
        assertThat(RealmFiles.clientSecret("estatecare-operations")).isEqualTo("dev-operations-secret");
    }

    @Test
    @DisplayName("the local stack and the tests give the departments' clients their development secrets")
    void developmentSecretsComeFromTheDevelopmentFile() {
        assertThat(RealmFiles.clientSecret("dept-housing")).isEqualTo("dev-housing-secret");
        assertThat(RealmFiles.clientSecret("dept-city-management")).isEqualTo("dev-city-management-secret");
        assertThat(RealmFiles.clientSecret("estatecare-demo-data")).isEqualTo("dev-demo-data-secret");
    }

    @Test
    @DisplayName("only the development realm hashes its users' known passwords cheaply: the realm as shipped keeps Keycloak's default")
    void onlyTheDevelopmentRealmHasTheCheapPasswordPolicy() {
        assertThat(RealmFiles.json(RealmFiles.REALM)).doesNotContainKey("passwordPolicy");
        assertThat(RealmFiles.merged()).containsEntry("passwordPolicy", RealmFiles.json(RealmFiles.DEVELOPMENT).get("passwordPolicy"));
        assertThat((String) RealmFiles.merged().get("passwordPolicy")).startsWith("hashAlgorithm(pbkdf2-sha256)");
    }
}
