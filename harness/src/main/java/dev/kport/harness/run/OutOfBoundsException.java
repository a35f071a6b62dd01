package dev.kport.harness.run;

/** A kernel wrote into the guard zone around a buffer: past its end, or before its start. */
public final class OutOfBoundsException extends DeviceException {

  public OutOfBoundsException(String message) {
    super(message);
  }
}
