package dev.nestedcontrail.sdk.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@link ContrailNested} in-process and keeps what it wrote to stdout and stderr. */
final class CapturedCli {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the command line with these arguments and returns its exit code. */
  int run(String... args) {
    return ContrailNested.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** Everything written to stdout so far. */
  String out() {
    return out.toString();
  }

  /** Everything written to stderr so far. */
  String err() {
    return err.toString();
  }
}
