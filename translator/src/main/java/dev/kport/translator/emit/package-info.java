/**
 * Applies edit lists to token streams: rules say what to replace, insert or delete by token
 * index, and only here does text get rebuilt, so everything no rule touched comes out byte for
 * byte as it went in. Depends only on {@code lex}.
 */
package dev.kport.translator.emit;
