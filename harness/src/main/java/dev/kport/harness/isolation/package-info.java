/**
 * Running cells in worker processes with a time limit, so a kernel that crashes the driver or
 * never ends becomes that cell's result and the run goes on with a fresh worker. Depends on run
 * and report (for the wire format); run does not depend on it.
 */
package dev.kport.harness.isolation;
