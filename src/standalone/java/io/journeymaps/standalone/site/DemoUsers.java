package io.journeymaps.standalone.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The fixed demo users. Their passwords equal their names: this is a local demo, never a real
 * site. Space grants live in the database (see {@link SiteStore}).
 */
public final class DemoUsers {
    public static final DemoUser ALICE = new DemoUser("alice", "Alice Adams", "en_GB");
    public static final DemoUser BOB = new DemoUser("bob", "Bob Brown", "en_GB");
    public static final DemoUser CAROL = new DemoUser("carol", "Carol Clark", "en_GB");

    private static final List<DemoUser> ALL = List.of(ALICE, BOB, CAROL);

    private DemoUsers() {
    }

    public static List<DemoUser> all() {
        return ALL;
    }

    public static Optional<DemoUser> find(String name) {
        return ALL.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** The user when the password is right; compared in constant time all the same. */
    public static Optional<DemoUser> authenticate(String name, String password) {
        Optional<DemoUser> user = find(name);
        byte[] expected = user.map(DemoUser::name).orElse("").getBytes(StandardCharsets.UTF_8);
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        boolean matches = MessageDigest.isEqual(expected, given);
        return matches ? user : Optional.empty();
    }
}
