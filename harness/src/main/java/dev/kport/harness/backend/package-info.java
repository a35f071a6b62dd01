/**
 * Backends: each finds its devices or says why it cannot run, builds, launches and reads back.
 * Sub-packages hold one backend each; they depend on the spec and data packages, never on the CLI.
 */
package dev.kport.harness.backend;
