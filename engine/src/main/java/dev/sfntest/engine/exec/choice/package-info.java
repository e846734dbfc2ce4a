/**
 * JSONPath Choice rules: {@link dev.sfntest.engine.exec.choice.ChoiceRuleParser} compiles each member of a Choice
 * state's {@code Choices} into an immutable {@link dev.sfntest.engine.exec.choice.Condition} once, at load time.
 *
 * <table>
 *   <caption>ASL keyword → class</caption>
 *   <tr><td>And, Or, Not</td><td>AndCondition, OrCondition, NotCondition</td></tr>
 *   <tr><td>IsPresent</td><td>IsPresentCondition</td></tr>
 *   <tr><td>Variable + any other operator</td><td>DataTestCondition</td></tr>
 *   <tr><td>IsNull, IsNumeric, IsString, IsBoolean, IsTimestamp</td><td>TypeTest</td></tr>
 *   <tr><td>String…, Numeric…, Boolean…, Timestamp… (+ …Path)</td><td>Comparison, ComparisonType, Relation</td></tr>
 *   <tr><td>StringMatches</td><td>StringMatchesTest, WildcardPattern</td></tr>
 *   <tr><td>timestamps</td><td>Rfc3339Timestamp</td></tr>
 * </table>
 */
package dev.sfntest.engine.exec.choice;
