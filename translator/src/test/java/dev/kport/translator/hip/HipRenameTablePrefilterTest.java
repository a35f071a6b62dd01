package dev.kport.translator.hip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.rename.RenameRows;
import org.junit.jupiter.api.Test;

/** The hot loop's quick test must never turn away a name the tables have. */
class HipRenameTablePrefilterTest {

  @Test
  void everyTableNameMayBeNamedAndPlainIdentifiersAreTurnedAway() {
    HipRenameTable table = HipRenameTable.standard();
    var rows = RenameRows.read(HipRenameTable.class, HipRenameTable.FAMILIES);
    assertThat(rows).isNotEmpty();
    rows.forEach(r -> assertThat(table.mayName(r.cudaName())).as(r.cudaName()).isTrue());
    assertThat(table.mayName("xq_index")).isFalse();
    assertThat(table.mayName("")).isFalse();
  }
}
