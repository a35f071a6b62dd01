package dev.kport.harness.run;

/** The stages of one kernel × backend × size cell, in order. */
public enum Stage { TRANSLATE, BUILD, RUN, COMPARE, TIME }
