package io.github.newsmodel.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code news}: the top command, which only leads to its subcommands. */
@Command(
    name = "news",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Turns news pages, folders of pages and web archives (WARC, ARC, WACZ) into newsmodel JSON.",
    subcommands = HelpCommand.class,
    footer = {"", "Run 'news parse --help' for the options of parse."})
final class NewsCommand implements Callable<Integer> {
  @Spec // set by picocli before call
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing a command, such as: news parse page.html");
  }
}
