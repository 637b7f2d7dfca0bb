package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: its subcommands are the run modes of DESIGN.md. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news reports of political violence into coded event data.",
        subcommands = {ExtractCommand.class, IngestCommand.class, ServeCommand.class, StreamCommand.class, SplitCommand.class, UserCommand.class,
                GeocodeCommand.class, EvalCommand.class, BenchCommand.class})
public final class Sitrep implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: extract, ingest, serve, stream, split, user, geocode, eval or bench");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 bad input, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Sitrep());
        // usage errors: the reason in one line and a pointer to --help, not the whole usage text
        cli.setParameterExceptionHandler((ex, argv) -> {
            ex.getCommandLine().getErr().println("sitrep: " + ex.getMessage() + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof BadInputException) {
                cmd.getErr().println("sitrep: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cli.execute(args);
    }
}
