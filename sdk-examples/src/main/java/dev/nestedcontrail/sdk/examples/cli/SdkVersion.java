package dev.nestedcontrail.sdk.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "development" when run from classes. */
public final class SdkVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ContrailNested.class.getPackage().getImplementationVersion();
    return new String[] {"contrail-nested " + (version == null ? "development" : version)};
  }
}
