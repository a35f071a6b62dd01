/**
 * Running specs: the step interpreter, the cells of kernel × backend × size, their stages and
 * verdicts. Depends on spec, data, compare and backends; never on the CLI or reports.
 */
package dev.kport.harness.run;
