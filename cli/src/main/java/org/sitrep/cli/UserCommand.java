package org.sitrep.cli;

import org.sitrep.store.Account;
import org.sitrep.store.Accounts;
import org.sitrep.store.EventStore;
import org.sitrep.store.Role;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code sitrep user}: the accounts of the people who review events. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manages reviewers' and admins' accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class, UserCommand.ListAll.class})
final class UserCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: add, token or list");
    }

    /** {@code sitrep user add NAME --role reviewer|admin}: asks for the password twice (or reads it from stdin). */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account; asks for its password.")
    static final class Add implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "NAME", description = "the login name")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "reviewer or admin")
        String role;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;

        @Mixin
        StoreOptions store = new StoreOptions();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role r;
            try {
                r = Role.fromLabel(role);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--role must be reviewer or admin, not " + role);
            }
            char[] password = passwordStdin ? firstLine() : askTwice();
            try (EventStore events = store.open()) {
                Account a = new Accounts(events).add(name, r, password);
                System.out.println("added " + a.role().label() + " " + a.name());
                return 0;
            } catch (IllegalArgumentException | StoreException e) {
                throw new BadInputException(e.getMessage().lines().findFirst().orElse("cannot add " + name));
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] firstLine() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) throw new BadInputException("no password on standard input");
                return line.toCharArray();
            } catch (IOException e) {
                throw new BadInputException("cannot read the password from standard input: " + e.getMessage());
            }
        }

        private char[] askTwice() {
            Console console = System.console();
            if (console == null) throw new BadInputException("no terminal to ask for the password on: give it with --password-stdin");
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new BadInputException("the two passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    /** {@code sitrep user token NAME}: a new API token for a machine acting for this account. */
    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Prints a new API token for the account; only its hash is kept, so save it now.")
    static final class Token implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "NAME")
        String name;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Override
        public Integer call() {
            try (EventStore events = store.open()) {
                System.out.println(new Accounts(events).newApiToken(name));
                return 0;
            } catch (StoreException e) {
                throw new BadInputException(e.getMessage().lines().findFirst().orElse("cannot make a token for " + name));
            }
        }
    }

    /** {@code sitrep user list}: the accounts and their roles. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts and their roles.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        StoreOptions store = new StoreOptions();

        @Override
        public Integer call() {
            try (EventStore events = store.open()) {
                for (Account a : new Accounts(events).all()) System.out.println(a.name() + "\t" + a.role().label());
                return 0;
            }
        }
    }
}
