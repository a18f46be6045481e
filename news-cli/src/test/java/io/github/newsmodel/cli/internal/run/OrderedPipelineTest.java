package io.github.newsmodel.cli.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import io.github.newsmodel.cli.internal.page.RunStoppedException;
import io.github.newsmodel.html.ParseOptions;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
  private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger idles = new AtomicInteger();

  private final OrderedPipeline.Delivery delivery = new OrderedPipeline.Delivery() {
    @Override
    public void deliver(Outcome outcome) {
      delivered.add(outcome.origin().input());
    }

    @Override
    public void idle() {
      idles.incrementAndGet();
    }
  };

  @Test
  void outcomesComeInSubmissionOrderWhenLaterPagesFinishFirst() {
    // Every third page is slow, so the pages after it are done before it.
    Function<Page, Outcome> parse = page -> {
      int n = Integer.parseInt(page.origin().input());
      if (n % 3 == 0) {
        sleep(20);
      }
      return parsed(page);
    };
    List<String> submitted = new ArrayList<>();
    try (OrderedPipeline pipeline = new OrderedPipeline(4, parse, delivery, 8, Long.MAX_VALUE)) {
      for (int n = 0; n < 60; n++) {
        submitted.add(String.valueOf(n));
        pipeline.submit(page(String.valueOf(n), 10));
      }
      pipeline.finish();
    }

    assertThat(delivered).isEqualTo(submitted);
  }

  @Test
  void readFailuresKeepTheirPlace() {
    try (OrderedPipeline pipeline = new OrderedPipeline(2, OrderedPipelineTest::parsed, delivery, 4, Long.MAX_VALUE)) {
      pipeline.submit(page("a", 1));
      pipeline.submit(new ReadFailure(PageOrigin.input("b"), ErrorKind.UNREADABLE_INPUT, "broken",
          new IOException("broken")));
      pipeline.submit(page("c", 1));
      pipeline.finish();
    }

    assertThat(delivered).containsExactly("a", "b", "c");
  }

  @Test
  void theReaderWaitsWhenTheWindowIsFull() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Function<Page, Outcome> parse = page -> {
      if (page.origin().input().equals("0")) {
        await(release); // the oldest page holds the window
      }
      return parsed(page);
    };
    AtomicInteger submitted = new AtomicInteger();
    try (OrderedPipeline pipeline = new OrderedPipeline(2, parse, delivery, 3, Long.MAX_VALUE)) {
      Thread reader = new Thread(() -> {
        for (int n = 0; n < 6; n++) {
          pipeline.submit(page(String.valueOf(n), 1));
          submitted.incrementAndGet();
        }
        pipeline.finish();
      });
      reader.start();
      reader.join(300);

      assertThat(submitted.get()).isEqualTo(3);
      assertThat(delivered).isEmpty();
      assertThat(idles.get()).isPositive(); // what was written was flushed before waiting

      release.countDown();
      reader.join(5000);
    }
    assertThat(submitted.get()).isEqualTo(6);
    assertThat(delivered).containsExactly("0", "1", "2", "3", "4", "5");
  }

  @Test
  void theBytesInFlightAreBoundedButALargePageStillGoesThroughAlone() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Function<Page, Outcome> parse = page -> {
      if (page.origin().input().equals("0")) {
        await(release);
      }
      return parsed(page);
    };
    AtomicInteger submitted = new AtomicInteger();
    try (OrderedPipeline pipeline = new OrderedPipeline(2, parse, delivery, 100, 1000)) {
      Thread reader = new Thread(() -> {
        pipeline.submit(page("0", 600));
        submitted.incrementAndGet();
        pipeline.submit(page("1", 300));
        submitted.incrementAndGet();
        pipeline.submit(page("2", 300)); // 1200 bytes would be in flight: waits for page 0
        submitted.incrementAndGet();
        pipeline.submit(page("3", 5000)); // larger than the budget: waits until it is alone
        submitted.incrementAndGet();
        pipeline.finish();
      });
      reader.start();
      reader.join(300);
      assertThat(submitted.get()).isEqualTo(2);

      release.countDown();
      reader.join(5000);
    }
    assertThat(delivered).containsExactly("0", "1", "2", "3");
  }

  @Test
  void withOneThreadWhatWasDeliveredIsFlushedBeforeTheNextPageIsParsed() {
    List<String> events = new ArrayList<>();
    OrderedPipeline.Delivery recording = new OrderedPipeline.Delivery() {
      @Override
      public void deliver(Outcome outcome) {
        events.add("deliver " + outcome.origin().input());
      }

      @Override
      public void idle() {
        events.add("flush");
      }
    };
    Function<Page, Outcome> parse = page -> {
      events.add("parse " + page.origin().input());
      return parsed(page);
    };
    try (OrderedPipeline pipeline = new OrderedPipeline(1, parse, recording, 8, Long.MAX_VALUE)) {
      for (String name : List.of("a", "b", "c")) {
        pipeline.submit(page(name, 1));
      }
      pipeline.submit(new ReadFailure(PageOrigin.input("d"), ErrorKind.UNREADABLE_INPUT, "broken",
          new IOException("broken")));
      pipeline.submit(page("e", 1));
      pipeline.finish();
    }

    // A reader of the output sees each article before the next page's parse begins, not when a buffer fills.
    assertThat(events).containsExactly("parse a", "deliver a", "flush", "parse b", "deliver b", "flush", "parse c",
        "deliver c", "deliver d", "flush", "parse e", "deliver e", "flush");
  }

  @Test
  void actionsRunInOrderWithTheOutcomes() {
    try (OrderedPipeline pipeline = new OrderedPipeline(2, OrderedPipelineTest::parsed, delivery, 4, Long.MAX_VALUE)) {
      pipeline.inOrder(() -> delivered.add("before anything"));
      pipeline.submit(page("a", 1));
      pipeline.inOrder(() -> delivered.add("after a"));
      pipeline.submit(page("b", 1));
      pipeline.finish();
    }

    assertThat(delivered).containsExactly("before anything", "a", "after a", "b");
  }

  @Test
  void aDeliveryThatStopsTheRunEndsIt() {
    OrderedPipeline.Delivery stopAtB = new OrderedPipeline.Delivery() {
      @Override
      public void deliver(Outcome outcome) {
        delivered.add(outcome.origin().input());
        if (outcome.origin().input().equals("b")) {
          throw new RunStoppedException();
        }
      }

      @Override
      public void idle() {}
    };

    assertThatThrownBy(() -> {
      try (OrderedPipeline pipeline = new OrderedPipeline(2, OrderedPipelineTest::parsed, stopAtB, 4, 100)) {
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
          pipeline.submit(page(name, 1));
        }
        pipeline.finish();
      }
    }).isInstanceOf(RunStoppedException.class);
    assertThat(delivered).containsExactly("a", "b");
  }

  @Test
  void anErrorOfAWorkerEndsTheRun() {
    Function<Page, Outcome> parse = page -> {
      throw new OutOfMemoryError("Java heap space");
    };

    assertThatThrownBy(() -> {
      try (OrderedPipeline pipeline = new OrderedPipeline(1, parse, delivery, 4, 100)) {
        pipeline.submit(page("a", 1));
        pipeline.finish();
      }
    }).isInstanceOf(OutOfMemoryError.class);
    assertThat(delivered).isEmpty();
  }

  private static Page page(String name, int size) {
    return new Page(PageOrigin.input(name), new byte[size], URI.create("https://example.com/" + name),
        ParseOptions.defaults());
  }

  private static Outcome parsed(Page page) {
    return new Outcome.Parsed(page.origin(), new byte[0]);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
