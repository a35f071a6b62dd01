/** JMH benchmarks: translator throughput, harness overhead. Depends on translator and harness. */
package dev.kport.bench;
