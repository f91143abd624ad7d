package lookup

import (
	"slices"
	"testing"
)

// harborSurvey is a short article written for this test, in no question
// set: counts of one stressed by "a single" and "a lone", one under
// negation, and a phrasal verb the article writes by a synonym that is
// itself phrasal.
const harborSurvey = `Harbor survey finds seals, a lone otter

BAYPORT, Maine (AP) — Volunteers on Saturday counted 40 harbor seals, nine gray seals and a lone river otter along the breakwater, the survey's organizers said.

A single humpback whale turned up near the ferry landing in the afternoon. It was only the third time a humpback had turned up in the survey.

"Last year we didn't see a single porpoise," said organizer Dana Whitcomb.
`

// "A single X" and "a lone X" count one; under negation they count none,
// which is no count of one.
func TestSingleCount(t *testing.T) {
	e := engineOf(t, harborSurvey)
	checkAnswers(t, e, []answerCase{
		{"how many otters did they count", []string{"lone river otter"}, nil},
		{"how many whales were seen", []string{"single humpback whale"}, nil},
		{"how many river otters were there", []string{"lone river otter"}, []string{"otter along."}},
		{"how many porpoises did they see last year", nil, []string{"single porpoise"}},
	})
	// under a modal "a single" stresses how little would do: no count
	e = engineOf(t, "Bridge rated fracture-critical\n\nELTON, Iowa (AP) — The failure of a single steel member could bring down the whole span, inspectors said.\n")
	checkAnswers(t, e, []answerCase{
		{"how many members failed", nil, []string{"single steel member."}},
	})
}

// A phrasal verb whose synonym the article writes is another phrasal
// verb ("show up", "turn up"), and a zero relative clause after "the Nth
// time" whose subject is indefinite ("the third time a humpback had
// turned up") says the series the ordinal counts.
func TestPhrasalSynonymAndIndefiniteZeroRelative(t *testing.T) {
	e := engineOf(t, harborSurvey)
	if e.noLex {
		t.Skip("WordNet is not installed")
	}
	q := e.understand("when did the whale show up", nil)
	if i := slices.IndexFunc(q.terms, func(tm term) bool { return tm.lower == "show up" }); i < 0 || !q.terms[i].known {
		t.Errorf("\"show up\" is not read as the article's \"turned up\": %+v", q.terms)
	}
	checkAnswers(t, e, []answerCase{
		{"where did the whale show up", []string{"ferry landing"}, nil},
		{"how many times has a humpback shown up in the survey", []string{"3", "third time"}, nil},
	})
}
