package org.roadshow.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: each subcommand is a class of its own that uses the same services as the UI. */
@Command(name = "roadshow", mixinStandardHelpOptions = true, versionProvider = Cli.VersionText.class,
        description = "Plan conference trips. Without a subcommand, opens the window (with FILE if given).",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, InfoCommand.class,
                ImportCommand.class, UpdateCommand.class, ExportIcsCommand.class, CheckCommand.class, AgendaCommand.class,
                RosterCommand.class, ChecklistCommand.class})
public final class Cli {
    private Cli() {
    }

    /** {@code --version}: the version pom.xml gives. */
    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.roadshow.Version.text()};
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new Cli());
    }

    /** Whether the first argument asks for the command line rather than the window. */
    static boolean isCommand(String first) {
        return commandLine().getSubcommands().containsKey(first)
                || first.equals("--help") || first.equals("-h") || first.equals("--version") || first.equals("-V");
    }

    /** Runs with the standard streams, in UTF-8 so that names like "Zoë" come out whatever the locale. */
    static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs with the given output streams; for tests. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
