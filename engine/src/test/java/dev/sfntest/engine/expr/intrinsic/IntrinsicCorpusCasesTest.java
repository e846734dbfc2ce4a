package dev.sfntest.engine.expr.intrinsic;

import static dev.sfntest.engine.expr.intrinsic.Intrinsics.evalJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AWS-recorded cases of {@code conformance/corpus/intrinsic_functions} (and a few LocalStack snapshots
 * recorded on AWS), one row per recorded execution: expression | FunctionInput | expected FunctionResult.
 * Copied by hand because the engine has no YAML reader; cases whose result AWS left unrecorded (UUID,
 * MathRandom, context-object values) are covered in {@link IntrinsicFunctionsTest} instead.
 */
class IntrinsicCorpusCasesTest {

    @ParameterizedTest(name = "{0} on {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # test_array.test_array_0
        States.Array()                                                      | "HelloWorld"        | []
        # test_array.test_array_get_item, test_array_length, test_array_unique (which calls ArrayLength)
        States.ArrayGetItem($.FunctionInput.fst, $.FunctionInput.snd)       | {"fst":[1,2,3,4,5,6,7,8,9],"snd":5} | 6
        States.ArrayLength($.FunctionInput)                                 | [1,2,3,4,5,6,7,8,9] | 9
        States.ArrayLength($.FunctionInput)                                 | [null,null,true,true,false,false,1,1,1.1,0,0,"HelloWorld","HelloWorld",[],[],[null],[null],{"a":1,"b":2},{"a":1,"b":2},{"a":1,"b":1}] | 20
        # test_array.test_array_partition (a representative third of the 25)
        States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)     | {"fst":[],"snd":1}          | []
        States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)     | {"fst":[0],"snd":5}         | [[0]]
        States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)     | {"fst":[0,1],"snd":1}       | [[0],[1]]
        States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)     | {"fst":[0,1,2],"snd":2}     | [[0,1],[2]]
        States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)     | {"fst":[0,1,2,3],"snd":2}   | [[0,1],[2,3]]
        States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)     | {"fst":[0,1,2,3],"snd":3}   | [[0,1,2],[3]]
        States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)     | {"fst":[0,1,2,3],"snd":4}   | [[0,1,2,3]]
        States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)     | {"fst":[0,1,2,3],"snd":5}   | [[0,1,2,3]]
        # LocalStack test_array.py::test_array_range (recorded on AWS)
        States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd) | {"fst":0,"snd":9,"trd":3}  | [0,3,6,9]
        States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd) | {"fst":0,"snd":10,"trd":3} | [0,3,6,9]
        States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd) | {"fst":1,"snd":9,"trd":9}  | [1]
        States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd) | {"fst":1,"snd":9,"trd":2}  | [1,3,5,7,9]
        # test_encode_decode.test_base_64_decode
        States.Base64Decode($.FunctionInput)                                | ""                      | ""
        States.Base64Decode($.FunctionInput)                                | "RGF0YSB0byBlbmNvZGU="  | "Data to encode"
        # test_generic.test_format_1
        States.Format('Formatting argument {}.', $.FunctionInput)           | ""            | "Formatting argument ."
        States.Format('Formatting argument {}.', $.FunctionInput)           | " "           | "Formatting argument  ."
        States.Format('Formatting argument {}.', $.FunctionInput)           | "HelloWorld"  | "Formatting argument HelloWorld."
        States.Format('Formatting argument {}.', $.FunctionInput)           | null          | "Formatting argument null."
        States.Format('Formatting argument {}.', $.FunctionInput)           | 1             | "Formatting argument 1."
        States.Format('Formatting argument {}.', $.FunctionInput)           | 1.1           | "Formatting argument 1.1."
        States.Format('Formatting argument {}.', $.FunctionInput)           | "{\\"Arg1\\": 1, \\"Arg2\\": []}" | "Formatting argument {\\"Arg1\\": 1, \\"Arg2\\": []}."
        # test_generic.test_format_2
        States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd) | {"fst":null,"snd":null} | "Formatting arguments fst=null and snd=null."
        States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd) | {"fst":" ","snd":" "}   | "Formatting arguments fst=  and snd= ."
        States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd) | {"fst":{"Arg1":1,"Arg2":[]},"snd":{"Arg1":1,"Arg2":[]}} | "Formatting arguments fst={Arg1=1, Arg2=[]} and snd={Arg1=1, Arg2=[]}."
        # test_json_manipulation.test_json_merge
        States.JsonMerge($.FunctionInput.fst, $.FunctionInput.snd, false)   | {"fst":{"a":{"a1":1,"a2":2},"b":2,"d":3},"snd":{"a":{"a3":1,"a4":2},"c":3,"d":4}} | {"a":{"a3":1,"a4":2},"b":2,"d":4,"c":3}
        # test_json_manipulation.test_string_to_json
        States.StringToJson($.FunctionInput)                                | ""                          | null
        States.StringToJson($.FunctionInput)                                | " "                         | null
        States.StringToJson($.FunctionInput)                                | "null"                      | null
        States.StringToJson($.FunctionInput)                                | "-0"                        | 0
        States.StringToJson($.FunctionInput)                                | "1"                         | 1
        States.StringToJson($.FunctionInput)                                | "1.1"                       | 1.1
        States.StringToJson($.FunctionInput)                                | "true"                      | true
        States.StringToJson($.FunctionInput)                                | "\\"HelloWorld\\""          | "HelloWorld"
        States.StringToJson($.FunctionInput)                                | "[1, 2, \\"HelloWorld\\"]"  | [1,2,"HelloWorld"]
        States.StringToJson($.FunctionInput)                                | "{\\"Arg1\\": 1, \\"Arg2\\": []}" | {"Arg1":1,"Arg2":[]}
        # LocalStack test_json_manipulation.snapshot.json::test_json_to_string (recorded on AWS)
        States.JsonToString($.FunctionInput)                                | null                        | "null"
        States.JsonToString($.FunctionInput)                                | 1.1                         | "1.1"
        States.JsonToString($.FunctionInput)                                | "HelloWorld"                | "\\"HelloWorld\\""
        States.JsonToString($.FunctionInput)                                | [1,2,"HelloWorld"]          | "[1,2,\\"HelloWorld\\"]"
        # test_string_operations.test_string_split
        States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)        | {"fst":" ","snd":","}       | [" "]
        States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)        | {"fst":" , ","snd":","}     | [" "," "]
        States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)        | {"fst":", , ,","snd":","}   | [" "," "]
        States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)        | {"fst":",,,,","snd":","}    | []
        States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)        | {"fst":"1,2,3,4,5","snd":","} | ["1","2","3","4","5"]
        States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)        | {"fst":"This.is+a,test=string","snd":".+,="} | ["This","is","a","test","string"]
        States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)        | {"fst":"split on T and \\nnew line","snd":"T\\n"} | ["split on "," and ","new line"]
        # LocalStack test_math_operations.snapshot.json::test_math_add (recorded on AWS)
        States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)            | {"fst":-9,"snd":3}          | -6
        States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)            | {"fst":1.49,"snd":1.5}      | 3
        States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)            | {"fst":1.5,"snd":1.51}      | 4
        States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)            | {"fst":-1.49,"snd":-1.5}    | -2
        States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)            | {"fst":-1.5,"snd":-1.51}    | -3
        """)
    void matchesTheResultRecordedOnAws(String expression, String functionInput, String expected) {
        String actual = evalJson(expression, "{\"FunctionInput\":" + functionInput + "}");
        assertThat(Intrinsics.json(actual)).isEqualTo(Intrinsics.json(expected));
    }
}
