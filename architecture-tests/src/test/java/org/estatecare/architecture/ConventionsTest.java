package org.estatecare.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.estatecare.architecture.ArchitectureTest.CLASSES;
import static org.estatecare.architecture.ArchitectureTest.EVENTS;
import static org.estatecare.architecture.ArchitectureTest.KIT;
import static org.estatecare.architecture.ArchitectureTest.SERVICE_CODE;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.estatecare.kit.web.PageView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of {@code docs/architecture.md} that a machine can check. */
class ConventionsTest {

    /** Names under which an aggregate's id is kept; each has its typed record in {@code org.estatecare.events.ids}. */
    static final Set<String> ID_NAMES = Set.of("id", "estateId", "agreementId", "complaintId", "companyId");

    @Test
    void aggregateIdsAreTypedRecordsNotText() {
        noFields().that().areDeclaredInClassesThat(SERVICE_CODE)
                .and(DescribedPredicate.describe("are named " + ID_NAMES, (JavaField f) -> ID_NAMES.contains(f.getName())))
                .should().haveRawType(String.class)
                .because("an estate id must not be passable where an agreement id is meant: use EstateId, AgreementId, "
                        + "ComplaintId, CompanyId or the service's own id record")
                .check(CLASSES);
    }

    @Test
    void settingsAreConfigurationPropertiesRecords() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value")
                .because("settings are one @ConfigurationProperties record per concern, validated at start-up")
                .check(CLASSES);
        classes().that().areAnnotatedWith(ConfigurationProperties.class)
                .should(beRecords()).andShould().haveSimpleNameEndingWith("Properties")
                .check(CLASSES);
    }

    @Test
    void controllersBuildNoQueries() {
        noClasses().that().resideInAPackage("..web..").and(SERVICE_CODE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..", "org.bson..")
                .because("a controller turns HTTP into a filter record; the repository turns the filter into a query")
                .check(CLASSES);
    }

    @Test
    void everyListEndpointAnswersAPageView() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().haveRawReturnType(Page.class)
                .check(CLASSES);
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and(DescribedPredicate.describe("take a Pageable",
                        (JavaMethod m) -> m.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Pageable.class))))
                .should(answerAPageView())
                .check(CLASSES);
    }

    @Test
    void codesAreServedFromOnePlaceInEachService() {
        classes().that(SERVICE_CODE).and().areAnnotatedWith(RestController.class)
                .and(DescribedPredicate.describe("serve /api/codes", ConventionsTest::servesCodes))
                .should().haveSimpleName("CodesController")
                .andShould().resideInAPackage("org.estatecare.*.web")
                .check(CLASSES);
    }

    @Test
    void oneAccessPatternAndOneHistoryEntry() {
        classes().that(SERVICE_CODE).and().haveSimpleNameEndingWith("Access").and().areNotInterfaces()
                .should().beAnnotatedWith(Component.class)
                .because("each service has one *Access component: scope(caller) for reads in the query, may…(caller, aggregate) for commands")
                .check(CLASSES);
        noClasses().that(SERVICE_CODE).should().haveSimpleNameEndingWith("Scope")
                .because("read scope is the *Access component's scope(caller), not a class of its own")
                .check(CLASSES);
        noClasses().that(not(resideInAPackage(KIT))).should().haveSimpleNameEndingWith("HistoryEntry")
                .because("the kit's HistoryEntry is the one shape of an aggregate's history")
                .check(CLASSES);
    }

    @Test
    void sharedCodesAreDeclaredOnceInTheContracts() {
        noClasses().that(SERVICE_CODE).and().areEnums()
                .should().haveSimpleName("SigningParty").orShould().haveSimpleName("ManagementMode")
                .orShould().haveSimpleName("BasicService")
                .because("a code every service shows has one label for the whole platform, in " + EVENTS)
                .check(CLASSES);
    }

    private static boolean servesCodes(JavaClass controller) {
        return controller.getMethods().stream()
                .filter(m -> m.isAnnotatedWith(GetMapping.class))
                .flatMap(m -> Set.of(m.getAnnotationOfType(GetMapping.class).value()).stream())
                .anyMatch(path -> path.startsWith("/api/codes"));
    }

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                events.add(new SimpleConditionEvent(type, type.isRecord(), type.getName() + " is not a record"));
            }
        };
    }

    private static ArchCondition<JavaMethod> answerAPageView() {
        return new ArchCondition<>("answer a PageView") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String answer = method.getReturnType().getName();
                boolean page = answer.contains(PageView.class.getName());
                events.add(new SimpleConditionEvent(method, page, method.getFullName() + " answers " + answer));
            }
        };
    }
}
