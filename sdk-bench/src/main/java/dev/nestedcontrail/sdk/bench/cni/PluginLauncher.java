package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.cni.install.PluginShim;
import dev.nestedcontrail.sdk.cni.install.ShimTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Writes what kubelet would find on a node: a launcher jar (a manifest whose {@code Main-Class}
 * is {@link RecordingPluginMain} and whose {@code Class-Path} is the given classpath, standing in
 * for {@code contrail-nested.jar}) and the {@link PluginShim} scripts around it, with and without
 * the daemon socket.
 */
final class PluginLauncher {
  private final Path jar;
  private final String javaCommand;

  /**
   * @param dir where the jar and scripts go
   * @param javaCommand the {@code java} launcher to start per call
   * @param classpath the classpath the plugin runs with, such as the benchmark's own
   */
  PluginLauncher(Path dir, String javaCommand, List<Path> classpath) {
    this.jar = dir.resolve("contrail-cni-launcher.jar");
    this.javaCommand = javaCommand;
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, RecordingPluginMain.class.getName());
    main.put(Attributes.Name.CLASS_PATH, classpath.stream()
        .map(p -> p.toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + jar, e);
    }
  }

  /** The shim kubelet runs when only the JVM plugin is installed. */
  Path jvmShim(Path file) {
    return write(file, PluginShim.builder().javaCommand(javaCommand).jarPath(jar.toString())
        .build());
  }

  /**
   * The shim that forwards to the daemon on {@code socket} over the first of {@code transports}
   * found on {@code PATH} (and falls back to the JVM).
   */
  Path daemonShim(Path file, Path socket, List<ShimTransport> transports) {
    return write(file, PluginShim.builder().javaCommand(javaCommand).jarPath(jar.toString())
        .daemonSocket(socket.toString()).transports(transports).build());
  }

  /** The transports installed here (on this process's {@code PATH}), in the shim's order. */
  static List<ShimTransport> installedTransports() {
    String[] path = System.getenv().getOrDefault("PATH", "").split(":");
    return Arrays.stream(ShimTransport.values())
        .filter(t -> Arrays.stream(path).anyMatch(dir -> !dir.isEmpty()
            && Files.isExecutable(Path.of(dir, t.command()))))
        .collect(Collectors.toList());
  }

  private static Path write(Path file, PluginShim shim) {
    try {
      return Files.writeString(file, shim.script());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
