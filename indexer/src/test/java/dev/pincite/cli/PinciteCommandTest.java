package dev.pincite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PinciteCommandTest {

  @Test
  void aSubcommandsArgumentsBuildOnlyThatSubcommand() {
    CommandLine cli = PinciteCommand.commandLine(new String[] {"reindex", "--full"});
    assertEquals(Set.of("reindex"), cli.getSubcommands().keySet());
  }

  @Test
  void helpOptionsAndUnknownNamesGetEverySubcommand() {
    Set<String> all = PinciteCommand.commandLine().getSubcommands().keySet();
    assertTrue(all.containsAll(Set.of("help", "reindex", "extract", "cite")), all.toString());
    for (String[] args :
        new String[][] {{}, {"help", "reindex"}, {"--version"}, {"frobnicate"}, {"-h"}}) {
      assertEquals(all, PinciteCommand.commandLine(args).getSubcommands().keySet());
    }
  }

  @Test
  void anUnknownSubcommandIsReportedWithTheNearestName() {
    StringWriter err = new StringWriter();
    CommandLine cli = PinciteCommand.commandLine(new String[] {"frobnicate"});
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("frobnicate");
    assertEquals(2, exit);
    assertTrue(err.toString().contains("'frobnicate'"), err.toString());
    assertTrue(err.toString().contains("Did you mean: pincite cite"), err.toString());
  }
}
