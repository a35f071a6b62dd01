/**
 * Types for the rules: scopes and symbols, each variable's and parameter's type (base, pointer
 * depth, cv, address space, template dependence), expression types on demand, and where a
 * pointer points into (a kernel buffer, a shared array). Depends on {@code parse.tree} only;
 * must not depend on the parser, rules or emit.
 */
package dev.kport.translator.sema;
