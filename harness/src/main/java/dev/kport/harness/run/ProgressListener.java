package dev.kport.harness.run;

/** Hears about a long run as it goes, so a person sees it move. */
public interface ProgressListener {

  /** Work on cell {@code index} (1-based) of {@code total} is starting. */
  void starting(int index, int total, String kernel, String size, String backend);

  void finished(CellResult cell);

  ProgressListener NONE = new ProgressListener() {
    @Override
    public void starting(int index, int total, String kernel, String size, String backend) {}

    @Override
    public void finished(CellResult cell) {}
  };
}
