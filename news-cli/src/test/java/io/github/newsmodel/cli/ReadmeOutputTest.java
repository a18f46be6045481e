package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The output that the README shows for its first command is what the command prints, shortened as the README says
 * and no more: every field it shows has the value printed, in the printed order; its lists are some of the printed
 * items, in order; a text that ends in {@code " ..."} is the start of the printed one.
 */
class ReadmeOutputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theReadmeShowsWhatItsFirstCommandPrints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("## Try it\n.*?```json\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a json block under '## Try it' in the README").isTrue();
    JsonNode shown = MAPPER.readTree(block.group(1));

    Cli.Result result = cli().run("parse", TestPages.SAMPLE.toString());
    assertThat(result.exit()).isZero();
    JsonNode printed = MAPPER.readTree(result.out());

    List<String> problems = new ArrayList<>();
    compare("$", shown, printed, problems);
    assertThat(problems).isEmpty();
  }

  private static void compare(String path, JsonNode shown, JsonNode printed, List<String> problems) {
    if (shown.isObject()) {
      if (!printed.isObject()) {
        problems.add(path + ": shown as an object, printed as " + printed);
        return;
      }
      List<String> printedNames = new ArrayList<>();
      printed.fieldNames().forEachRemaining(printedNames::add);
      int last = -1;
      for (Iterator<String> names = shown.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        int at = printedNames.indexOf(name);
        if (at < 0) {
          problems.add(path + "." + name + ": shown, not printed");
          continue;
        }
        if (at < last) {
          problems.add(path + "." + name + ": shown after a field that is printed after it");
        }
        last = Math.max(last, at);
        if (path.equals("$.source") && name.equals("uri")) {
          continue; // the README's checkout is not this one
        }
        compare(path + "." + name, shown.get(name), printed.get(name), problems);
      }
    } else if (shown.isArray()) {
      if (!printed.isArray()) {
        problems.add(path + ": shown as an array, printed as " + printed);
        return;
      }
      int next = 0;
      for (int i = 0; i < shown.size(); i++) {
        int found = -1;
        for (int j = next; j < printed.size() && found < 0; j++) {
          List<String> itemProblems = new ArrayList<>();
          compare(path + "[" + j + "]", shown.get(i), printed.get(j), itemProblems);
          if (itemProblems.isEmpty()) {
            found = j;
          }
        }
        if (found < 0) {
          problems.add(path + ": the item shown " + (i + 1) + " of " + shown.size() + " is none of the printed"
              + " items after those before it: " + shown.get(i));
          return;
        }
        next = found + 1;
      }
    } else if (shown.isTextual() && shown.asText().endsWith(" ...")) {
      String start = shown.asText().substring(0, shown.asText().length() - " ...".length());
      if (!printed.isTextual() || !printed.asText().startsWith(start)) {
        problems.add(path + ": shown as starting '" + start + "', printed as " + printed);
      }
    } else if (!shown.equals(printed)) {
      problems.add(path + ": shown as " + shown + ", printed as " + printed);
    }
  }

  @Test
  void aShortenedTextMustBeTheStartOfThePrintedOne() {
    List<String> problems = new ArrayList<>();
    compare("$", json("{\"text\": \"The Russian ...\"}"), json("{\"text\": \"AllofMP3\\n\\nThe Russian\"}"),
        problems);
    compare("$", json("{\"a\": 1, \"b\": 2}"), json("{\"b\": 2, \"a\": 1}"), problems);
    compare("$", json("{\"c\": [1, 3]}"), json("{\"c\": [3, 1]}"), problems);
    if (problems.size() != 3) {
      fail("expected three problems, got " + problems);
    }
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
