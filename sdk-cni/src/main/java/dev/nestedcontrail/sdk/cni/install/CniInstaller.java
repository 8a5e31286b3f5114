package dev.nestedcontrail.sdk.cni.install;

import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.cni.internal.AtomicFiles;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cni-init logic: writes {@code 10-contrail.conf} into the CNI config folder (normally {@code
 * /etc/cni/net.d}) and the plugin shim, named after the config's {@code type}, into the CNI
 * binary folder (normally {@code /opt/cni/bin}). Each file is written through a temporary file
 * and a rename, and only when its content or mode differs, so a second run changes nothing.
 */
public final class CniInstaller {
  private static final Logger logger = LoggerFactory.getLogger(CniInstaller.class);

  private final Path netDir;
  private final Path binDir;

  private CniInstaller(Path netDir, Path binDir) {
    this.netDir = netDir;
    this.binDir = binDir;
  }

  /** An installer for these folders, such as {@code /etc/cni/net.d} and {@code /opt/cni/bin}. */
  public static CniInstaller of(Path netDir, Path binDir) {
    return new CniInstaller(Objects.requireNonNull(netDir, "netDir"),
        Objects.requireNonNull(binDir, "binDir"));
  }

  /**
   * Writes the config and the shim.
   *
   * @throws ContrailClientException when a file cannot be written (nothing half-written remains)
   */
  public InstallReport install(CniNetworkConfig config, PluginShim shim) {
    InstallReport.Builder report = InstallReport.builder();
    write(netDir.resolve("10-contrail.conf"), config.toJson(), "rw-r--r--", report);
    write(binDir.resolve(config.type()), shim.script(), "rwxr-xr-x", report);
    return report.build();
  }

  private static void write(Path file, String content, String mode, InstallReport.Builder report) {
    try {
      boolean changed = AtomicFiles.writeIfChanged(file, content.getBytes(StandardCharsets.UTF_8),
          PosixFilePermissions.fromString(mode));
      logger.debug("{} {}", changed ? "wrote" : "unchanged", file);
      if (changed) {
        report.addWritten(file);
      } else {
        report.addUnchanged(file);
      }
    } catch (IOException e) {
      throw new ContrailClientException("cannot write " + file + ": " + e, e);
    }
  }
}
