/**
 * sfn-test's embedded Amazon States Language engine: {@link dev.sfntest.engine.Engine#load} parses, validates and
 * compiles a definition once; {@link dev.sfntest.engine.Engine#execute} runs it as AWS Step Functions would, on a
 * virtual clock, with tasks and item data supplied through {@code spi}.
 *
 * <table>
 *   <caption>ASL keyword → class</caption>
 *   <tr><th>ASL</th><th>class</th></tr>
 *   <tr><td>definition validation</td><td>{@code parse.DefinitionParser}, {@code parse.FieldRules}</td></tr>
 *   <tr><td>Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map</td><td>{@code exec.*Executor}</td></tr>
 *   <tr><td>state loop, history, limits</td><td>{@code exec.Interpreter}, {@code exec.History}</td></tr>
 *   <tr><td>InputPath, Parameters, ResultSelector, ResultPath, OutputPath</td>
 *       <td>{@code dataflow.JsonPathDataFlow}, {@code dataflow.PayloadTemplate}, {@code dataflow.ResultPath}</td></tr>
 *   <tr><td>JSONPath references</td><td>{@code expr.jsonpath.JsonPathExpression}</td></tr>
 *   <tr><td>intrinsic functions</td><td>{@code expr.intrinsic}</td></tr>
 *   <tr><td>Choice rules</td><td>{@code exec.choice.ChoiceRuleParser}</td></tr>
 *   <tr><td>JSONata, $states</td><td>{@code expr.jsonata.JsonataExpression}, {@code dataflow.JsonataTemplate}</td></tr>
 *   <tr><td>Assign, variables</td><td>{@code exec.VariableScope}</td></tr>
 *   <tr><td>Retry, Catch</td><td>{@code exec.ErrorHandling}</td></tr>
 *   <tr><td>ItemReader, ItemBatcher, ToleratedFailure*, ResultWriter</td>
 *       <td>{@code exec.DistributedMapExecutor}, {@code map}</td></tr>
 *   <tr><td>context object</td><td>{@code exec.Scope}, {@code exec.Execution}</td></tr>
 *   <tr><td>error names, cause texts</td><td>{@code error.StatesErrors}, {@code error.Causes}</td></tr>
 * </table>
 */
package dev.sfntest.engine;
