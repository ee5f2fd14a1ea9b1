package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.assertj.core.api.SoftAssertions;
import org.estatecare.events.EventCatalog;
import org.estatecare.events.EventTopic;
import org.estatecare.local.Deployables.Deployable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * {@code deploy/deployables.yml} says what the code says: each deployable's name, ports and jar are
 * those of its module, and the topics it publishes are those the event contracts give it.
 */
class DeployablesTest {

    @Test
    void everyDeployableIsItsModulesApplicationOnItsPortAndJar() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Deployable deployable : Manifest.deployables()) {
            Path module = Manifest.ROOT.resolve(deployable.module());
            JsonNode application = Manifest.YAML.readTree(module.resolve("src/main/resources/application.yml").toFile());
            softly.assertThat(application.path("spring").path("application").path("name").asString())
                    .as("%s: spring.application.name", deployable.name()).isEqualTo(deployable.name());
            softly.assertThat(application.path("server").path("port").asInt())
                    .as("%s: server.port", deployable.name()).isEqualTo(deployable.port());
            softly.assertThat(application.path("management").path("server").path("port").asInt())
                    .as("%s: management.server.port (the actuators' own port)", deployable.name())
                    .isEqualTo(deployable.managementPort());
            softly.assertThat(finalName(module.resolve("pom.xml")))
                    .as("%s: the jar its pom builds (build/finalName)", deployable.name()).isEqualTo(deployable.name());
        }
        softly.assertAll();
    }

    @Test
    void theTopicsArePublishedAsTheEventContractsSayAndConsumedFromAPublisher() {
        SoftAssertions softly = new SoftAssertions();
        Set<String> published = new TreeSet<>();
        for (Deployable deployable : Manifest.deployables()) {
            softly.assertThat(deployable.publishes()).as("%s publishes (EventCatalog)", deployable.name())
                    .containsExactlyInAnyOrderElementsOf(EventCatalog.producedBy(deployable.name()));
            published.addAll(deployable.publishes());
        }
        softly.assertThat(published).as("every topic of the event contracts has its publisher here")
                .isEqualTo(EventCatalog.topics().stream().map(EventTopic::name).collect(Collectors.toCollection(TreeSet::new)));
        for (Deployable deployable : Manifest.deployables()) {
            softly.assertThat(published).as("%s consumes topics someone publishes", deployable.name())
                    .containsAll(deployable.consumes());
        }
        softly.assertAll();
    }

    /** build/finalName of a pom, read as XML. */
    static String finalName(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList build = document.getDocumentElement().getElementsByTagName("build");
        NodeList finalName = build.getLength() == 0 ? build : ((org.w3c.dom.Element) build.item(0)).getElementsByTagName("finalName");
        return finalName.getLength() == 0 ? null : finalName.item(0).getTextContent().strip();
    }
}
