package org.hebb.cli.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hebb.cli.UserError;

/** Reads a TOML file into a {@link ConfigTable}; syntax errors become one line naming the file and the line. */
public final class TomlFile {
    private static final TomlMapper MAPPER = new TomlMapper();

    private TomlFile() {
    }

    public static ConfigTable read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(text, file.toString());
    }

    /** Jackson's TOML lexer reports a token that ends a line at column 1 of the next line: point at the token's line. */
    private static int lineOf(JsonLocation loc) {
        return loc.getColumnNr() == 1 && loc.getLineNr() > 1 ? loc.getLineNr() - 1 : loc.getLineNr();
    }

    public static ConfigTable parse(String text, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(LongIntegerLiterals.rewrite(text, source));
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String where = loc != null && loc.getLineNr() > 0 ? ":" + lineOf(loc) : "";
            String msg = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            throw new UserError(source + where + ": TOML syntax error: " + msg);
        }
        if (root == null || !root.isObject()) {
            return new ConfigTable(MAPPER.createObjectNode(), "");
        }
        return new ConfigTable((ObjectNode) root, "");
    }
}
