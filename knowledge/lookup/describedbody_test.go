package lookup

import "testing"

// pierCollapse is a short article written for this test, in no question
// set: a company brought in by its role in apposition ("the builder, …")
// and qualified once by an "of" phrase, that speaks in a written
// statement; a person named with a title the question says by a synonym
// ("chairwoman" for "chair"); and a "lead" investigator, whom chair's
// verb sense ("lead") must not make a chair; and a president.
const pierCollapse = `Pier section collapses at Dover Cove marina

DOVER COVE, Maine (AP) — A 40-foot section of the public pier at Dover Cove collapsed into the harbor Sunday, injuring two people.

Harbor officials said the builder, Saltmarsh Marine Services of Bangor, finished repairs to the pier in May.

In a written statement, Saltmarsh Marine Services said it was "reviewing every inspection record" and would "cooperate with the town."

"We want to know how this happened before anyone walks on that pier again," harbor board chairwoman Irene Dacosta, 58, said.

"The pilings failed first," lead investigator Paul Nygaard said.

Town council President Mark Ellery said the pier would stay closed through the summer.
`

func TestSpeakerByDescription(t *testing.T) {
	e := engineOf(t, pierCollapse)
	checkAnswers(t, e, []answerCase{
		// the appositive "the builder, Saltmarsh Marine Services" names the body
		{"what did the builder say in its statement", []string{"reviewing every inspection record"}, []string{"Nygaard"}},
		{"what did the builder say", []string{"Saltmarsh Marine Services said", "reviewing every inspection record"}, []string{"Nygaard"}},
		// "chair" is WordNet's synonym of the "chairwoman" the article writes
		{"what did the board chair say", []string{"Irene Dacosta", "how this happened"}, []string{"Nygaard"}},
		{"what did the chair say", []string{"Irene Dacosta"}, []string{"pilings"}},
		// a president the article names is not the chairwoman, though
		// WordNet's chairman n.1 holds "president" too
		{"what did the president say", []string{"Mark Ellery"}, []string{"Dacosta"}},
	})
}
