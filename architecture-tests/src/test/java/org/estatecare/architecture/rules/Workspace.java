package org.estatecare.architecture.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The repository as the index reads it: its root (found by walking up from the working directory),
 * the modules the root pom lists, and each module's compiled main and test classes as the last build
 * left them in {@code target/}. Main and test classes are read from the same build, so a page written
 * from them describes one state of the tree.
 */
record Workspace(Path root, List<Module> modules) {

    /** One module of the build: its folder relative to the root. */
    record Module(Path root, Path dir) {

        String name() {
            return dir.toString().replace('\\', '/');
        }

        Path mainSources() {
            return root.resolve(dir).resolve("src/main/java");
        }

        Path testSources() {
            return root.resolve(dir).resolve("src/test/java");
        }

        Path mainClasses() {
            return root.resolve(dir).resolve("target/classes");
        }

        Path testClasses() {
            return root.resolve(dir).resolve("target/test-classes");
        }

        boolean hasJava(Path sources) {
            if (!Files.isDirectory(sources)) {
                return false;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                return files.anyMatch(f -> f.toString().endsWith(".java"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The source file of a compiled class of this module, relative to the repository root, if it is there. */
        Optional<Path> sourceOf(JavaClass javaClass, Path sources) {
            return javaClass.getSource().flatMap(source -> source.getFileName()).map(fileName -> {
                Path pkg = Path.of(javaClass.getPackageName().replace('.', '/'));
                return sources.resolve(pkg).resolve(fileName);
            }).filter(Files::isRegularFile).map(root::relativize);
        }
    }

    /** Finds the repository root above the working directory: the folder whose pom lists this module. */
    static Workspace find() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            Path pom = candidate.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.isRegularFile(candidate.resolve("mvnw"))) {
                List<String> modules = modulesOf(pom);
                if (modules.contains("architecture-tests")) {
                    Path root = candidate;
                    return new Workspace(root, modules.stream().map(m -> new Module(root, Path.of(m))).toList());
                }
            }
        }
        throw new IllegalStateException("no repository root (a pom.xml listing architecture-tests beside mvnw) above " + dir);
    }

    private static List<String> modulesOf(Path pom) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(pom.toFile()).getElementsByTagName("module");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < modules.getLength(); i++) {
                names.add(modules.item(i).getTextContent().trim());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    /** The classes of one folder alone: what they refer to is not looked up (annotation values are read all the same). */
    static JavaClasses importFrom(Path classes) {
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importPath(classes);
        });
    }
}
