package org.estatecare.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.architecture.ArchitectureTest.CLASSES;
import static org.estatecare.architecture.ArchitectureTest.EVENTS;
import static org.estatecare.architecture.ArchitectureTest.KIT;
import static org.estatecare.architecture.ArchitectureTest.SERVICE_CODE;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.LabelledCode;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.PageView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of {@code docs/architecture.md} that a machine can check. */
class ConventionsTest {

    /** Names under which an aggregate's id is kept; each has its typed record in {@code org.estatecare.events.ids}. */
    static final Set<String> ID_NAMES = Set.of("id", "estateId", "agreementId", "complaintId", "companyId");

    /** Controllers whose GET answers may be bare lists or maps, each for its reason; every other list is a PageView. */
    static final Map<String, String> BARE_LISTS_ALLOWED = Map.of(
            "Open311Controller", "GeoReport v2 prescribes its own list shapes (service list, service requests)",
            "StatisticsController", "a report is one whole table of counts, never paged",
            "CodesController", "the codes map: every code list of the service, whole, for forms and filters");

    /** Spellings once used for shared codes, replaced by their one label; none may come back. */
    static final Map<String, LabelledCode> RETIRED_SPELLINGS = Map.of(
            "门岗值守", BasicService.GATE_DUTY,
            "秩序巡查", BasicService.PATROL,
            "环境保洁", BasicService.CLEANING,
            "停车管理", BasicService.PARKING,
            "物业服务企业管理", ManagementMode.SERVICE_COMPANY,
            "产权单位申请自管", ManagementMode.OWNER_SELF_MANAGEMENT);

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
        noMethods().that().areDeclaredInClassesThat(SERVICE_CODE).and().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areAnnotatedWith(GetMapping.class)
                .and(DescribedPredicate.describe("are not in a controller allowed another shape " + BARE_LISTS_ALLOWED.keySet(),
                        (JavaMethod m) -> !BARE_LISTS_ALLOWED.containsKey(m.getOwner().getSimpleName())))
                .should(answerABareCollection())
                .because("a list is a PageView (content + page), paged and read strictly, whatever it lists")
                .check(CLASSES);
        assertThat(CLASSES.stream().filter(SERVICE_CODE).filter(c -> c.isAnnotatedWith(RestController.class))
                .map(JavaClass::getSimpleName)).as("every allowed controller still exists").containsAll(BARE_LISTS_ALLOWED.keySet());
    }

    @Test
    void viewsShowCodesThroughTheirOneLabel() {
        classes().that(SERVICE_CODE).and().areEnums()
                .and(DescribedPredicate.describe("declare label()", (JavaClass c) -> c.tryGetMethod("label").isPresent()))
                .should().implement(LabelledCode.class)
                .because("a code and its Chinese label are one LabelledCode, shown by Coded.of and Coded.all")
                .check(CLASSES);
        noClasses().that(SERVICE_CODE)
                .should().callConstructor(Coded.class, String.class, String.class)
                .because("views build codes with Coded.of(code), so a code reads with its one label everywhere")
                .check(CLASSES);
    }

    /**
     * A violation text that names a shared code (its condition says {@code missing-gateDuty},
     * {@code gate-duty-standard}) spells it with the code's one label, and no text uses a spelling the
     * platform has retired for a shared code.
     */
    @Test
    void problemTextsSpellSharedCodesByTheirOneLabel() throws IOException {
        List<LabelledCode> shared = sharedCodes();
        assertThat(shared).extracting(LabelledCode::label).contains(BasicService.PATROL.label(), ManagementMode.SERVICE_COMPANY.label());
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Path.of("..", "services"))) {
            texts = files.filter(p -> p.getFileName().toString().matches("problems(_[A-Za-z_]+)?\\.properties"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main")).sorted().toList();
        }
        assertThat(texts).as("every service's problem texts").hasSizeGreaterThanOrEqualTo(3);
        List<String> misspelt = new ArrayList<>();
        for (Path file : texts) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            boolean chinese = !file.getFileName().toString().startsWith("problems_") || file.getFileName().toString().startsWith("problems_zh");
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                String rest = text;
                for (LabelledCode code : shared) {
                    if (chinese && names(key, code) && !text.contains(code.label())) {
                        misspelt.add(file + ": " + key + " names " + code.name() + " but does not read " + code.label());
                    }
                    rest = rest.replace(code.label(), "");
                }
                for (Map.Entry<String, LabelledCode> retired : RETIRED_SPELLINGS.entrySet()) {
                    if (rest.contains(retired.getKey())) {
                        misspelt.add(file + ": " + key + " spells " + retired.getValue().name() + " as " + retired.getKey()
                                + " instead of " + retired.getValue().label());
                    }
                }
            }
        }
        assertThat(misspelt).as("problem texts spelling a shared code other than by its label").isEmpty();
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
                .should().beAnnotatedWith(Component.class).andShould().implement(Access.class)
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
                .orShould().haveSimpleName("BasicService").orShould().haveSimpleName("EstateClass")
                .because("a code every service shows has one label for the whole platform, in " + EVENTS)
                .check(CLASSES);
    }

    /** The codes of {@code org.estatecare.events.codes}: those every service shows with one label. */
    private static List<LabelledCode> sharedCodes() {
        return CLASSES.stream()
                .filter(c -> c.getPackageName().equals(LabelledCode.class.getPackageName()) && c.isEnum())
                .flatMap(c -> Arrays.stream(c.reflect().getEnumConstants())).map(LabelledCode.class::cast).toList();
    }

    /** Whether a message key's condition names the code: {@code GATE_DUTY} as {@code gateDuty} or {@code gate-duty}. */
    private static boolean names(String key, LabelledCode code) {
        String condition = "-" + key.substring(key.lastIndexOf('.') + 1) + "-";
        String kebab = code.name().toLowerCase(Locale.ROOT).replace('_', '-');
        StringBuilder camel = new StringBuilder();
        for (String word : kebab.split("-")) {
            camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return condition.contains("-" + kebab + "-") || condition.contains("-" + camel + "-");
    }

    private static ArchCondition<JavaMethod> answerABareCollection() {
        return new ArchCondition<>("answer a bare List, Collection, Set, Map or array") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaType answer = method.getReturnType();
                if (answer.toErasure().isEquivalentTo(ResponseEntity.class) && answer instanceof JavaParameterizedType body) {
                    answer = body.getActualTypeArguments().get(0);
                }
                JavaClass raw = answer.toErasure();
                boolean bare = raw.isArray() || raw.isAssignableTo(Collection.class) || raw.isAssignableTo(Map.class);
                events.add(new SimpleConditionEvent(method, bare, method.getFullName() + " answers " + answer.getName()));
            }
        };
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
