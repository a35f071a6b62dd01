package dev.kport.harness.data;

import java.io.IOException;

/** An .npy file that cannot be used: its message names the file and what was expected. */
public final class NpyException extends IOException {

  public NpyException(String message) {
    super(message);
  }
}
