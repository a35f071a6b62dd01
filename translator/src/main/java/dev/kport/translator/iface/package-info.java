/**
 * The kernel interface: what the harness needs to launch a translated OpenCL kernel, and its
 * JSON form. Plain data; depends on nothing else in the translator.
 */
package dev.kport.translator.iface;
