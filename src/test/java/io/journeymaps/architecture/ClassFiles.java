package io.journeymaps.architecture;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.journeymaps.confluence.ComponentImports;

/** The compiled main classes of io.journeymaps (target/classes), read from disk. */
final class ClassFiles {
    private static final Pattern ATLASSIAN_TYPE = Pattern.compile("com/atlassian/[A-Za-z0-9_/$]+");

    private ClassFiles() {
    }

    static Path mainOutput() {
        try {
            return Path.of(ComponentImports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Class files under io/journeymaps in the main output. */
    static List<Path> ourClassFiles() {
        Path root = mainOutput().resolve("io/journeymaps");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String className(Path classFile) {
        String relative = mainOutput().relativize(classFile).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    static Class<?> load(String className) {
        try {
            return Class.forName(className, false, ClassFiles.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + className, e);
        }
    }

    /**
     * Every com.atlassian type named in the class file's constant pool (class references, field
     * and method descriptors, signatures, annotations), in internal form (com/atlassian/...).
     */
    static Set<String> atlassianReferences(Path classFile) {
        Set<String> found = new TreeSet<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)))) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        Matcher m = ATLASSIAN_TYPE.matcher(in.readUTF());
                        while (m.find()) {
                            found.add(m.group());
                        }
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // longs and doubles take two slots
                    }
                    default -> throw new IllegalStateException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
