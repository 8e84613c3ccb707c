package dev.userpool.testkit.token;

import java.security.Provider;

/** A provider shaped like ACCP whose native library "did not load": what another OS or architecture gives. */
public final class BrokenNativeProvider extends Provider {

  private static final long serialVersionUID = 1L;

  /** The instance, as ACCP's {@code INSTANCE}. */
  public static final BrokenNativeProvider INSTANCE = new BrokenNativeProvider();

  private BrokenNativeProvider() {
    super("BrokenNative", "1.0", "a native provider whose library is missing");
  }

  /** As ACCP's: the error that stopped the native library from loading. */
  public Throwable getLoadingError() {
    return new UnsatisfiedLinkError("no amazonCorrettoCryptoProvider in java.library.path");
  }
}
