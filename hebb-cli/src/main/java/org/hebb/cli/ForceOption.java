package org.hebb.cli;

import picocli.CommandLine.Option;

/**
 * {@code --force}, shared by every command with {@code --out} ({@code @CommandLine.Mixin ForceOption force}): lets
 * {@link OutputDirectory} replace an existing output hebb wrote, whole.
 */
public final class ForceOption {
    @Option(names = "--force", description = "replace an existing --out that hebb wrote, whole (never merged)")
    public boolean force;
}
