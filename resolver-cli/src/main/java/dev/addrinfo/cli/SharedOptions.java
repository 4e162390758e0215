package dev.addrinfo.cli;

/**
 * A group of options that the lookup and its subcommands share: given before {@code reverse} or
 * {@code query}, they apply to the subcommand as if written after it (see {@link OptionsBeforeSubcommand}).
 */
interface SharedOptions {}
