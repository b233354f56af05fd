package org.culturetargets.portal.imports.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Arbitrary bytes, named as CSV and as XLSX: the only exception allowed out of {@link Tables#read} is
 * {@link UnreadableFile}. In a normal build this runs the seeds under {@code TablesFuzzTestInputs/} (regression
 * mode); {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=TablesFuzzTest} fuzzes (see docs/operations.md).
 */
class TablesFuzzTest {

    static final TableLimits LIMITS = new TableLimits(1024 * 1024, 1000, 50, 1000);

    @FuzzTest(maxDuration = "60s")
    void csv(byte[] content) throws IOException {
        read(content, "upload.csv");
    }

    @FuzzTest(maxDuration = "60s")
    void xlsx(byte[] content) throws IOException {
        read(content, "upload.xlsx");
    }

    private static void read(byte[] content, String name) throws IOException {
        Path file = Files.createTempFile("fuzz", name);
        try {
            Files.write(file, content);
            Tables.read(file, name, LIMITS, (number, cells) -> {
            });
        } catch (UnreadableFile expected) {
            // the one outcome allowed besides reading
        } finally {
            Files.delete(file);
        }
    }
}
