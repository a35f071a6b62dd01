package dev.kport.translator.opencl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenameTableTest {

  private final RenameTable table = RenameTable.standard();

  @Test
  void loadsEveryFamily() {
    assertThat(table.size()).isGreaterThan(150);
    assertThat(table.find("expf").orElseThrow().targetName()).isEqualTo("exp");
    assertThat(table.find("__fdividef").orElseThrow().targetName()).isEqualTo("native_divide");
    assertThat(table.find("__match_any_sync").orElseThrow().status()).isEqualTo(RenameTable.Status.UNSUPPORTED);
    assertThat(table.find("atomicAdd").orElseThrow().kind()).isEqualTo("atomic");
    assertThat(table.find("uint32_t").orElseThrow().isCall()).isFalse();
    assertThat(table.find("not_a_cuda_name")).isEmpty();
  }

  @Test
  void aTableRowWithTheWrongShapeIsReportedWithItsLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenameTable.load("broken-for-test.tsv"))
        .hasMessageContaining("broken-for-test.tsv:3: expected 4 fields");
  }
}
