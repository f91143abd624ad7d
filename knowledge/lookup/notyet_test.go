package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestNotYetWhenOnlyIntended: a question about a done act whose only
// evidence gives the act under "would", a verb of intention or a
// condition is answered "not yet" with that sentence; an act the article
// tells as done is answered yes.
func TestNotYetWhenOnlyIntended(t *testing.T) {
	e := engineOf(t, `Council approves dog park

BRIDGEPORT, Neb. (AP) — The Bridgeport City Council voted 6-1 on Monday to build a dog park on the old rail yard.

Mayor Lucy Grant said she would sign the measure on Friday. If funded, the park would open in May.

The parks board plans to hire a designer this winter. The council also hired a new city clerk, Ben Osei.
`)
	checkAnswers(t, e, []answerCase{
		{"has the mayor signed the measure yet", []string{"Not yet", "would sign"}, []string{"Yes"}},
		{"did the parks board hire a designer", []string{"Not yet"}, []string{"Yes"}},
		{"did the council hire a clerk", []string{"Yes"}, []string{"Not yet"}},
		{"did the council vote on the park", []string{"Yes"}, []string{"Not yet"}},
	})
}

// droughtRelief is a short article written for this test, in no
// question set: an act named only in the object of an expected request.
const droughtRelief = `County seeks drought aid

HOLT, Neb. (AP) — Holt County is expected to ask the governor for an emergency declaration after a dry summer, commissioners said Monday.

The county closed two public wells in July.
`

// TestNotYetInIntendedInfinitive checks that an act named inside the
// to-infinitive clause of a verb of schedule ("is expected to ask … for an
// emergency declaration") is not told as done, while an act told as done
// still is.
func TestNotYetInIntendedInfinitive(t *testing.T) {
	e := engineOf(t, droughtRelief)
	a := ask(t, e, knowledge.Question{Text: "did the governor declare an emergency"})
	if strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("the declaration is only expected to be asked for, but the answer opens %q", a.Text)
	}
	checkOpenings(t, e, []openingCase{
		{q: "did the county close any wells", first: "Yes", want: []string{"two public wells"}},
	})
	s := tokenize("the county is expected to ask the governor for a declaration")
	sent := &sentence{text: "the county is expected to ask the governor for a declaration", toks: s}
	if !inIntendedInfinitive(sent, len(s)-1) {
		t.Errorf("a declaration inside an expected request should be read as still to come")
	}
	sent2 := &sentence{text: "the county plans to sell it, and the governor signed a declaration", toks: tokenize("the county plans to sell it, and the governor signed a declaration")}
	if inIntendedInfinitive(sent2, len(sent2.toks)-1) {
		t.Errorf("a declaration in a clause of its own is told as done")
	}
}

// TestNotYetLightVerb: "did she go to prison" asks with a light verb the
// article does not write; the verb that governs "prison" decides, so an
// obligation or a future act is "not yet" and a past one is Yes.
func TestNotYetLightVerb(t *testing.T) {
	const clerk = "Former clerk sentenced\n\nSPRINGFIELD, Ill. — A former county clerk, Margaret Ellison, was sentenced Thursday for stealing filing fees.\n\n"
	for _, tc := range []struct{ last, opens string }{
		{"Ellison must report to prison by March 1.", "Not yet"},
		{"Ellison will report to prison on March 1.", "Not yet"},
		{"Ellison reported to prison on March 1.", "Yes"},
	} {
		e := engineOf(t, clerk+tc.last+"\n")
		checkOpenings(t, e, []openingCase{{"did ellison go to prison", tc.opens, []string{tc.last}, nil}})
	}
}
