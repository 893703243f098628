package org.roadshow.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line: each subcommand is a class of its own that uses the same services as the UI. Without a
 * subcommand {@link Launcher} opens the window; this class is reached then only for a word that is no file and
 * looks like a mistyped command.
 */
@Command(name = "roadshow", mixinStandardHelpOptions = true, versionProvider = Cli.VersionText.class,
        description = {"Plan conference trips.", "Without a command, opens the window: on FILE when given, else on the "
                + "sample project."},
        commandListHeading = "%nCommands (roadshow COMMAND --help for each):%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a file could not be read or saved (or check found an error-level conflict)",
            "2:wrong usage: an unknown command or option, or a name the project does not have; no display for the window"},
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, InfoCommand.class,
                ImportCommand.class, UpdateCommand.class, ExportIcsCommand.class, CheckCommand.class, AgendaCommand.class,
                RosterCommand.class, ChecklistCommand.class})
public final class Cli implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a .roadshow project to open in the window")
    String file;

    @Spec
    CommandSpec spec;

    /** {@code --version}: the version pom.xml gives. */
    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.roadshow.Version.text()};
        }
    }

    /** Reached without a subcommand: the window is {@link Launcher}'s, so this is a mistyped command or no file. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (file == null) {
            err.println("roadshow: give a command, or a FILE to open in the window (roadshow --help lists them)");
        } else {
            err.println(unknownCommand(file));
        }
        err.flush();
        return CommandRun.USAGE;
    }

    static CommandLine commandLine() {
        return new CommandLine(new Cli());
    }

    /** Whether the first argument asks for the command line rather than the window. */
    static boolean isCommand(String first) {
        return commandLine().getSubcommands().containsKey(first)
                || first.equals("--help") || first.equals("-h") || first.equals("--version") || first.equals("-V");
    }

    /**
     * Whether an argument meant for the window is rather a mistyped command: no file or folder of that name exists
     * and it is one lower-case word ("valdate", "export-ical"), as no project file is named.
     */
    static boolean looksLikeCommand(String arg) {
        return arg.matches("[a-z][a-z-]{1,30}") && !Files.exists(Path.of(arg));
    }

    /** "unknown command 'valdate'; did you mean validate?", or the list of commands when none is close. */
    static String unknownCommand(String typed) {
        List<String> commands = commandLine().getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
        return "roadshow: unknown command '" + typed + "'; " + CommandSuggestion.nearest(typed, commands)
                .map(c -> "did you mean " + c + "?")
                .orElse("the commands are " + String.join(", ", commands) + " (a project to open must be an existing"
                        + " file)");
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
