package lookup

import (
	"slices"
	"testing"
)

// bakerCollege is a short article written for these tests, in no
// question set: it names kinds of WordNet collocations ("scholarships":
// financial aid) and uses a collocation's first word alone elsewhere.
const bakerCollege = `Baker College adds scholarships as costs rise

LINDEN, Neb. (AP) — Baker College will add $200,000 to its scholarships next year, President Ruth Oyelaran said Monday.

The college's financial report showed a $90,000 shortfall in its dining halls. Tuition will rise 4% in the fall.
`

// TestCollocationKinds checks that a question's two-word WordNet
// collocation the article never writes is read as one word known by its
// kinds, that the article's own pair is not, and that the collocation's
// first word alone no longer draws the article's other uses of it.
func TestCollocationKinds(t *testing.T) {
	e := engineOf(t, bakerCollege)
	toks := e.lemmatize(tokenize("how much financial aid will they add"))
	tm, ok := e.collocationKinds(toks, 2)
	if !ok || tm.lower != "financial aid" || !slices.Contains(tm.alts, stemOf("scholarships")) {
		t.Errorf("collocationKinds(financial aid) = %+v, %v; want the article's scholarships", tm, ok)
	}
	if _, ok := e.collocationKinds(e.lemmatize(tokenize("what did the financial report show")), 3); ok {
		t.Errorf("collocationKinds read the article's own pair as a collocation")
	}
	checkAnswers(t, e, []answerCase{
		{"how much financial aid will the college add", []string{"200,000"}, []string{"90,000"}},
	})
	checkRefusals(t, e, "how many students get financial aid") // the scholarships are a sum; no count of students
}
