package org.regionaltimeline.extract;
public record TemporalExpression(String text, int offset, PartialDate date, TimeOfDay timeOfDay, boolean approximate) {}
