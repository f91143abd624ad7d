package lookup

import (
	"slices"
	"strings"
	"testing"

	"storybot/knowledge"
)

// varnCreek is a short article written for these tests, in no question
// set: acts told by one word that readers ask by a verb idiom WordNet 3.0
// lists ("kick the bucket", "get rid of", "take part"), and a time asked
// with the auxiliary "did it", which WordNet also lists as an idiom.
const varnCreek = `Varn County to clear creek after farmer dies

VARN, Iowa (AP) — A farmer died Sunday when his truck slid into Varn Creek, the sheriff said. A freight train derailed at 9:10 p.m. the same day near the creek bridge. Officials said they did not know why.

The county board will remove 40 dead trees along the creek and will participate in a state study of the river.
`

// TestVerbIdioms reads a question's verb idiom as one verb meaning the
// article's word for it, and a question's auxiliary as no idiom.
func TestVerbIdioms(t *testing.T) {
	e := engineOf(t, varnCreek)
	checkOpenings(t, e, []openingCase{
		{"did anyone kick the bucket?", "Yes", []string{"died"}, nil},
		{"will the county get rid of the dead trees?", "Yes", []string{"remove 40 dead trees"}, nil},
		{"will the board take part in the state study?", "Yes", []string{"participate"}, nil},
		{"what time did it derail", "At 9:10 p.m.", nil, nil},
	})
	for _, q := range []string{"did the board throw in the towel?"} {
		if a := ask(t, e, knowledge.Question{Text: q}).Text; strings.HasPrefix(a, "Yes") {
			t.Errorf("%q: the article tells no such act, got:\n%s", q, a)
		}
	}
}

// signTheft is a short article written for this test, in no question
// set: a group "claimed responsibility" for an act, and no one is named
// as its doer.
const signTheft = `Missing town sign returned with a note

FENWICK, Del. (AP) — The wooden welcome sign stolen from the edge of Fenwick last week was found leaning against the town hall door on Monday.

A student club calling itself the Night Owls claimed responsibility for the theft in a note taped to the sign. Police have not identified any of its members.
`

// "took credit" is no WordNet lemma, but WordNet's example for claim,
// take writes it ("She took credit for the whole idea"): the question
// asks who claimed the act.
func TestExampleIdiom(t *testing.T) {
	e := engineOf(t, signTheft)
	checkAnswers(t, e, []answerCase{
		{"who took credit for the theft", []string{"Night Owls"}, []string{"never mentions"}},
	})
	tm, ok := e.exampleIdiom(tokenize("who took credit for it"), 1)
	if !ok || !slices.Contains(tm.alts, "claim") {
		t.Errorf("exampleIdiom(took credit) = %v, %v; want the article's claim", tm, ok)
	}
}
