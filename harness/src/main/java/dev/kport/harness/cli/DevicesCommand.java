package dev.kport.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.hip.HipBackend;
import dev.kport.harness.backend.opencl.OpenClBackend;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kport devices}: what each backend sees here, or why it cannot run. */
@Command(
    name = "devices",
    header = "List every backend with its devices, or why it cannot run.",
    mixinStandardHelpOptions = true,
    description = {"List every backend with the devices it found, or why it is unavailable and what would fix it."},
    footer = {"", "Exit code: 0 (a missing backend is information, not an error)."})
public final class DevicesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<BackendProbe> probes = probes();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (BackendProbe p : probes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("backend", p.backend());
        row.put("available", p.canRun());
        row.put("unavailable", p.unavailable().orElse(null));
        row.put("devices", p.devices());
        row.put("notes", p.notes());
        rows.add(row);
      }
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    } else {
      print(probes, out);
    }
    out.flush();
    return Main.EXIT_OK;
  }

  static List<BackendProbe> probes() {
    return List.of(OpenClBackend.probe(), CudaBackend.probe(), HipBackend.probe());
  }

  static void print(List<BackendProbe> probes, PrintWriter out) {
    for (BackendProbe p : probes) {
      out.printf("%-7s %s%n", p.backend(), p.canRun() ? "available" : "unavailable: " + p.unavailable().orElse(""));
      for (DeviceInfo d : p.devices()) {
        out.printf("  %-12s %s (%s)%n", d.id(), d.name(), d.detail());
      }
      for (String n : p.notes()) {
        out.println("  note: " + n);
      }
    }
  }
}
