package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.agent.VmRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-pod files in {@code config-dir}: {@code <config-dir>/<pod-uuid>} holding the add message
 * (the agent re-reads this folder at start). DEL uses them to know what ADD created.
 */
public final class PodFiles {
  private static final Logger logger = LoggerFactory.getLogger(PodFiles.class);

  private final Path dir;

  public PodFiles(Path dir) {
    this.dir = dir;
  }

  public void write(VmRequest request) {
    Path file = dir.resolve(request.vmUuid());
    try {
      AtomicFiles.writeIfChanged(file, AgentCodec.write(request).getBytes(StandardCharsets.UTF_8),
          PosixFilePermissions.fromString("rw-r--r--"));
    } catch (IOException e) {
      throw ioFailure("cannot write " + file, e);
    }
  }

  /** The file of this pod; empty when there is none. A corrupt file reads as a bare vm-uuid. */
  public Optional<VmRequest> read(String podUuid) {
    Path file = dir.resolve(podUuid);
    try {
      String json = Files.readString(file);
      try {
        return Optional.of(AgentCodec.vmRequest(json));
      } catch (CniException e) {
        logger.warn("pod file {} is unreadable ({}); treating it as pod {}", file, e.getMessage(),
            podUuid);
        return Optional.of(VmRequest.builder().vmUuid(podUuid).build());
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw ioFailure("cannot read " + file, e);
    }
  }

  /** Every pod file, for GC and for DEL without {@code K8S_POD_UID}. */
  public List<VmRequest> all() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<VmRequest> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .forEach(name -> read(name).ifPresent(out::add));
    } catch (IOException e) {
      throw ioFailure("cannot list " + dir, e);
    }
    return out;
  }

  public void delete(String podUuid) {
    try {
      Files.deleteIfExists(dir.resolve(podUuid));
    } catch (IOException e) {
      throw ioFailure("cannot delete " + dir.resolve(podUuid), e);
    }
  }

  /** Whether the folder exists or can be created. */
  public boolean usable() {
    try {
      Files.createDirectories(dir);
      return Files.isWritable(dir);
    } catch (IOException e) {
      return false;
    }
  }

  private static CniException ioFailure(String msg, IOException e) {
    return new CniException(CniErrorCode.IO_FAILURE, msg, e.toString(), e);
  }
}
