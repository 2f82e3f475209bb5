package org.tongxin.engine.clue;

/** District and street (街道) a clue concerns. */
public record Location(String district, String street) {}
