package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kport translate --to hip} on a tree: mirroring, in place, launches, diagnostics files, stats. */
class TranslateTreeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String MAIN = """
      #include <cuda_runtime.h>
      #include "util/helpers.cuh"
      __global__ void k(float *p) {
        __syncwarp();
        p[threadIdx.x] = twice(p[threadIdx.x]);
      }
      int main() {
        float *d;
        cudaMalloc(&d, 256 * sizeof(float));
        k<<<1, 256>>>(d);
        cudaCtxResetPersistingL2Cache();
        cudaFree(d);
        return 0;
      }
      #define CUDA_CHECK(call) (call)
      void extra() { CUDA_CHECK(cudaNotARealApi(1)); }
      """;
  private static final String HELPERS = """
      #pragma once
      #include <cuda_runtime.h>
      __device__ inline float twice(float x) { return 2.0f * x; }
      inline void sync() { cudaDeviceSynchronize(); }
      """;

  @TempDir
  Path tmp;
  Path src;

  @BeforeEach
  void tree() throws Exception {
    src = tmp.resolve("src");
    Files.createDirectories(src.resolve("util"));
    Files.writeString(src.resolve("main.cu"), MAIN);
    Files.writeString(src.resolve("util/helpers.cuh"), HELPERS);
    Files.writeString(src.resolve("README.txt"), "cudaMalloc stays here\n");
  }

  @Test
  void aFolderIsMirroredSourcesBecomeHipAndHeadersKeepTheirNames() throws Exception {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("translate", src.toString(), "--to", "hip", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("main.hip"))).contains("hipMalloc(&d").contains("#include \"util/helpers.cuh\"")
        .contains("k<<<1, 256>>>(d);");
    assertThat(Files.readString(out.resolve("util/helpers.cuh"))).contains("hipDeviceSynchronize()")
        .contains("#include <hip/hip_runtime.h>");
    assertThat(out.resolve("README.txt")).doesNotExist();
    assertThat(out.resolve("main.cu")).doesNotExist();
    assertThat(r.err()).contains("main.cu:4:3: warning:").contains("[KP3001]");
  }

  @Test
  void inPlaceRewritesEachSourceAndKeepsTheOriginalBeside() throws Exception {
    Cli r = Cli.run("translate", src.toString(), "--to", "hip", "--in-place");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(src.resolve("main.cu"))).contains("hipFree(d)");
    assertThat(Files.readString(src.resolve("main.cu.orig"))).isEqualTo(MAIN);
    assertThat(Files.readString(src.resolve("util/helpers.cuh.orig"))).isEqualTo(HELPERS);
    assertThat(Files.readString(src.resolve("README.txt"))).isEqualTo("cudaMalloc stays here\n");

    Cli again = Cli.run("translate", src.toString(), "--to", "hip", "--in-place");
    assertThat(again.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(again.err()).contains("main.cu.orig exists");
    assertThat(Files.readString(src.resolve("main.cu.orig"))).as("the backup is not overwritten").isEqualTo(MAIN);
  }

  @Test
  void usageErrorsSayWhatToDo() {
    Cli folderToStdout = Cli.run("translate", src.toString(), "--to", "hip");
    assertThat(folderToStdout.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(folderToStdout.err()).contains("is a folder: give -o OUT_DIR");
    Cli both = Cli.run("translate", src.toString(), "--to", "hip", "--in-place", "-o", tmp.resolve("o").toString());
    assertThat(both.err()).contains("--in-place and -o exclude each other");
    Cli intoItself = Cli.run("translate", src.toString(), "--to", "hip", "-o", src.toString());
    assertThat(intoItself.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(intoItself.err()).contains("would overwrite a source");
    Cli badSyntax = Cli.run("translate", src.resolve("main.cu").toString(), "--to", "hip", "--launch-syntax", "ptx");
    assertThat(badSyntax.err()).contains("--launch-syntax ptx: expected cuda or hip");
    Cli badFormat = Cli.run("translate", src.resolve("main.cu").toString(), "--to", "hip", "--diagnostics", "xml",
        tmp.resolve("d.xml").toString());
    assertThat(badFormat.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(badFormat.err()).contains("expected json or sarif");
  }

  @Test
  void oneFileGoesToStdoutWithLaunchesAsTheHipMacroOnRequest() {
    Cli r = Cli.run("translate", src.resolve("main.cu").toString(), "--to", "hip", "--launch-syntax", "hip");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("hipLaunchKernelGGL(k, dim3(1), dim3(256), 0, 0, d);").doesNotContain("<<<");
  }

  @Test
  void sarifFollowsTheSarif210Schema() throws Exception {
    Path sarif = tmp.resolve("kport.sarif");
    Path json = tmp.resolve("kport.json");
    Cli r = Cli.run("translate", src.toString(), "--to", "hip", "-o", tmp.resolve("out").toString(), "--diagnostics",
        "sarif", sarif.toString(), "--diagnostics", "json", json.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(readJson(json).path("diagnostics")).as("both formats from one call").hasSize(2);
    JsonNode log = JSON.readTree(Files.readString(sarif));
    assertThat(sarifSchema().validate(log)).as("SARIF 2.1.0 schema errors").isEmpty();
    JsonNode broken = log.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("runs").get(0).path("results").get(0)).remove("message");
    assertThat(sarifSchema().validate(broken)).as("the schema check itself: a result needs a message").isNotEmpty();
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.path("runs").get(0);
    List<String> rules = run.path("tool").path("driver").path("rules").findValuesAsText("id");
    assertThat(rules).contains("KP3001", "KP3090");
    JsonNode result = run.path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("KP3001");
    assertThat(result.path("level").asText()).isEqualTo("warning");
    assertThat(rules.get(result.path("ruleIndex").asInt())).isEqualTo("KP3001");
    JsonNode where = result.path("locations").get(0).path("physicalLocation");
    assertThat(where.path("artifactLocation").path("uri").asText()).endsWith("src/main.cu");
    assertThat(where.path("region").path("startLine").asInt()).isEqualTo(4);
    assertThat(where.path("region").path("startColumn").asInt()).isEqualTo(3);
    assertThat(run.path("results")).hasSize(2);
  }

  @Test
  void jsonDiagnosticsAlsoServeTheOpenClTarget() throws Exception {
    Path json = tmp.resolve("d.json");
    Files.writeString(src.resolve("bad.cu"), "__global__ void k(double2 *p, float **q) { }\n");
    Cli r = Cli.run("translate", src.resolve("bad.cu").toString(), "--to", "opencl", "-o", tmp.resolve("cl").toString(),
        "--diagnostics", "json", json.toString());
    JsonNode doc = JSON.readTree(Files.readString(json));
    assertThat(doc.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.path("target").asText()).isEqualTo("opencl");
    assertThat(doc.path("diagnostics")).isNotEmpty();
    JsonNode first = doc.path("diagnostics").get(0);
    assertThat(first.path("file").asText()).endsWith("bad.cu");
    assertThat(first.path("line").asInt()).isEqualTo(1);
    assertThat(first.path("code").asText()).startsWith("KP2");
    assertThat(doc.path("summary").path("error").asInt()).isEqualTo(r.exitCode() == Main.EXIT_FAILED ? 
        doc.path("diagnostics").size() - doc.path("summary").path("warning").asInt() - doc.path("summary").path("note").asInt()
        : 0);
  }

  @Test
  void statsCountPerFamilyPerFileAndInTotalAndSayWhereWhatWasKept() {
    Cli r = Cli.run("translate", src.toString(), "--to", "hip", "--examine", "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("main\\.cu\\s+runtime\\s+2\\s+1") // cudaMalloc, cudaFree; cudaCtxResetPersistingL2Cache kept
        .containsPattern("main\\.cu\\s+headers\\s+1\\s+0")
        .containsPattern("helpers\\.cuh\\s+runtime\\s+1\\s+0")
        .containsPattern("\\(total\\)\\s+runtime\\s+3\\s+1")
        .contains("main.cu:11:3: cudaCtxResetPersistingL2Cache (runtime)")
        .contains("main.cu:4:3: __syncwarp (device)")
        // a CUDA-looking name no table has is listed; the file's own macro is not
        .contains("main.cu:16:27: cudaNotARealApi (unknown)")
        .doesNotContain("CUDA_CHECK (unknown)");
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(src.resolve("main.hip")).doesNotExist();
  }

  @Test
  void statsAsCsvAndJsonIntoAFile() throws Exception {
    Path csv = tmp.resolve("stats.csv");
    Cli r = Cli.run("translate", src.toString(), "--to", "hip", "--launch-syntax", "hip", "-o",
        tmp.resolve("out").toString(), "--stats", "--stats-format", "csv", "--stats-file", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).isEqualTo("file,family,status,name,line,column,count");
    assertThat(rows).anySatisfy(row -> assertThat(row).endsWith("main.cu,launch,converted,,,,1"))
        .anySatisfy(row -> assertThat(row).endsWith("main.cu,runtime,not_converted,cudaCtxResetPersistingL2Cache,11,3,1"))
        .contains("(total),runtime,converted,,,,3");

    Path json = tmp.resolve("stats.json");
    Cli j = Cli.run("translate", src.toString(), "--to", "hip", "--examine", "--stats-format", "json",
        "--stats-file", json.toString());
    assertThat(j.exitCode()).as(j.err()).isZero();
    JsonNode doc = readJson(json);
    assertThat(doc.path("total").path("files").asInt()).isEqualTo(2);
    assertThat(doc.path("total").path("converted").path("runtime").asInt()).isEqualTo(3);
    assertThat(doc.path("total").path("notConverted").path("device").asInt()).isEqualTo(1);
    assertThat(doc.path("files").get(0).path("notConverted").get(0).path("line").asInt()).isEqualTo(4);
  }

  private static JsonNode readJson(Path p) throws Exception {
    return JSON.readTree(Files.readString(p));
  }

  private static Schema sarifSchema() throws Exception {
    try (InputStream in = TranslateTreeTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema in test resources").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }
}
