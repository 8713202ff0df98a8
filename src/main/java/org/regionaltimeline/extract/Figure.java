package org.regionaltimeline.extract;

import java.math.BigDecimal;

/**
 * An amount stated in text, normalized: 总投资7.4亿元 → 740000000 CNY.
 *
 * @param text  as printed, with its label where there is one (总投资7.4亿元)
 * @param value the amount in the unit, multipliers (万, 亿) applied
 * @param unit  CNY, km, m, m2, mu, ton, count, person, person-times, percent, hour
 */
public record Figure(String text, BigDecimal value, String unit) {
}
