package dev.kport.harness.run;

/** A driver, compiler or device reported an error; the message is what it said. */
public class DeviceException extends Exception {

  public DeviceException(String message) {
    super(message);
  }

  public DeviceException(String message, Throwable cause) {
    super(message, cause);
  }
}
