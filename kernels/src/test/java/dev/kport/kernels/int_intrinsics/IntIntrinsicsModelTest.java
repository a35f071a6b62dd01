package dev.kport.kernels.int_intrinsics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class IntIntrinsicsModelTest {

  @Test
  void intrinsicsOnHandPickedWords() {
    // shifted = a >> (b & 31); x24, y24 = low 24 bits sign-extended
    // 0: a 0xF0000001, b 4: popc 5, brev 0x8000000F; shifted 0x0F000000: clz 4, ffs 25 (bit 24);
    //    mul24 1 * 4 = 4; umulhi: 0xF0000001 * 4 = 0x3_C0000004 -> 3
    // 1: a 0x00FFFFFF, b 0xFFFFFFFF: popc 24, brev 0xFFFFFF00; shift 31 -> 0: clz 32, ffs 0;
    //    mul24 (-1) * (-1) = 1; umulhi (2^24 - 1)(2^32 - 1) = (2^24 - 2) * 2^32 + (2^32 - 2^24 + 1)
    //    -> 0x00FFFFFE
    // 2: a 0x80000000, b 0x00800000: popc 1, brev 1; shift 0: clz 0, ffs 32; mul24 0 * -2^23 = 0;
    //    umulhi 2^31 * 2^23 = 2^54 -> 2^22
    // 3: a 3, b 0x00FFFFFE: popc 2, brev 0xC0000000; shift 30 -> 0: clz 32, ffs 0;
    //    mul24 3 * (-2) = -6; umulhi 3 * (2^24 - 2) < 2^32 -> 0
    ReferenceData d = new ReferenceData()
        .put("a", new int[] {0xF0000001, 0x00FFFFFF, 0x80000000, 3})
        .put("b", new int[] {4, 0xFFFFFFFF, 0x00800000, 0x00FFFFFE})
        .put("bit_count", new int[4])
        .put("leading_zeros", new int[4])
        .put("reversed", new int[4])
        .put("product24", new int[4])
        .put("high_product", new int[4])
        .put("first_set", new int[4])
        .var("n", 4);
    ReferenceModels.byName("int_intrinsics").orElseThrow().compute(d);
    assertThat(d.ints("bit_count")).containsExactly(5, 24, 1, 2);
    assertThat(d.ints("leading_zeros")).containsExactly(4, 32, 0, 32);
    assertThat(d.ints("reversed")).containsExactly(0x8000000F, 0xFFFFFF00, 1, 0xC0000000);
    assertThat(d.ints("product24")).containsExactly(4, 1, 0, -6);
    assertThat(d.ints("high_product")).containsExactly(3, 0x00FFFFFE, 1 << 22, 0);
    assertThat(d.ints("first_set")).containsExactly(25, 0, 32, 0);
  }
}
