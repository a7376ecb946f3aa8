/**
 * The facts and results of an assessment: immutable records. Everything is non-null unless marked {@code @Nullable};
 * a null number is an unknown value, never zero.
 */
@NullMarked
package org.osteorisk.model;

import org.jspecify.annotations.NullMarked;
