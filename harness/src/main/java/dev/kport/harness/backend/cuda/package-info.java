/**
 * The cuda backend: its probe (nvcc, the driver through JCuda) and the driver API as a
 * backend.module driver. The original source is built and launched as it is.
 */
package dev.kport.harness.backend.cuda;
