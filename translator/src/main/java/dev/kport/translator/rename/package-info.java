/** Rename tables as data, read the same way for every target. Depends on nothing else of kport. */
package dev.kport.translator.rename;
