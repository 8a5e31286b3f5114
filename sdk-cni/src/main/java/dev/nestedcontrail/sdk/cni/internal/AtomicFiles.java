package dev.nestedcontrail.sdk.cni.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/** Writes files so readers see the old content or the new one, never a partial file. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code content} through a temporary file in the same folder and a rename, unless the
   * file already has exactly this content and these permissions.
   *
   * @return whether the file changed
   */
  public static boolean writeIfChanged(Path file, byte[] content,
      Set<PosixFilePermission> permissions) throws IOException {
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)
        && Files.getPosixFilePermissions(file).equals(permissions)) {
      return false;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.write(temp, content);
      Files.setPosixFilePermissions(temp, permissions);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }
}
