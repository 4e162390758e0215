package dev.addrinfo.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Options written before {@code reverse} or {@code query}: a shared one ({@link SharedOptions})
 * applies to the subcommand as if written after it; any other is a usage error, never ignored.
 * Runs as picocli's execution strategy, after help and before the subcommand.
 */
final class OptionsBeforeSubcommand implements CommandLine.IExecutionStrategy {
  @Override
  public int execute(ParseResult top) {
    Integer help = CommandLine.executeHelpRequest(top);
    if (help != null) {
      return help;
    }
    if (top.subcommand() != null) {
      move(top, top.subcommand());
    }
    return new CommandLine.RunLast().execute(top);
  }

  private static void move(ParseResult top, ParseResult sub) {
    CommandSpec subSpec = sub.commandSpec();
    Set<String> shared = sharedNames(top.commandSpec());
    for (OptionSpec given : top.matchedOptions()) {
      String name = given.longestName();
      OptionSpec target = subSpec.findOption(name);
      if (target == null) {
        throw new ParameterException(subSpec.commandLine(),
            "Option '" + name + "' does not apply to '" + subSpec.qualifiedName() + "'");
      }
      if (!shared.contains(name)) {
        throw new ParameterException(subSpec.commandLine(), "Option '" + name + "' before '" + subSpec.name()
            + "' belongs to the getaddrinfo lookup; write it after '" + subSpec.name() + "' to give it to '" + subSpec.qualifiedName() + "'");
      }
      if (!sub.hasMatchedOption(name)) {
        target.setValue(given.getValue());
      } else if (target.isMultiValue()) {
        List<Object> both = new ArrayList<>((Collection<?>) given.getValue());
        both.addAll((Collection<?>) target.getValue());
        target.setValue(both);
      } else if (target.arity().max() > 0) {
        throw new ParameterException(subSpec.commandLine(),
            "Option '" + name + "' is given both before and after '" + subSpec.name() + "'");
      }
    }
  }

  /** The options of the command's {@link SharedOptions} mixins. */
  private static Set<String> sharedNames(CommandSpec spec) {
    Set<String> names = new HashSet<>();
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof SharedOptions) {
        for (OptionSpec o : mixin.options()) {
          names.add(o.longestName());
        }
      }
    }
    return names;
  }
}
