package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who provides the basic services of an estate no company serves, over real HTTP (R-SCOPE-1). */
class ServiceProvidersIT extends RegistryIntegrationTest {

    static final String ALL_FOUR = """
            {"providers": [{"service": "GATE_DUTY", "kind": "VOLUNTEERS", "name": "新华楼门志愿队"},
                           {"service": "PATROL", "kind": "VOLUNTEERS", "name": "新华楼门志愿队"},
                           {"service": "CLEANING", "kind": "PROFESSIONAL_UNIT", "name": "河东环卫保洁公司"},
                           {"service": "PARKING", "kind": "RESIDENTS_COMMITTEE", "name": "新华社区居委会"}],
             "documents": ["新华社区居民自治公约"]}""";

    @Test
    @DisplayName("R-SCOPE-1: an estate that governs itself shows the basic services nobody provides until the street office names a provider for each")
    void providersNamedForAnEstateWithoutACompany() {
        String id = includedEstate("chunhua", "chunhua-xinhua");
        assertThat(as("admin").get("/api/estates/" + id).json().path("unprovidedServices").size()).as("the company provides them").isZero();
        Api.Response mode = as("admin").post("/api/estates/" + id + "/management-mode",
                "{\"mode\": \"RESIDENT_SELF_GOVERNANCE\", \"effectiveFrom\": \"" + today() + "\"}");
        assertThat(mode.status()).as(mode.toString()).isEqualTo(200);
        assertThat(as("chunhua-officer").get("/api/estates/" + id).json().path("unprovidedServices"))
                .extracting(s -> s.path("code").asString()).containsExactly("GATE_DUTY", "PATROL", "CLEANING", "PARKING");

        Api.Response partial = as("chunhua-officer").post("/api/estates/" + id + "/basic-service-providers", """
                {"providers": [{"service": "GATE_DUTY", "kind": "VOLUNTEERS", "name": "新华楼门志愿队"}]}""");
        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.body()).contains("R-SCOPE-1").contains("PATROL").contains("CLEANING").contains("PARKING");
        assertThat(as("admin").get("/api/estates/" + id).json().path("serviceProviders").size()).as("nothing recorded").isZero();
        assertThat(as("dongxin-officer").post("/api/estates/" + id + "/basic-service-providers", ALL_FOUR).status())
                .as("another street's estate").isEqualTo(404);

        Api.Response named = as("chunhua-officer").post("/api/estates/" + id + "/basic-service-providers", ALL_FOUR);
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().path("unprovidedServices").size()).isZero();
        assertThat(named.json().path("serviceProviders")).extracting(p -> p.path("service").path("code").asString() + "="
                + p.path("kind").path("label").asString() + "/" + p.path("name").asString()).containsExactly(
                "GATE_DUTY=志愿服务队伍/新华楼门志愿队", "PATROL=志愿服务队伍/新华楼门志愿队", "CLEANING=专业服务单位/河东环卫保洁公司",
                "PARKING=社区居民委员会/新华社区居委会");
        assertThat(as("admin").get("/api/estates/" + id + "/history").json().path("content").toString())
                .contains("service-providers-named").contains("新华社区居民自治公约");
    }

    @Test
    @DisplayName("R-SCOPE-1: an estate in company mode is served by its company: naming other providers is refused and changes nothing")
    void notForAnEstateACompanyServes() {
        String id = includedEstate("chunhua", "chunhua-xinhua");
        long revision = as("admin").get("/api/estates/" + id).json().path("revision").asLong();
        Api.Response refused = as("chunhua-officer").post("/api/estates/" + id + "/basic-service-providers", ALL_FOUR);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("company-provides");
        assertThat(as("admin").get("/api/estates/" + id).json().path("revision").asLong()).isEqualTo(revision);
        assertThat(as("admin").get("/api/codes/estates").json().path("serviceProviderKind").size()).isEqualTo(5);
    }
}
