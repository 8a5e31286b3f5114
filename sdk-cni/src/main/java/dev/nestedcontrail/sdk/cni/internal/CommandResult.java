package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.dataplane.DataPlaneException;

/** What a finished command returned. */
public final class CommandResult {
  private final String command;
  private final int exitCode;
  private final String stdout;
  private final String stderr;

  CommandResult(String command, int exitCode, String stdout, String stderr) {
    this.command = command;
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public String command() {
    return command;
  }

  public int exitCode() {
    return exitCode;
  }

  public String stdout() {
    return stdout;
  }

  public String stderr() {
    return stderr;
  }

  public boolean succeeded() {
    return exitCode == 0;
  }

  /** Returns this result when the command succeeded; otherwise throws naming command and stderr. */
  public CommandResult orThrow() {
    if (!succeeded()) {
      throw failure();
    }
    return this;
  }

  public DataPlaneException failure() {
    return new DataPlaneException("`" + command + "` failed with exit code " + exitCode + ": "
        + stderr.strip(), command, stderr.strip());
  }
}
