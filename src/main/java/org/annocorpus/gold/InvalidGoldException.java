package org.annocorpus.gold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Gold that the validator rejects: nothing may score it. Carries the validator's errors, file:line each. */
public class InvalidGoldException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<GoldValidator.Problem> errors;
    private final Path dir;

    public InvalidGoldException(Path dir, List<GoldValidator.Problem> errors) {
        super(errors.size() + " error(s) in the gold " + dir + ": nothing scored (see ./corpus validate " + dir + ")");
        this.dir = dir;
        this.errors = List.copyOf(errors);
    }

    public List<GoldValidator.Problem> errors() {
        return errors;
    }

    public Path dir() {
        return dir;
    }

    /** Throws when the brat gold folder {@code dir} has validation errors (warnings pass). */
    public static void check(Path dir) throws IOException {
        List<GoldValidator.Problem> errors = GoldValidator.validate(dir).stream()
                .filter(GoldValidator.Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidGoldException(dir, errors);
        }
    }
}
