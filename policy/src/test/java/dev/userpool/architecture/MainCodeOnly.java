package dev.userpool.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** Imports main code only: neither this module's test classes nor another module's test-jar. */
public final class MainCodeOnly implements ImportOption {

  @Override
  public boolean includes(Location location) {
    return !location.contains("/test-classes/") && !location.contains("-tests.jar");
  }
}
