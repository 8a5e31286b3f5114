package dev.nestedcontrail.sdk.cni.install;

/**
 * A program the {@link PluginShim} may use to reach the daemon's Unix socket, lightest first.
 * Each is looked up on kubelet's {@code PATH} when the plugin runs; the first one found is used.
 */
public enum ShimTransport {
  /**
   * {@code nc.openbsd -U} (Debian and Ubuntu package {@code netcat-openbsd}, installed by default
   * on Ubuntu). The shim writes the HTTP request itself with {@code printf} and reads the answer;
   * starting it costs about as much as starting {@code sh}.
   */
  NETCAT_OPENBSD("nc.openbsd"),
  /**
   * {@code socat - UNIX-CONNECT:<socket>}, as above; about twice the start-up cost of {@code
   * nc.openbsd} (it links OpenSSL).
   */
  SOCAT("socat"),
  /**
   * {@code curl --unix-socket} (7.76 or later, for {@code --fail-with-body}); the heaviest to start
   * (about 6 ms here, it links the whole libcurl) but the most common.
   */
  CURL("curl");

  private final String command;

  ShimTransport(String command) {
    this.command = command;
  }

  /** The command name the shim looks up on {@code PATH}. */
  public String command() {
    return command;
  }
}
