package lookup

import "testing"

// TestKindByFirstReference checks that "what kind of N was it" is
// answered with the first reference of the thing the article later calls
// "the N": a make and model named in a definite second reference ("The
// Corvane C90"), not the operator premodifying the generic noun; an
// indefinite first reference whose head WordNet files under N ("a
// harbor tugboat"), not another thing of that noun named after "the
// boat"; and no flight number, on short articles written for this test.
func TestKindByFirstReference(t *testing.T) {
	plane := engineOf(t, "Jet lands on foamed runway\n\nELMORE, Mont. (AP) — A Lakeshore Air jet landed with its nose gear up at Elmore Field on Sunday, officials said.\n\nThe Corvane C90, carrying 48 passengers as Flight 612, stopped on a strip of foam. No one was hurt.\n\nThe plane was towed to a hangar.\n")
	checkAnswers(t, plane, []answerCase{
		{"what kind of plane was it", []string{"Corvane C90"}, []string{"Lakeshore"}},
	})
	boat := engineOf(t, "Tug sinks in harbor\n\nPORT ALDEN, Maine (AP) — A harbor tugboat sank at its mooring in Port Alden early Monday, the Coast Guard said.\n\nThe boat had been tied up for the winter. Its owner, Reuben Castle, said a fishing boat moored beside it was not damaged.\n")
	checkAnswers(t, boat, []answerCase{
		{"what kind of boat was it", []string{"Harbor tugboat"}, []string{"Fishing"}},
	})
}
