#!/usr/bin/env python3
"""Converts the AWS-recorded Choice cases of the conformance corpus into one JSON fixture for ChoiceCorpusTest.

Run once from the repository root when the corpus changes:
    python3 engine/src/test/scripts/choice_corpus_to_json.py /work/shared/conformance/corpus \
        > engine/src/test/resources/choice/corpus-cases.json

A case qualifies when its StartAt state is a JSONPath Choice state without InputPath, so the recorded execution
input is the Choice's effective input. The expected branch is the recorded expectedPath[1]; without a recorded path
(choice_operators records only input/output) it is the Pass state whose Result equals the recorded output.
"""
import json
import sys
from pathlib import Path

import yaml


def expected_next(test_case, states, choice_name):
    path = test_case.get("expectedPath")
    if path:
        assert path[0] == choice_name, path
        return path[1]
    output = test_case["expectedOutput"]
    matches = [name for name, s in states.items() if s.get("Type") == "Pass" and s.get("Result") == output]
    assert len(matches) == 1, (choice_name, output, matches)
    return matches[0]


def main(corpus):
    cases = []
    for folder in sorted(Path(corpus).glob("*/*/")):
        definition = folder / "state-machine.asl.json"
        if not definition.exists():
            continue
        machine = json.loads(definition.read_text())
        states = machine["States"]
        start = states[machine["StartAt"]]
        if start.get("Type") != "Choice" or "InputPath" in start:
            continue
        if machine.get("QueryLanguage", "JSONPath") != "JSONPath" or start.get("QueryLanguage", "JSONPath") != "JSONPath":
            continue
        suite = yaml.safe_load((folder / "test-suite.yaml").read_text())
        tests = [{"name": t["name"], "input": t["input"], "expectedNext": expected_next(t, states, machine["StartAt"])}
                 for t in suite["testCases"]]
        cases.append({"case": f"{folder.parent.name}/{folder.name}", "choices": start["Choices"],
                      "default": start.get("Default"), "tests": tests})
    json.dump(cases, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
