package dev.kport.harness.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM running {@code kport worker}: requests go to its stdin, its stdout is read line
 * by line, and the tail of its stderr is kept to explain a death.
 */
final class Worker implements AutoCloseable {

  private static final int TAIL_LINES = 30;
  private static final String EOF = "\u0000eof";

  private final Process process;
  private final Writer stdin;
  private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final List<String> otherOutput = new ArrayList<>();

  /** How a request ended. */
  sealed interface Reply {
    /** The lines between the markers, or a spec error line. */
    record Answer(String text, boolean specError, List<String> otherOutput) implements Reply {}

    /** The worker died or was killed; why, in words. */
    record Death(String reason) implements Reply {}
  }

  private Worker(Process process) {
    this.process = process;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    pump(process.getInputStream(), stdout::add, "kport-worker-stdout");
    pump(process.getErrorStream(), this::keepTail, "kport-worker-stderr");
  }

  static Worker start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(java,
        // a JVM killed by a driver's crash writes its report here, not into the user's folder
        "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "kport-worker-crash-%p.log"),
        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "dev.kport.harness.cli.Main", "worker");
    return new Worker(new ProcessBuilder(cmd).start());
  }

  private static void pump(InputStream in, java.util.function.Consumer<String> sink, String name) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          sink.accept(line);
        }
      } catch (IOException e) {
        // the worker is gone; the reader of stdout learns it from the end marker below
      } finally {
        sink.accept(EOF);
      }
    }, name);
    t.setDaemon(true);
    t.start();
  }

  private synchronized void keepTail(String line) {
    if (line.equals(EOF)) {
      return;
    }
    stderrTail.addLast(line);
    while (stderrTail.size() > TAIL_LINES) {
      stderrTail.removeFirst();
    }
  }

  /** Sends one request and waits at most {@code timeoutMs} for its answer. */
  Reply ask(String request, long timeoutMs) {
    otherOutput.clear();
    try {
      stdin.write(request + "\n");
      stdin.flush();
    } catch (IOException e) {
      return death("the worker stopped taking requests (" + e.getMessage() + ")");
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    StringBuilder answer = null;
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        String line = left <= 0 ? null : stdout.poll(left, TimeUnit.NANOSECONDS);
        if (line == null) {
          kill();
          return new Reply.Death("timed out after " + (timeoutMs / 1000) + " s: the kernel never finished "
              + "(the worker was killed; the run goes on with a fresh one)");
        }
        if (line.equals(EOF)) {
          return death(exitDescription());
        }
        if (line.startsWith(WorkerProtocol.SPEC_ERROR)) {
          return new Reply.Answer(line, true, List.copyOf(otherOutput));
        }
        if (answer == null) {
          if (line.equals(WorkerProtocol.BEGIN)) {
            answer = new StringBuilder();
          } else {
            otherOutput.add(line); // the kernel's own printf, kept for the record
          }
        } else if (line.equals(WorkerProtocol.END)) {
          return new Reply.Answer(answer.toString(), false, List.copyOf(otherOutput));
        } else {
          answer.append(line).append('\n');
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      return new Reply.Death("interrupted");
    }
  }

  private String exitDescription() {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (process.isAlive()) {
      kill();
      return "the worker closed its output but did not exit";
    }
    int code = process.exitValue();
    String signal = code > 128 ? " (signal " + (code - 128) + signalName(code - 128) + ")" : "";
    return "the worker died with exit code " + code + signal;
  }

  private static String signalName(int signal) {
    switch (signal) {
      case 6:
        return ", SIGABRT";
      case 9:
        return ", SIGKILL";
      case 11:
        return ", SIGSEGV";
      default:
        return "";
    }
  }

  private Reply death(String reason) {
    List<String> lines = new ArrayList<>();
    // a JVM killed by a native fault explains itself on stdout ("# SIGSEGV ... Problematic frame")
    otherOutput.stream().filter(l -> l.startsWith("# ") && l.length() > 2).limit(TAIL_LINES).forEach(lines::add);
    synchronized (this) {
      lines.addAll(stderrTail);
    }
    String tail = String.join("\n", lines);
    return new Reply.Death(reason + (tail.isBlank() ? "" : "; its last output:\n" + tail));
  }

  boolean alive() {
    return process.isAlive();
  }

  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      stdin.close(); // a worker ends when its stdin does
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (IOException | InterruptedException e) {
      kill();
    }
  }
}
