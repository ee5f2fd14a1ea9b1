package org.estatecare.events.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every shared code has exactly one label, and no two codes of a kind read alike. */
class SharedCodesTest {

    @Test
    void everyEnumOfTheCodesPackageIsALabelledCode() throws Exception {
        assertThat(codeEnums()).isNotEmpty().allSatisfy(type ->
                assertThat(LabelledCode.class.isAssignableFrom(type)).as(type.getSimpleName()).isTrue());
    }

    @Test
    void everyCodeHasANonBlankLabelUniqueWithinItsKind() throws Exception {
        for (Class<?> type : codeEnums()) {
            List<String> labels = Arrays.stream(type.getEnumConstants()).map(code -> ((LabelledCode) code).label()).toList();
            assertThat(labels).as(type.getSimpleName()).allSatisfy(label -> assertThat(label).isNotBlank()).doesNotHaveDuplicates();
        }
    }

    @Test
    @DisplayName("R-SCOPE-1: the four basic services read as the policy names them")
    void theFourBasicServicesReadAsThePolicyNamesThem() {
        assertThat(Arrays.stream(BasicService.values()).map(BasicService::label))
                .containsExactly("门岗值勤", "巡视管理", "楼内外清扫保洁", "车辆停放管理");
    }

    /** The enums compiled into this package, found on the class path (no list to keep up to date). */
    static List<Class<?>> codeEnums() throws IOException, URISyntaxException {
        Path folder = Path.of(LabelledCode.class.getResource("LabelledCode.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info"))
                    .map(name -> load(LabelledCode.class.getPackageName() + "." + name.replace(".class", "")))
                    .<Class<?>>map(type -> type).filter(Class::isEnum).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
