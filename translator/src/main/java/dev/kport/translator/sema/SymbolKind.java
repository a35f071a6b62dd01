package dev.kport.translator.sema;

public enum SymbolKind { VARIABLE, PARAMETER, FIELD, FUNCTION, KERNEL, TYPE, TEMPLATE_PARAM, ENUMERATOR }
