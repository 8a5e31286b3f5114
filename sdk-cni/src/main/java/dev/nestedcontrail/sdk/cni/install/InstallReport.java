package dev.nestedcontrail.sdk.cni.install;

import java.nio.file.Path;
import java.util.List;
import org.immutables.value.Value;

/** What an install did: the files it wrote and those that already had the right content. */
@Value.Immutable
public abstract class InstallReport {
  public static Builder builder() {
    return new Builder();
  }

  public abstract List<Path> written();

  public abstract List<Path> unchanged();

  /** Whether anything on disk changed. */
  public boolean changed() {
    return !written().isEmpty();
  }

  public static final class Builder extends ImmutableInstallReport.Builder {}
}
