package org.estatecare.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.estatecare.kit.domain.Aggregate;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    static final String KIT = "org.estatecare.kit..";
    static final String EVENTS = "org.estatecare.events..";
    static final String LOCAL = "org.estatecare.local..";
    /** The gateway is HTTP through and through: it has no domain, so only the "apart" rules apply to it. */
    static final String GATEWAY = "org.estatecare.gateway..";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.estatecare");

    /** Code of a service (registry, agreements, complaints, …): everything but the shared modules. */
    static final DescribedPredicate<JavaClass> SERVICE_CODE =
            resideInAPackage("org.estatecare..").and(not(resideInAnyPackage(KIT, EVENTS, LOCAL, GATEWAY)))
                    .as("service code");

    static final String[] WEB = {"org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
            "io.swagger.."};
    static final String[] PERSISTENCE_AND_MESSAGING = {"org.springframework.data.mongodb..", "com.mongodb..",
            "org.bson..", "org.springframework.kafka..", "org.apache.kafka.."};

    @Test
    void theGatewayKnowsNoServiceAndNoServiceTheGateway() {
        noClasses().that().resideInAPackage(GATEWAY)
                .should().dependOnClassesThat(resideInAPackage("org.estatecare..").and(not(resideInAPackage(GATEWAY))))
                .because("the gateway routes by configuration; it shares no code with the services")
                .check(CLASSES);
        noClasses().that(SERVICE_CODE).should().dependOnClassesThat().resideInAPackage(GATEWAY).check(CLASSES);
    }

    @Test
    void servicesDoNotImportEachOther() {
        slices().matching("org.estatecare.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(SERVICE_CODE, resideInAnyPackage(KIT, EVENTS))
                .ignoreDependency(resideInAPackage(KIT), resideInAPackage(EVENTS))
                .because("services share only platform-events (contracts) and platform-kit (mechanics)")
                .check(CLASSES);
    }

    @Test
    void sharedModulesKnowNoService() {
        noClasses().that().resideInAnyPackage(KIT, EVENTS)
                .should().dependOnClassesThat(SERVICE_CODE)
                .check(CLASSES);
        noClasses().that().resideInAPackage(EVENTS)
                .should().dependOnClassesThat().resideInAnyPackage(KIT, "org.springframework..")
                .because("event contracts are plain records every consumer can read")
                .check(CLASSES);
    }

    @Test
    void webStaysInTheWebPackages() {
        noClasses().that(SERVICE_CODE).and().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB)
                .because("controllers translate HTTP; the domain and application services know nothing of it")
                .check(CLASSES);
    }

    @Test
    void aggregatesAndValueObjectsKnowNoWebPersistenceOrMessaging() {
        DescribedPredicate<JavaClass> domainTypes = SERVICE_CODE
                .and(assignableTo(Aggregate.class)
                        .or(DescribedPredicate.describe("record", JavaClass::isRecord))
                        .or(DescribedPredicate.describe("enum", JavaClass::isEnum)))
                .and(not(resideInAPackage("..web..")))
                .as("aggregates, records and enums of the domain");
        noClasses().that(domainTypes)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_AND_MESSAGING)
                .orShould().dependOnClassesThat().resideInAnyPackage(WEB)
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("..web..")
                .orShould().resideInAnyPackage(KIT, GATEWAY)
                .check(CLASSES);
    }
}
